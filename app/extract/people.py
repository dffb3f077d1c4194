"""People named in an article, with the titles next to their names, for resolving "he said" and
"the mayor said" to a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.numbers import NUMBER_WORDS
from app.extract.vocab import Vocabulary, phrase_pattern

# Accented letters count: "Clément Yangou", "Łukasz Nowak"
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_NAME_TOKEN_REST = r"[a-zß-öø-ÿĀ-ž]+(?:(?:['’-][A-ZÀ-ÖØ-Þ]?|(?<=Mc|ac)[A-Z])[a-zß-öø-ÿĀ-ž]+)*"  # "McKoy", "MacLeod"
NAME_TOKEN = _CAPITAL + _NAME_TOKEN_REST
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Pa Madam Madame".split())  # "Mr Singh" names "Singh"
# "Two Thai soldiers are missing": a count opening a sentence, never a name's first word
_COUNT_WORDS = frozenset({w.capitalize() for w in NUMBER_WORDS  # (not "Million", an Ethiopian given name)
                          if w not in ("one", "hundred", "thousand", "million", "billion")} |
                         {"Hundreds", "Thousands", "Dozens", "Several", "Many", "Scores"})
_OWNER_S = ("'s", "’s")
_MORE_NAME = re.compile(rf"(?:[ \t]+{NAME_TOKEN})+")  # a name never runs over a line break
# "(?<!\w.)" after the first capital is "\b" before it; opening with a capital lets the engine skip ahead
_NAME_RUN = re.compile(rf"{_CAPITAL}(?<!\w.){_NAME_TOKEN_REST}"
                       rf"(?:[ \t]+(?:de|da|dos|del|di|van|von|al-|el-|bin|bint|ben|ibn|ould|ole|wa)?[ \t]*{NAME_TOKEN}){{1,3}}\b")

# "V. Anitha Menon", "R.K. Singh", "M. S. Rao": initials before the name are part of it; not "U.S."
_INITIALS_BEFORE = re.compile(r"(?<![\w.’'])(?:[A-Z]\.[ \t]?){1,3}[ \t]$")
_NOT_INITIALS = re.compile(r"(?:U\.[ \t]?[SKN]|E\.[ \t]?U)\.")
# A Ukrainian region's governor by office, its region named inside it: "head of the Donetsk regional military administration"
_HEADS_ADMINISTRATION = re.compile(r"\bhead\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?:regional\s+|oblast\s+)?"
                                   r"military\s+administration\b")
# What an office is for, between "Minister of/for" and the holder's name ("Minister of Emergency Situations
# Farrukh Tursunmetov"): the words of the office, not of the name
_OFFICE_OF_BEFORE = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Dd]irector|[Cc]hief|[Hh]ead|[Mm]inistry|"
                               r"[Dd]epartment|[Oo]ffice)\s+(?:of|for)\s+(?:the\s+)?$")
_OFFICE_WORDS = frozenset(
    "Health Interior Defence Defense Emergency Emergencies Situations Disaster Disasters Preparedness Management Relief "
    "Refugees Refugee Affairs Home Foreign Internal Security Justice Information Humanitarian Social Welfare Development "
    "Public Works Education Finance Agriculture Water Environment Police Civil Protection Rescue Women Children Family "
    "Labour Labor Transport Energy Mines Local Government Gender Communications Risk Reduction Response Services "
    "Human Rights Solidarity Reconstruction Displacement Migration Aid Resettlement Rehabilitation Safety".split())
# A title's acronym in brackets or bare right before a run of names ("(SSP) Larkana Ahsan Ali Chandio", "DC Kisumu …")
_TITLE_JUST_BEFORE = re.compile(r"(?:\([A-Z]{2,5}\)|\b[A-Z]{2,5})[ \t]+$")
_ACRONYM_AFTER = re.compile(r" \([A-Z]{2,8}\)")
# "people from Loi Mamund", "the curfew in Loi Mamund": a name after a preposition of place is a place
# …and "…, X told Al Jazeera": whom a source spoke to (a reporter's outlet) is not a source
# … and "the nearby village of Novye Yurkovichi": a place's kind followed by "of"
_PLACE_OR_TOLD_BEFORE = re.compile(r"(?<![\w'’])(?:in|from|near|into|outside|inside|across|around|towards|"
                                   # "the trawler was heading for Char Bhairabi", "people who fled to Kamembe"
                                   r"(?:heading|headed|bound|sailing|travell?ing|leaving|left|fled|fleeing|moved|taken|"
                                   r"returning|returned)[ \t]+(?:for|to)|"
                                   r"(?:village|town|city|hamlet|settlement|district|municipality|province)[ \t]+of|"
                                   r"(?:(?:told|telling|spoke\s+to|speaking\s+to)[ \t]+(?:the[ \t]+)?))[ \t]*$")
_FEATURE_ENDS = (" River", " Creek", " Dam")
# "the Gran Grif gang", "Gran Grif, which controls …": a group, not a person
_GROUP_AFTER = re.compile(r"[ \t]+(?:gang|cartel|militia|movement|brigade|clan|faction|rebels|group)\b|,[ \t]+which\b")
# "in Bab Salim and Nour al-Din": a name joined to a place named after a preposition of place
_PLACE_LIST_BEFORE = re.compile(rf"(?<![\w'’])(?:in|from|near|into|across|around|between)[ \t]+"
                                rf"(?:{NAME_TOKEN}[ \t]+|(?:al|el|ad|as|abu|bin|ibn)-{NAME_TOKEN}[ \t]+)*"
                                rf"(?:al-|el-)?{NAME_TOKEN},?[ \t]+(?:and|or)[ \t]+$")
# "the Santa Rita neighbourhood", "Alto Verde district": a name followed by what kind of place it is
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:neighbou?rhoods?|district|quarter|suburb|street|avenue|road|township|"
                               r"camp|village|province|region|valley|river|bridge|square|market|estate|settlement|"
                               r"municipality|county|favela|slum|commune|barrio|colonia|ward|border\s+crossing|"
                               # "the Habib Bourguiba hospital": an institution named after someone
                               r"hospital|clinic|university|airport|stadium|school|mosque|church|cathedral|"
                               r"port|prison|barracks|base|hall|institute|foundation|highway|boulevard)\b")

# "the Moi Teaching and Referral Hospital", "Aga Khan University Hospital": the first words of an
# institution's capitalised name
_INSTITUTION_AFTER = re.compile(r"(?:[ \t]+(?:and|&))?(?:[ \t]+[A-Z][\w'’-]*){0,3}?[ \t]+(?:Hospital|Clinic|University|"
                                r"College|School|Institute|Stadium|Airport|Mosque|Church|Cathedral|Prison)\b")


# The last word of a place's name, never of a person's
_PLACE_ENDS = frozenset("Valley Province District County Region Island Islands River Lake Camp Hills Mountains "
                        "Plain Plains Delta Coast Bay Municipality Governorate Oblast Township Subdistrict".split())


@dataclass(slots=True)
class Mention:
    """A person named in the article, with the titles seen next to the name."""

    start: int
    name: str
    titles: set[str] = field(default_factory=set)


def _byline_end(text: str) -> int:
    """End of a "By NAME, AGENCY — CITY, DATE" line among the first lines, else 0."""
    head = text[:400]
    at = head.find("\nBy ")
    if at < 0 and head.startswith("By "):
        at = 0
    if at < 0:
        return 0
    end = text.find("\n", at + 1)
    return len(text) if end < 0 else end


class PeopleFinder:
    """Finds person names; titles found around a name let "the governor" resolve to it."""

    def __init__(self, vocab: Vocabulary, not_names: frozenset[str] | set[str]) -> None:
        self._titles = vocab.titles
        self._title_re = phrase_pattern(vocab.titles)
        self._title_words = {w for phrase in vocab.titles for w in phrase.split()} - {"head", "chief"}
        self._org_words = set(vocab.org_words)
        self._not_names = not_names

    def find(self, text: str, is_place, titles_found=None) -> list[Mention]:
        """Every person-like name in order, with the title words found around it
        (`titles_found`: the article's title terms, when a lexicon scan found them already)."""
        out: list[Mention] = []
        byline_end = _byline_end(text)
        line = text.rfind("\n", 0, byline_end) + 1
        reporters = {m.group().removeprefix("By ") for m in _NAME_RUN.finditer(text, line, byline_end)}
        covered = 0  # where the last name, run on past its match, ends
        for m in _NAME_RUN.finditer(text):
            if m.start() < covered:
                continue  # "Deputy Commissioner Mohammad | Mosharraf Hossain": the rest of a name already read
            if m.start() < byline_end or m.group().removeprefix("By ") in reporters:
                continue  # the reporter and the agency, not a source, also in a photo credit
            if _PLACE_OR_TOLD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            if text[max(0, m.start() - 4) : m.start()] == " of " and \
                    text[text.rfind(" ", 0, m.start() - 4) + 1 : m.start() - 4].lower() in self._title_words and \
                    not (m.group().split(None, 1)[0] in _OFFICE_WORDS and m.group().count(" ") >= 2):
                continue  # "the provincial governor of Oddar Meanchey": the place a title serves
            if text[max(0, m.start() - 4) : m.start()] in ("and ", " or ") and \
                    _PLACE_LIST_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                continue  # "in Bab Salim and Nour al-Din": the second of two places
            if text[m.end() : m.end() + 1] in " \t," and _GROUP_AFTER.match(text, m.end()):
                continue  # "the Gran Grif gang": a group
            if m.group().endswith(_FEATURE_ENDS):
                continue  # "the Mandulog River rose": a river, never a speaker
            if text[m.end() : m.end() + 1] in " \t" and (_PLACE_NOUN_AFTER.match(text, m.end()) or
                                                       _INSTITUTION_AFTER.match(text, m.end())):
                continue  # "the Vila Nova neighbourhood": a place; "the Moi Teaching Hospital": an institution
            tokens = m.group().split()
            while tokens and tokens[0] in _COUNT_WORDS:
                tokens = tokens[1:]
            run_end, extended, any_title = m.end(), True, False
            while extended:  # "Tana River County Commissioner | Josephine Wambui": strip again once run on
                extended, stripped = False, 0
                while tokens and (tokens[0] in self._not_names or tokens[0].lower() in self._title_words or
                                  tokens[0] in _HONORIFICS):
                    tokens = tokens[1:]
                    stripped += 1
                titled = max((k for k, t in enumerate(tokens[:-1]) if t.lower() in self._title_words), default=-1)
                if titled >= 0:  # "Kherson Governor Oleksandr Prokudin": the name starts after the title
                    tokens = tokens[titled + 1 :]
                    stripped += titled + 1
                any_title = any_title or stripped > 0
                if stripped and len(tokens) < 4:  # "Major General Zaw Min Tun": the name goes on
                    more = _MORE_NAME.match(text, run_end)
                    if more:
                        extra = more.group().split()[: 4 - len(tokens)]
                        tokens += extra
                        if extra:
                            run_end = covered = text.find(extra[-1], run_end) + len(extra[-1])
                            extended = True
            owner = max((k for k, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))), default=-1)
            if owner >= 0:  # "Kharkiv's Saltivka": an owner and its thing, not one name
                tokens = tokens[owner + 1 :]
            if len(tokens) < 2 or any(t in self._org_words for t in tokens) or tokens[-1].lower() in self._title_words \
                    or tokens[-1] in _PLACE_ENDS:  # "Tsak Valley", "Rift Valley": a place, no person
                # "the Office of the Refugee Relief and Repatriation Commissioner": no name ends in a title
                continue
            if text.startswith(" (", m.end()) and _ACRONYM_AFTER.match(text, m.end()):
                continue  # "Inter-Services Public Relations (ISPR)": a body with its acronym
            if len(tokens) >= 3 and tokens[0] in _OFFICE_WORDS and _OFFICE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                while len(tokens) > 2 and tokens[0] in _OFFICE_WORDS:  # "Minister for Disaster Preparedness Hilda Nabukeera"
                    tokens = tokens[1:]
            if len(tokens) >= 3 and is_place(tokens[0]) and (
                    any_title or _TITLE_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                tokens = tokens[1:]  # "Deputy Commissioner Larkana Sharjeel Noor Channa", "(SSP) Larkana …": the place the office serves
            name = " ".join(tokens)
            if is_place(name) or is_place(tokens[0]) or name.endswith(_OWNER_S) and is_place(name[:-2]):
                continue  # (not "El Palmar's" before "mayor")
            lo, hi = max(0, m.start() - 60), min(len(text), m.end() + 40)
            lo = max(lo, text.rfind("\n", lo, m.start()) + 1)  # titles stay in the name's paragraph
            cut = text.find("\n", m.end(), hi)
            hi = hi if cut < 0 else cut
            stop = text.find(". ", m.end(), hi)  # … and in its sentence: "… Lahori Mohalla. The SSP said" is no title of it
            hi = hi if stop < 0 else stop
            if titles_found is not None:
                # "…, rejected the prefect's account": a title owning something is someone else's
                near = [t for t in titles_found.within(lo, hi) if text[t.end : t.end + 2] not in _OWNER_S]
                titles = {t.key for t in near} | {t.phrase for t in near}
            else:
                around = text[lo:hi]
                near = [t for t in self._title_re.finditer(around) if around[t.end() : t.end() + 2] not in _OWNER_S]
                titles = {self._titles[" ".join(t.group().lower().split())] for t in near}
                titles |= {t.group().lower() for t in near}
            if "military administration" in text[lo:hi] and _HEADS_ADMINISTRATION.search(text, lo, hi):
                titles |= {"governor"}  # "the head of the Donetsk regional military administration, Roman X"
            first = text.find(tokens[0], m.start())
            initials = _INITIALS_BEFORE.search(text, max(0, first - 8), first) if text[first - 2 : first - 1] == "." else None
            if initials and not _NOT_INITIALS.match(initials.group()):  # "V. Anitha Menon", "R.K. Singh"
                name, first = initials.group() + name, initials.start()
            out.append(Mention(first, name, titles))
        return out

    def by_surname(self, people: list[Mention], word: str) -> str | None:
        for person in people:
            if person.name.split()[-1] == word or person.name == word:
                return person.name
        for person in people:  # "Andrade" for "Marcelo Andrade Viteri": the first of two surnames
            tokens = person.name.split()
            if len(tokens) == 3 and tokens[1] == word:
                return person.name
        return None

    def by_title(self, people: list[Mention], title_words: list[str], pos: int) -> str | None:
        wanted = set(title_words)
        suffixes = tuple(" " + w for w in title_words)  # "the commissioner": a "district commissioner"
        before = [p for p in people if p.start < pos and (wanted & p.titles or
                                                          any(t.endswith(suffixes) for t in p.titles))]
        if before:
            return before[-1].name
        after = [p for p in people if p.start >= pos and wanted & p.titles]
        return after[0].name if after else None


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|abu|bin|ibn|de|da|van|von|du)-")


def by_given_name(people: list[Mention], word: str) -> str | None:
    """ "Somchai said" → "Somchai Intawong": where a given name is used alone, the one person
    the article introduced with it."""
    found = {p.name for p in people if p.name.split()[0] == word}
    return found.pop() if len(found) == 1 else None


def _bare(word: str) -> str:
    low = word.lower()
    return _PARTICLE.sub("", low) if "-" in low else low


def by_bare_surname(people: list[Mention], word: str) -> str | None:
    """ "Al-Masri said" / "Masri said" → "Ahmed al-Masri": the surname with or without its particle."""
    bare = _bare(word)
    found = {p.name for p in people if " " in p.name and _bare(p.name.split()[-1]) == bare}
    return found.pop() if len(found) == 1 else None


_LOCATIVE_WORDS = ("in", "near", "from", "to", "of", "outside", "around", "into", "across", "within")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \b tells apart


def _space_before(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _locative_ends_at(text: str, end: int) -> bool:
    return any(end >= len(w) and text.startswith(w, end - len(w)) and
               (end == len(w) or not _is_word(text[end - len(w) - 1])) for w in _LOCATIVE_WORDS)


def after_locative(text: str, name: str) -> bool:
    r"""`name` somewhere after a preposition of place and at most one lower-case word ("in
    Derna", "near the Wadi"): re.search(r"\b(?:in|near|…)\s+(?:[a-z]+\s+)?NAME\b", text), read
    back from each place the name is written instead of tried at every offset."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _is_word(text[end - 1]) != (end < len(text) and _is_word(text[end])):  # \b after the name
            spaces = _space_before(text, at)
            if spaces < at:
                if _locative_ends_at(text, spaces):
                    return True
                word = spaces
                while word > 0 and "a" <= text[word - 1] <= "z":
                    word -= 1
                before = _space_before(text, word) if word < spaces else word
                if before < word and _locative_ends_at(text, before):
                    return True
        at = text.find(name, at + 1)
    return False
