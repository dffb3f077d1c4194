"""Who a claim's subject names: "he", "the mayor", "the ministry", "its foreign ministry" and
surnames resolved against the people and bodies named earlier in the article."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract.claim_acronyms import acronym_for
from app.extract.claim_described import described_as, quoted_just_before
from app.extract.claim_forward import introduced_with, placed_role
from app.extract.claim_lookback import PREVIOUS_TOKEN, body_named_before, full_name, longer_name_before
from app.extract.claim_particles import name_with_particle, shortened as _shortened
from app.extract.claim_phrases import PERSON_OFFICE, PRONOUNS, Shapes
from app.extract.claim_phrases import NAME_TOKEN_RE as _NAME_TOKEN_RE, PARTICLE_NAME as _PARTICLE_NAME
from app.extract.claim_its import new_area_before, owned_branch, place_title_holder
from app.extract.claim_namings import PLAIN_HEAD, apposed_person, namings, same_owner, titled_person_of
from app.extract.claim_owners import named_own as _named_own
from app.extract.people import NAME_TOKEN as _NAME_TOKEN, Mention, PeopleFinder, after_locative, by_bare_surname, by_given_name
from app.extract.vocab import Vocabulary, phrase_pattern

_DATA_WORDS = frozenset("figures figure data tally tallies count counts report reports statistics records estimate "
                        "estimates numbers toll tolls monitors staff team teams bulletin bulletins update updates dashboard "
                        "statement statements assessment investigators researchers analysts members volunteers".split())
# A document's head noun: "the statement" names no body, however the text wrote "… said in a statement"
_DOCUMENTS = frozenset("statement statements communique communiqué".split())
# "its regional office": a branch that speaks for the body itself (not "its foreign ministry")
_BRANCH = re.compile(r"^(?:regional|country|local|field|press|national|provincial)\s+(?:office|offices|branch|bureau)$",
                     re.IGNORECASE)
_PLURAL_GROUP = re.compile(r"^(?:[A-Za-z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+)*[a-z][\w'’-]*[^s\W]s(?<!\bforces)$")  # "witnesses", "local officials"; not "the ground forces"
# "the entity added": a body quoted just before, referred to by a general noun
_BODY_NOUNS = frozenset("group organisation organization charity agency body service entity institution".split())
_FORCES = frozenset(("army", "military"))  # "the army" said back of "the Israeli military"
_COMMAND_ENDS = (" command", " headquarters", " leadership")
_KINDS = frozenset("rights aid relief monitoring medical humanitarian advocacy research war".split())
_POSSESSIVE_S = re.compile(r"['’]s$")
_NEXT_TOKEN = re.compile(rf"[ \t]+(?:(?:al|el|ad|as|ash|abu|bin|ibn|de|da|van|von|du)-)?({_NAME_TOKEN})")
# A catch-all word for whoever was quoted just before: "the official", "the officer"
_ANY_PERSON = frozenset(("the official", "the officer"))
_ANY_PERSON_REACH = 400
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|denied|insisted|explained|stated)\b")
_INITIALS_NAME = re.compile(rf"(?:[A-Z]\.[ ]?){{1,3}}{_NAME_TOKEN}")


_THE_TITLE = re.compile(r"[Tt]he[ \t]+")  # a paragraph opening on a title: "The mayor of X, …"


class Claim(NamedTuple):
    start: int  # where the claim verb is
    end: int
    claimant: str | None
    after_only: bool = False  # "an operation that X said left 274 dead": X vouches only for what follows
    before_only: bool = False  # '"…," said X, at a centre where 600 arrived': X vouches only for the quote

    def covers(self, pos: int) -> bool:
        """Whether the claim can vouch for a figure at `pos`, given which side of it the figure is."""
        return not (self.after_only and self.start > pos) and not (self.before_only and self.start < pos)


class NameResolver:
    """Resolves the subject of a claim to a person's full name or a body's first-given name."""

    def __init__(self, vocab: Vocabulary, not_names: frozenset[str]) -> None:
        self._titles = vocab.titles
        self._title_re = phrase_pattern(vocab.titles)
        self._org_words = set(vocab.org_words)
        self._nouns = set(vocab.claimant_nouns)
        self._not_names = not_names
        self._people = PeopleFinder(vocab, not_names)
        self._shapes = Shapes(self._title_re, self._titles, self._nouns, not_names, self.looks_like_name)
        self._one_word: tuple[str | None, list[Mention] | None, dict[str, str]] = (None, None, {})

    def people(self, text: str, is_place, titles_found=None) -> list[Mention]:
        """Every person named in the article, with the titles seen next to the name. A first name
        that is also some village's name ("Oleh", "Dana") counts as a place only where the article
        uses the word on its own, not just in front of another name."""
        standalone: dict[str, bool] = {}

        def place(name: str) -> bool:
            if " " in name:  # "Wadi Derna": a name whose last word is a place the article is in
                last = name.rsplit(" ", 1)[1]
                return is_place(name) or is_place(last) and after_locative(text, last)
            if name not in standalone:
                standalone[name] = is_place(name) and self._used_alone(text, name)
            return standalone[name]

        found = self._people.find(text, place, titles_found)  # "the EU's policy chief": an owner, no person
        return [p for p in found if not (p.name.endswith(("'s", "’s")) and
                                         _POSSESSIVE_S.sub("", p.name.split()[-1]) in self._org_words)]

    def _used_alone(self, text: str, word: str) -> bool:
        """Somewhere in `text`, `word` has no other name right before or after it ("in Derna")."""
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            if _SPEECH_AFTER.match(text, m.end()):
                continue  # "Hendra said": a person spoken of by one name, not a place
            after = _NEXT_TOKEN.match(text, m.end())
            before = PREVIOUS_TOKEN.search(text, max(0, m.start() - 40), m.start())
            if not any(t and t.group(1) not in self._not_names and t.group(1).lower() not in self._titles
                       for t in (before, after)):
                return True
        return False

    def is_title_phrase(self, np: str) -> bool:
        words = np.lower().split()
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        head = " ".join(words)
        return self._title_re.search(head) is not None and not self.looks_like_name(np)

    def looks_like_name(self, np: str) -> bool:
        tokens = np.split()
        return 1 <= len(tokens) <= 4 and _NAME_TOKEN_RE.fullmatch(tokens[0]) is not None and \
            all(_NAME_TOKEN_RE.fullmatch(t) or _PARTICLE_NAME.fullmatch(t) for t in tokens) and \
            not any(t in self._not_names for t in tokens)

    def resolve(self, np: str, text: str, pos: int, people: list[Mention], claims: list[Claim],
                memo: dict[str, str | None] | None = None) -> str | None:
        """Who `np` (the words before or after a claim verb at `pos`) names: pronouns, titles and
        "the ministry" are resolved against the article's people and earlier claims. `memo` keeps
        the answers that depend on the phrase alone, for one article."""
        if memo is not None and np in memo:
            return memo[np]
        answer = self._resolve(np, text, pos, people, claims, memo)
        if answer == np and " of " in np and np[:1] in "Tt":  # "the Governor of Yobe State, Umar Kachalla Gadaka,"
            answer = apposed_person(text, np, people) or answer
        if answer == np and " of " in np:  # "Opposition lawmaker Gul Marjan Dawar of the … Party": the person
            answer = titled_person_of(np, self._shapes.trailing_name, self.looks_like_name) or answer
        role = placed_role(np, self._titles) if answer == np else None
        if role is not None:  # "the police spokesman": the spokesman introduced beside "Police"
            named = self._resolve(role[0], text, pos, people, claims, None)
            answer = named if named != role[0] and introduced_with(text, people, named, role[1]) else answer
        if memo is not None and self._shapes.of(np).memo_ok:
            memo[np] = answer
        return answer

    def _resolve(self, np: str, text: str, pos: int, people: list[Mention], claims: list[Claim],
                 memo: dict | None = None) -> str | None:
        shape = self._shapes.of(np)
        np = shape.np  # "a report by X" → X
        rest = shape.honorific_rest
        if rest is not None:  # "Mr Singh" → "R.K. Singh"
            named = self._resolve(rest, text, pos, people, claims, memo)
            return named if named != rest or " " in rest else np  # "Dr. Tedros Adhanom" → the name
        if shape.bare_noun:
            # "(bureau estimates …)": a bare head noun refers back like "the bureau"; "police" stays
            named = self._resolve("the " + np, text, pos, people, claims, memo)
            return np if named is None or named.lower() == "the " + np else named
        words, low = shape.words, shape.low
        if low in PERSON_OFFICE:  # "her office" speaks for the person named last
            before = [p for p in people if p.start < pos]
            if before:
                return self._office_of(text, before[-1])
        if callable(claims):  # only a pronoun needs every earlier claim worked out
            if PRONOUNS.get(low) is not None or shape.owner_rest is not None or \
                    low.split()[-1] in _BODY_NOUNS and low.startswith("the ") or \
                    shape.definite is not None and low.count(" ") == 1 and low.split()[-1] in self._titles:
                claims = claims(True)  # "the official" refers back to "a local official" quoted before
            elif shape.definite is not None or shape.long_proper or low.endswith(_COMMAND_ENDS) and np[4:].islower():
                claims = claims(False)
            else:
                claims = []
        if low in PRONOUNS:
            if PRONOUNS[low] == "person":
                before = [p for p in people if p.start < pos]
                named = before[-1] if before else None
                # "…, the police chief said. He added …": an unnamed speaker quoted since the last name
                if named is None and (opener := self._titled_opener(text, pos, people)):
                    return opener  # "The mayor of X, speaking …, wept. '…,' she said." → the mayor named later
                titled = next((c for c in reversed(claims) if c.start < pos and c.claimant), None)
                if titled and (named is None or titled.start > named.start) and self._one_person(titled.claimant, text):
                    return titled.claimant
                return named.name if named else None
            persons = {p.name for p in people}
            for claim in reversed(claims):
                if claim.start < pos and claim.claimant and claim.claimant not in persons and \
                        not (low == "it" and (_PLURAL_GROUP.search(claim.claimant) or claim.claimant[-1:] == "s"
                                              and claim.claimant.lower() in self._nouns)):
                    return claim.claimant  # "it" is a body, never "witnesses" or a person
            return None
        if shape.owner_rest is not None and _named_own(shape.owner_rest):
            return shape.owner_rest  # "Their Saba news agency said": a body with a name of its own
        if shape.owner_rest is not None:  # "the NUG Ministry of Defence"; "Belgorod, its governor" → the governor named
            held = owned_branch(text, pos - len(np), np) or place_title_holder(text, pos - len(np), np, self._titles, people)
            if held:
                return held
        if shape.owner_rest is not None:  # "Its figures" → the body itself; "Its foreign ministry" → "Russia's foreign ministry"
            singular = low.startswith("its ")  # "Its foreign ministry": a body, not "city officials"
            persons = {p.name for p in people}
            base = next((c.claimant for c in reversed(claims) if c.start < pos and c.claimant and not
                         (singular and (c.claimant in persons or _PLURAL_GROUP.search(c.claimant)))), None)
            if base is None:
                return None
            rest = shape.owner_rest
            if rest.split()[-1].lower() in _DATA_WORDS or _BRANCH.match(rest):
                return base
            return f"{base}'s {rest}" if not base.lower().startswith("the ") else f"{base}'s {rest}"
        if low.endswith(_COMMAND_ENDS) and low.startswith("the ") and len(words) > 2 and np[4:].islower() and \
                (named := self._resolve(body := low.rsplit(" ", 1)[0], text, pos, people, claims)) != body:
            return named or np  # "the ground forces command": the ground forces quoted before
        definite = shape.definite
        if definite is not None and (bare := PLAIN_HEAD.match(definite)) and low.startswith("the "):
            # "the Ramallah-based ministry", "the UN agency": the ministry, the agency quoted before
            named = self._resolve("the " + bare.group(1), text, pos, people, claims, memo)
            if named is not None and named.lower() != "the " + bare.group(1).lower():
                return named
        if definite is not None:
            head = definite.lower()
            low_np = low
            proper = definite[:1].isupper()  # "the UN" is not "the UN human rights office"
            ending, last_word = " " + head, f" {head.split()[-1]} "
            head_for, head_of, spaced = f" {head} for ", f" {head} of ", " " in head
            if head in _BODY_NOUNS and (last := quoted_just_before(text, claims, pos, self._org_words)):
                return last  # "The World Food Programme says … , the agency said": not an agency quoted earlier
            for claim in reversed(claims[-24:]):  # the bodies quoted lately
                if claim.start >= pos or not claim.claimant:
                    continue
                full = claim.claimant.lower()
                if full != low_np and len(full) > len(np) and " and " not in full and \
                        (full.endswith(ending) or head in _FORCES and full.split()[-1] in _FORCES and " " in full[4:] or
                         not proper and last_word in f" {full} " and set(head.split()[:-1]) <= set(full.split()) and
                         # "the coast guard" is not "a coast guard spokeswoman": a person of the body
                         (head.split()[-1] in self._titles or full.split()[-1] not in self._titles)
                         or proper and (head_for in full or head_of in full)  # "the Observatory"
                         or proper and spaced and (_shortened(head, full) or name_with_particle(head, full))):
                    return claim.claimant
            if (not proper or "-" in head.split()[0]) and (acronym := acronym_for(text, pos, head, claims)):
                return acronym  # "the British-based monitor" → "the Euphrates Monitor for … (EMHR)" quoted before
            if proper and (longer := longer_name_before(text, pos - len(np), definite, self._not_names)):
                return longer  # "the Red Crescent" → "the Libyan Red Crescent" written earlier
            if head in _BODY_NOUNS or head.split()[0] in _KINDS and head.split()[-1] in _BODY_NOUNS:
                # "The group said", "the rights group said": the body quoted last; not "the armed group"
                described = described_as(text, pos - len(np), head)
                if described:  # "the Martyrs Foundation, a Hezbollah-affiliated group, …"
                    return described
                persons = {p.name for p in people}
                for claim in reversed(claims[-24:]):
                    name = claim.claimant or ""
                    words = name.split()  # read by the trailing name below when no claim is taken
                    named = any(w[:1].isupper() for w in words[words[0].lower() in ("the", "a", "an"):]) \
                        if words else False  # "the Sudan Doctors Network", not "The army"
                    if claim.start < pos and named and name not in persons and not _PLURAL_GROUP.search(name) \
                            and words[0] not in ("a", "an"):  # "a UNHCR spokeswoman" is no agency
                        return name

        elif shape.long_proper:  # "the UN rights office" → "the UN human rights office" quoted before
            for claim in reversed(claims[-24:]):
                if claim.start < pos and claim.claimant and _shortened(low[4:], claim.claimant.lower()):
                    return claim.claimant
        name = self._shapes.trailing_name_of(shape) if words is shape.words else self._shapes.trailing_name(words)
        if name:
            if len(name.split()) == 1:
                return self._one_word_name(text, people, name)
            return name
        if low in _ANY_PERSON and not callable(claims):  # "…, Mohammad Rafiqul Islam, told AFP. The officer said"
            persons = {p.name for p in people}
            last = next((c for c in reversed(claims) if c.start < pos and c.claimant), None)
            if last is not None and last.claimant in persons and pos - last.start < _ANY_PERSON_REACH:
                return last.claimant
        title_words = list(shape.title_words)
        title_tokens = {w for t in title_words for w in t.split()}
        rest = [w for w in words if w.lower() not in title_tokens]
        indefinite = low.startswith(("a ", "an "))  # "a morgue official" is someone not named
        if title_words and not indefinite and not any(w in self._org_words for w in rest) and \
                not any(w.lower() in self._nouns for w in rest):
            # "the governor" finds the "head of the regional administration"; but "official" is a
            # catch-all class, so "the commissioner" must find a commissioner, not any "head"
            keys = title_words + [self._titles[t] for t in title_words if self._titles.get(t, "official") != "official"]
            person = self._people.by_title(people, keys, pos)
            if person and same_owner(np, person, text, people) and not new_area_before(text, pos, person):
                return person
        if definite and " " not in definite.strip() and definite.strip().lower() not in _DOCUMENTS:
            # "the ministry", not "the health ministry"; "the statement" is a document, whose issuer the caller finds
            named = self._named_earlier(text, pos - len(np), definite.strip(), memo)
            if named:
                return named
        if definite and definite.lower() in _BODY_NOUNS:
            body = body_named_before(text, pos - len(np), self._org_words, self._not_names)
            if body:  # "The Martyrs Foundation publishes names … The group said": named, not quoted
                return body
        return np

    def _titled_opener(self, text: str, pos: int, people: list[Mention]) -> str | None:
        """The person named later whose title opens the paragraph of `pos` ("The mayor of X, …")."""
        para = text.rfind("\n", 0, pos) + 1
        m = _THE_TITLE.match(text, para, min(pos, para + 60))
        title = m and self._title_re.match(text, m.end(), min(pos, m.end() + 40))
        if not title:
            return None
        return self.person_titled(people, " ".join(title.group().lower().split()), pos)

    @staticmethod
    def _office_of(text: str, person: Mention) -> str:
        """ "his office" → "the Ombudsman's Office" when the article names the office of the
        person's title that way, else the person."""
        for title in sorted(person.titles):
            if " " in title or not title.isalpha():
                continue
            office = f"the {title.capitalize()}'s Office"
            at = text.find(office[4:])
            if at >= 0:
                return text[at - 4 : at] + office[4:] if text[at - 4 : at].lower() == "the " else office
        return person.name

    def _one_word_name(self, text: str, people: list[Mention], word: str) -> str:
        """ "Hassan said" → the person of that surname or given name, else the name as first
        written; looked up once per article (the same `text` and `people`)."""
        known_text, known_people, found = self._one_word
        if text is not known_text or people is not known_people:
            found = {}
            self._one_word = (text, people, found)
        name = found.get(word)
        if name is None:
            name = found[word] = self._people.by_surname(people, word) or by_given_name(people, word) or \
                by_bare_surname(people, word) or full_name(text, word, self._not_names, self._titles) or word
        return name

    def person_titled(self, people: list[Mention], title: str, pos: int) -> str | None:
        """The person the article gives `title` ("governor"), the nearest after `pos` first."""
        keys = [title] + ([self._titles[title]] if self._titles.get(title, "official") != "official" else [])
        return self._people.by_title(people, keys, pos)

    def _one_person(self, claimant: str, text: str) -> bool:
        """ "the police chief", "a doctor": one unnamed person described by title or role; or one
        known by a single name ("…, who gave only her first name, Iryna, said"), never a place."""
        if " " not in claimant and _NAME_TOKEN_RE.fullmatch(claimant) and claimant not in self._not_names:
            return not after_locative(text, claimant)
        if " " in claimant and (self.looks_like_name(claimant) or _INITIALS_NAME.fullmatch(claimant)):
            return True  # "R.K. Singh told a news conference. He said …": a name the people finder passed over
        words = claimant.lower().split()
        if len(words) < 2 or words[0] not in ("the", "a", "an") or any(w[:1].isupper() for w in claimant.split()[1:]):
            return False
        return self.is_title_phrase(claimant) or words[0] in ("a", "an") and words[-1] not in _BODY_NOUNS and \
            (words[-1] not in self._nouns or not words[-1].endswith("s"))  # "a doctor", "a source"; not "a group"

    def _named_earlier(self, text: str, pos: int, head: str, memo: dict | None) -> str | None:
        """ "the ministry" → "the Gaza health ministry" written earlier in the article; an
        acronym given with that name ("the UN agency …, UNRWA,") wins. Every naming of `head` in
        the article is read once and kept in `memo`."""
        key = ("\0named", head)
        named = memo.get(key) if memo is not None else None
        if named is None:
            named = namings(text, head, self._not_names, self._org_words)
            if memo is not None:
                memo[key] = named
        answer = None
        for end, name in named:
            if end > pos:
                break
            answer = name
        return answer
