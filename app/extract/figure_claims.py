"""Which claim covers a figure: the claims of its sentence, read after the earlier ones that a
pronoun or a definite reference needs, else the speaker of the quote it stands in."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.extract.article_state import ArticleState
from app.extract.claim_forward import LaterNamed, named_later
from app.extract.claim_quotes import quote_speaker
from app.extract.claim_release import document_source, first_person_body
from app.extract.claim_spans import without_value
from app.extract.claim_tables import bracketed_body, fact_line_source, heading_body
from app.extract.claim_turns import first_person_source, turn_speaker
from app.extract.claimants import Claim, ClaimantFinder
from app.extract.list_items import above_items, bulleted, noted_heading, plain_item
from app.extract.sentences import LIST_BULLETS, Sentence

# "…; all were freed, according to the regional delegation.": a closing source covers the sentence
_FINAL_ACCORDING = re.compile(r"according\s+to\s+[^,;:()\"“”]{3,80}$")
# ", but X said …" / ", and experts say …": a claim opening a clause of its own after the figure's
_NEXT_CLAUSE = re.compile(r",\s+(?:but|and|while|whereas)\s+[^,;:()\"“”]{1,60}$")
_SENTENCE_FINAL = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+\w+)*\s*[.!?\"”’]*\s*$")


def claims_of(finder: ClaimantFinder, art: ArticleState, index: int) -> list[Claim]:
    """Claims of sentence `index`, after those of every earlier sentence with a claim verb, so
    that "it said" and "its ministry" resolve against them."""
    if index not in art.claim_cache:
        sentence_claims(finder, art, index)
    own = art.claim_cache[index]
    s = art.sentences[index]
    given = document_source(art, index, own)  # a release's own body, a statement's author, a note's source
    if given and not own:  # a transcript's turn ("NAFIU ABUBAKAR (POLICE SPOKESMAN): …"): its speaker's
        given = turn_speaker(finder, art, s.start) or given
    if given and given[:4] in ("the ", "The ") and given[4:5].islower() and given.split()[-1] in _PERSON_ROLES:
        given = finder.resolve(given, art.text, s.start, art.people, art.claims) or given  # "the governor": who he is
    row = art.rows.get(index)
    if row is not None and row.table.labels_sources(art.text):  # "Source | Killed": each row's label is its source
        line = row.line_start(art.text, s.start)
        label = _WHEN_NOTE.sub("", art.text[line : row.label_end]).strip(" |:-").split(",")[0]  # "MSF, X hospital"
        words = label.split()
        if len(words) > 1 and all(w.islower() for w in words[1:]) and not words[0].isupper():
            # "City council": the city council the text named ("ASSF post" stays)
            label = "the " + label[:1].lower() + label[1:]
        name = finder.resolve(label, art.text, s.start, art.people, art.claims)
        return [Claim(s.start, s.start, label if not name or "\n" in name else name)]
    if row is not None and (cell := row.table.source_cell(art.text, row.line_start(art.text, s.start))):
        label = art.text[slice(*cell)].strip()  # "… | 19 | MSPP" under "Source": the row's own source
        if (acronym := _CELL_ACRONYM.search(label)) is not None:
            label = acronym.group(1)  # "General Inspectorate for Migration (GIM)": GIM, as the rows below it write it
        name = finder.resolve(label, art.text, s.start, art.people, art.claims)
        return [Claim(s.start, s.start, label if not name or "\n" in name else name)]
    row = row if not own else None
    if row is not None and row.table.intro is not None and row.table.intro != index:
        intro = art.sentences[row.table.intro]
        line = (art.text.rfind("\n", 0, intro.start) + 1, art.text.find("\n", intro.end) % (len(art.text) + 1))
        noted = _CAPTION_SOURCE.search(art.text, *line) or _SOURCE_NOTE.search(art.text, *line) or \
            _OWNER_NOTE.search(art.text, *line) or _COMPILED_BY.search(art.text, *line) or \
            _REPORTED_BY.search(art.text, *line) or bracketed_body(finder.org_words, art.text, *line)
        # "… SOURCE: DMC", "(source: SDMA)", "(CJVS documentation)", "Figures compiled by the X (XC), as of …:",
        # "Civilian casualties reported by regional authorities, 27 May – 2 June:", "…, 3–20 February (Protection Cluster):"
        said = noted and next(g for g in noted.groups() if g)  # (_COMPILED_BY's acronym is one of two groups)
        name = noted and finder.resolve(said.strip(), art.text, noted.start(), art.people, art.claims)
        if name:
            return [Claim(s.start, s.start, name)]
        sentence_claims(finder, art, row.table.intro)
        if given and any(_other_source(finder, c.claimant) for c in art.claim_cache[row.table.intro]):
            return []  # "Table 1: Impact by province, as reported by the crisis committees": theirs, not the issuer's
    if not own and (noted := fact_line_source(finder.org_words, art.text, s.start, s.end, art.is_place)):
        name = finder.resolve(noted, art.text, s.start, art.people, art.claims)  # "Wounded: 31 (Bannu police)"
        return [Claim(s.start, s.start, noted if not name or "\n" in name else name)]
    if given:
        return [Claim(s.start, s.start, given)]
    if own:
        speaker = lambda: turn_speaker(finder, art, s.start)  # noqa: E731
        return [c._replace(claimant=without_value(first_person_source(c.claimant, speaker))) for c in own]
    if index and (_SAME_FIGURE.match(art.text, s.start, s.end) or _OF_THEM.match(art.text, s.start, s.end)):
        # "… 680,950 troops, the General Staff reported. The number includes 1,230 …": the same source
        before = claims_of(finder, art, index - 1)
        if before and before[-1].claimant:
            return [Claim(s.start, s.start, before[-1].claimant)]
    if art.text[s.start : s.start + 2] in LIST_BULLETS:
        intro = list_intro(finder, art, index)
        if intro:
            return intro
    elif plain_item(art, index):  # "11 March, off Obock: 21 dead" under "IOM's record of shipwrecks:"
        intro = list_intro(finder, art, index, plain_item)
        if intro:
            return intro
    turn = turn_claim(finder, art, index)  # "SPOKESPERSON: The death toll rose to 52 …"
    if turn:
        return [turn]
    # a quoted sentence: the quote's speaker, named in a sentence nearby
    speaker = quote_speaker(art.text, art.sentences, index, s.end - 1,
                            lambda k: sentence_claims(finder, art, k) or art.claim_cache[k], art.people)
    return [Claim(s.end, s.end, speaker.claimant)] if speaker else own


def turn_claim(finder: ClaimantFinder, art: ArticleState, index: int) -> Claim | None:
    """The speaker of the transcript's turn that holds sentence `index`, for a figure no claim of
    the sentence reaches ("Seventy-eight are still missing, and we believe …")."""
    s = art.sentences[index]
    turn = turn_speaker(finder, art, s.start)
    return Claim(s.start, s.start, turn) if turn else None


_CELL_ACRONYM = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)$")
_PERSON_ROLES = frozenset(("governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "commander",
                           "president", "administrator", "chief", "head", "official"))
_WHEN_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "Ministry of Health (Monday)": when it said so


_SAME_FIGURE = re.compile(r"(?:The|This|That)\s+(?:number|figure|toll|tally|total|count)\s+(?:also\s+)?"
                          r"(?:includes|included|comprises|comprised|covers)\b")
# "… are affected, according to X. Of them, 2,41,000 are in Dhubri": a share of the same source's figure
# (not "Among those detained were 210", nor one naming its own source: "… confirmed dead by the army")
# … "Of the deaths, 63 were caused by landslides": a breakdown of the figure before
_OF_THEM = re.compile(r"(?:(?:Of|Among)\s+(?:them|these|those|the\s+\d[\d,.]*(?=,|\s+were\s|\s+are\s))|"
                      r"Of\s+the\s+(?:deaths|dead|fatalities)(?=,))(?:,|\s+(?=\d)|\s+(?:were|are)\s)"
                      r"(?![^.;]*\s(?!(?:caused|killed|hit|struck|swept)\s|\d)[\w-]+\s+by\s)")  # … "Among the 1,142 were 96 minors"


def list_intro(finder: ClaimantFinder, art: ArticleState, index: int, item=bulleted) -> list[Claim]:
    """The source of a list's items: the last claim of the line that introduces the list with a
    colon ("Its latest figures showed:"), found above the items before it."""
    k = above_items(art, index, item)
    if k is None:
        return []
    intro = art.sentences[k]
    line = art.text[intro.start : intro.end].rstrip()
    if not line.endswith(":"):
        # "KEY FIGURES (Source: the disaster agency, 13 May)": a box whose heading names its source
        noted = _SOURCE_NOTE.search(line) if noted_heading(art, k) else None
        if noted is None:  # "LEBANON'S HEALTH MINISTRY" over its bullets: that body's
            headed = heading_body(art.text, line) if item is bulleted else None
            if headed and art.places is not None and any(m.surface.lower() == headed.lower() for m in art.places.mentions):
                headed = None  # "ISRAEL": a place, whose items name their own sources
            return [Claim(art.sentences[index].start, art.sentences[index].start, headed)] if headed else []
        name = finder.resolve(noted.group(1).strip(), art.text, intro.start + noted.start(1), art.people, art.claims)
        s = art.sentences[index]
        return [Claim(s.end, s.end, name)] if name else []
    if k not in art.claim_cache:
        sentence_claims(finder, art, k)
    found = art.claim_cache[k] or finder.list_source(art.text, intro.start, intro.end, art.people, art.claims)
    s = art.sentences[index]
    at = s.start if item is bulleted else s.end  # a plain item's own date ("2 June, …") is no statement date
    return [Claim(at, at, found[-1].claimant)] if found else []


def _other_source(finder: ClaimantFinder, name: str) -> bool:
    """A table's introducing line names a source of its own ("the provincial crisis committees",
    "CONRED"), not the issuer's own teams or document ("The ministry's registration teams")."""
    words = name.split()
    return "'s " not in name and "’s " not in name and (
        finder.is_generic(name) or words[-1].lower().removesuffix("s") in finder.nouns or name.isupper() or
        any(w[:1].isupper() for w in words[1:]))


def sentence_claims(finder: ClaimantFinder, art: ArticleState, index: int) -> None:
    """Claims of one sentence; the claims before it are worked out only if a pronoun or a
    definite reference needs them."""
    if index in art.claim_cache:
        return

    def earlier(complete: bool = True) -> list[Claim]:
        for k in range(art.claims_done, index) if complete else ():
            s = art.sentences[k]
            if k not in art.claim_cache and art.found["claim_verbs"].any_within(s.start, s.end):
                sentence_claims(finder, art, k)
        if complete:
            art.claims_done = max(art.claims_done, index)
        return art.claims  # in text order; the readers look only before their own position

    s = art.sentences[index]
    found = finder.claims(art.text, s.start, s.end, art.people, earlier, headline=index == 0,
                                  verbs=art.found["claim_verbs"].within(s.start, s.end), memo=art.resolved)
    found = [_named(finder, art, _placed(art, c, s), s) for c in found]
    found = [_first_person(finder, art, c) for c in found]
    if index == 0 and art.places is not None:  # "MYANMAR: …", "… as Sloviansk counts losses": places
        found = [c for c in found if not _headline_place(art, c)]
    art.claim_cache[index] = found
    if index == 0 and len(art.sentences) > 1 and art.sentences[1].paragraph > 0:
        # "…, officials say" in a headline: no "they said" in the body refers back to it
        found = [c for c in found if c.claimant.lower().startswith("the ") or
                 not finder.is_generic(c.claimant)]
    for claim in found:  # kept in text order, whatever order the sentences are read in
        at = bisect_left(art.claim_starts, claim.start)
        art.claim_starts.insert(at, claim.start)
        art.claims.insert(at, claim)


# "Police in Kisumu, Kenya, said": the subject, placed in a town and its country
_IN_PLACE_BEFORE = re.compile(r"(?:^|(?<=[.,;:]\s)|(?<=\n))([^,;:.\n\"“”]{2,60}?\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+$")


def _placed(art: ArticleState, claim: Claim, s: Sentence) -> Claim:
    """The claim with the subject it was taken from when the reader kept only the country or region
    set off after the subject's town ("Police in Kisumu, Kenya, said": police in Kisumu, not Kenya)."""
    name = claim.claimant
    if not name or not name[:1].isupper() or art.places is None:
        return claim
    at = art.text.rfind(name + ",", s.start, claim.start)
    if at < 0 or not any(m.start == at and m.surface == name and m.place.kind in ("country", "region")
                         for m in art.places.within(at, at + len(name))):
        return claim
    subject = _IN_PLACE_BEFORE.search(art.text, s.start, at)
    return claim._replace(claimant=subject.group(1).strip()) if subject else claim


def _headline_place(art: ArticleState, claim: Claim) -> bool:
    """A headline's label or subject that the article names as a place: a topic, no speaker. A
    country stays a speaker when a verb follows it ("Israel says …"), not when it is a label."""
    name = claim.claimant
    if not name or not name[:1].isupper() or " " in name and name.split()[0] in ("The", "the"):
        return False
    labelled = art.text.startswith(":", art.text.find(name, claim.start if claim.start < claim.end else 0) + len(name))
    for m in art.places.mentions:
        if m.surface.lower() == name.lower() or m.place.kind == "country" and name.isupper() and \
                m.place.name.lower() == name.lower():
            return labelled or m.place.kind != "country" and m.place.population < 500_000
    return False


def _first_person(finder: ClaimantFinder, art: ArticleState, claim: Claim) -> Claim:
    """ "we said" in a body's own release: the body's claim; in a transcript's turn, the speaker's;
    else "we" is read as any other pronoun; any other claim as it is."""
    turn = turn_speaker(finder, art, claim.start) if claim.claimant in ("we", "We", "I") else None
    if turn:  # "What we have confirmed is 19 deaths" in a transcript's turn: the speaker's
        return claim._replace(claimant=turn)
    body = first_person_body(art, claim.claimant)
    if body:
        return claim._replace(claimant=body)
    if claim.claimant in ("we", "We"):
        return claim._replace(claimant=finder.resolve(claim.claimant, art.text, claim.start, art.people, art.claims, None))
    return claim


def _named(finder: ClaimantFinder, art: ArticleState, claim: Claim, s: Sentence) -> Claim:
    """The claim with its unnamed speaker ("a police spokesman") named, when the article names
    them further on."""
    if not claim.claimant or claim.claimant[:2] not in ("a ", "an", "A ", "An", "th", "Th") and \
            not _OWNER_TITLE.match(claim.claimant):  # "Enga's provincial administrator" … "the administrator, X"
        return claim
    named = next((c.claimant for c in art.claims if c.start < claim.start and isinstance(c.claimant, LaterNamed)
                  and c.claimant == claim.claimant), None)
    if named is not None:  # "The group also recorded …" said back to "An Egyptian rights group": named as it was
        return claim._replace(claimant=named)
    name = named_later(finder, art.text, claim.claimant, claim.start, (s.start, s.end), art.people)
    return claim._replace(claimant=LaterNamed(claim.claimant, name)) if name else claim


def nearest_claim(text: str, claims: list[Claim], pos: int, sentence: Sentence) -> Claim | None:
    """The claim nearest the figure, a little in favour of one before it; a claim across a
    semicolon in the same sentence belongs to the other clause, one in a relative clause
    ("an operation that X said left …") only to the figures after it, and an inverted one
    ('"…," said X, …') only to the figures before it."""
    owned = _OWNED_FIGURE.search(text, max(sentence.start, pos - 90), pos) if "s " in text[max(0, pos - 90) : pos] \
        else None
    if owned and (owned.group(1)[:1].isupper() or owned.group(1).split()[-1].lower() in _OWNER_HEADS):
        owner = owned.group(1)
        owner = "the" + owner[3:] if owner.startswith("The ") else owner  # "The ministry's toll stood at 95"
        return Claim(owned.start(1), owned.end(1), owner)  # "the government's figure of 11": its own
    usable = [c for c in claims if c.covers(pos) and (not sentence.start <= c.start < sentence.end or
              c.start == c.end or  # a source given for the whole sentence (a release's body, a turn's speaker)
              ";" not in (text[pos : c.start] if c.start > pos else text[c.end : pos]) or
              c.start < pos and _verbless_item(text, c, pos, sentence))]
    if not usable:  # "Six were found; 17 are missing, the commissioner said.": the last claim covers all
        usable = [c for c in claims if pos < c.start < sentence.end and c.covers(pos) and
                  (_SENTENCE_FINAL.match(text, c.end, sentence.end) or _FINAL_ACCORDING.match(text, c.start, sentence.end))]
    if not usable and text.startswith(("According to ", "according to "), sentence.start):
        # "According to X, 31 had died …; 22 of the deaths were in Warsaj": the opening source covers all
        comma = text.find(",", sentence.start, pos)
        usable = [c for c in claims if sentence.start <= c.start < comma and c.covers(pos)]
    if not usable:
        return None
    best = min(usable, key=lambda c: abs(c.start - pos) + (5 if c.start > pos else 0))
    if best.start < pos and _WHILE.search(text, best.end, pos):
        # "…, officials said, while a drone wounded three in X, its governor said": the clause's own
        own = next((c for c in usable if pos < c.start < sentence.end), None)
        if own is not None:
            return own
    if best.start < pos and ":" in text[best.end : pos]:
        # "The ministry has updated its figures: 128 dead …, spokesman X said": the sentence's speaker
        final = next((c for c in usable if pos < c.start < sentence.end and
                      _SENTENCE_FINAL.match(text, _clause_end(text, c.end, sentence.end), sentence.end)), None)
        if final is not None:
            return final
    if best.start > pos and _NEXT_CLAUSE.search(text, pos, best.start) and \
            not _SENTENCE_FINAL.match(text, _clause_end(text, best.end, sentence.end), sentence.end):
        # "… had put the number at 38, but X said several were found": X's words are the next clause;
        # "Rains kill hundreds every year, and experts say …": the reporter's
        return next((c for c in reversed(usable) if sentence.start <= c.start < pos), None)
    if best.start > pos and text.startswith("according to", best.start) and \
            (said := next((c for c in reversed(usable) if sentence.start <= c.start < pos and
                           _SAID_THAT.match(text, c.end, pos)), None)) is not None:
        return said  # "X said in a message that its fighters had killed 16, according to Y": X's words, relayed
    if best.start > pos and text.startswith(" by ", best.end):
        # 'X told Canal N that "no more than four" deaths had been confirmed by doctors': X's words
        speaker = next((c for c in reversed(usable) if c.start < pos and _THAT.match(text, c.end, pos)), None)
        if speaker is not None:
            return speaker
    return best


# A table caption's closing note of its source: "… (18:00). SOURCE: DMC", "Source: provincial authorities"
_CAPTION_SOURCE = re.compile(r"(?:^|[.:;]\s+|\s[–—|-]\s+)(?:SOURCES?|Sources?)\s*:\s*([^,;()\[\]\n|]{2,60}?)\s*(?:[,;.|]|$)",
                             re.MULTILINE)
# "Figures compiled by the Refugee Relief and Repatriation Commissioner (RRRC), as of …:", "figures shared by DDM"
_COMPILED_BY = re.compile(r"\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers)\s+(?:compiled|provided|supplied|gathered|"
                          r"collected|released|published|shared)\s+by\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|"
                          r"of|for|and|on|de|&))*\s+\(([A-Z][A-Za-z0-9]{1,8})\)|([A-Z][A-Z0-9]{1,7})\b)")
# "Civilian casualties reported by regional authorities, …:": a table's counts and who reported them
_REPORTED_BY = re.compile(r"\b(?:casualties|deaths|injuries|figures|data|numbers|cases|arrivals|displacement)\s+"
                          r"(?:as\s+)?(?:reported|recorded|documented|verified|confirmed)\s+by\s+"
                          r"(?!(?:our|its|their|at\s+least|two|three|several|multiple|independent)\b)"  # (not "our field
                          r"((?:the\s+)?[\w'’-]+(?:\s+(?!(?:as|since|between|from|in|on|for|during|and\s+(?:its|their|other|partners?))\b)"
                          r"[\w'’-]+){0,5})")  # ("verified by OCHA and its health partners": OCHA)
# monitors", "confirmed by at least two independent sources": the issuer's own, a test of the count)
_OWNER_NOTE = re.compile(r"\(([A-Z]{2,8})\s+(?:documentation|data|figures|records|estimates|count|tally|compilation)\)")
_SOURCE_NOTE = re.compile(r"[(\[]\s*(?:[Ss]ources?|SOURCES?|[Dd]ata)\s*:\s*([^,;()\[\]]{2,60}?)\s*(?:[,;)\]]|$)")
_OWNER_TITLE = re.compile(r"[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
_WHILE = re.compile(r",\s+(?:while|whereas)\s")
# "dismissed the national government's figure of 11 deaths", "while the government's official death
# toll stood at 14": a figure named by its owner
_OWNED_FIGURE = re.compile(r"(?<![\w'’-])([Tt]he\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:own\s+|official\s+|latest\s+)?"
                           r"(?:figure|toll|death\s+toll|count|tally|estimate|number)\s+"
                           r"(?:of|stood\s+at|stands\s+at|was|is|rose\s+to|had\s+risen\s+to|reached)\s+"
                           r"(?:(?:about|some|around|only|just|at\s+least|more\s+than)\s+)?$")
_OWNER_HEADS = frozenset("government ministry army military police authorities agency council administration office "
                         "junta rebels group commission department".split())
_AFTER_SPEECH = re.compile(r"\s+(?:at|in|on|during)\s+an?\s+(?:briefing|news\s+conference|press\s+conference|"
                           r"statement|interview)\b[^.]*")


_BULLET = re.compile(r"[ \t]*[-*•–]\s")
_SAID_THAT = re.compile(r"(?:\s+(?:in|on|via|through)\s+[^,;:\"“”]{1,80}?)?\s+that\s")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|say|told|according|reported)\b")


def _verbless_item(text: str, claim: Claim, pos: int, sentence: Sentence) -> bool:
    """ "- Red Cross says 17 dead; 16 still missing": a key-fact bullet's verbless clause after a
    semicolon is still the bullet's speaker's."""
    line = text.rfind("\n", 0, pos) + 1
    if line > claim.start or not _BULLET.match(text, line):
        return False
    after = text.find(";", pos, sentence.end)
    clause = text[text.rfind(";", claim.end, pos) + 1 : after if after > 0 else sentence.end]
    return _FINITE.search(clause) is None


def _clause_end(text: str, at: int, end: int) -> int:
    """Past "at a briefing in Kathmandu" after a speech verb."""
    m = _AFTER_SPEECH.match(text, at, end)
    return m.end() if m else at
_THAT = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?that\s")
