"""Readings around a measure word that need more than its place: a share set off by commas, a
clause that says the people need aid or were rescued (no measure), a phrasal verb split by its
object ("taken 38 residents out"), a toll crossing a mark, and how well a word before the number
names what it counts."""

from __future__ import annotations

import re

from app.extract.groups import acts, words_between
from app.extract.measure_terms import SentenceTerms
from app.extract.tokens import Term, TermList

_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|,?\s*and)\s*$", re.IGNORECASE)
_CLAIM_AFTER = re.compile(r"\s+(?:said|says|say|told|reported|added|stated)\b", re.IGNORECASE)
_OF_HEAD = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def aside_share(text: str, share: re.Match[str], term_start: int) -> tuple[int, int] | None:
    """The span of a share set off by commas before the measure ("23,000 people, most of them
    Syrians who had lived there for years, had crossed"), or None when the measure is the share's."""
    if not text[max(0, share.start() - 2):share.start()].rstrip().endswith(","):
        return None
    comma = text.find(",", share.end(), term_start)
    if comma < 0:
        return None
    return share.start(), comma


_NUMBER_NEXT = re.compile(r"\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|at\s+least\s+)?\d")


def no_measure(text: str, terms: SentenceTerms, num_end: int, after_end: int, best: Term | None) -> bool:
    """The number's own clause says they need aid or were rescued ("60 migrants were rescued"): no figure."""
    if terms.article is None:
        return False
    need = terms.article.no_measure.first(num_end, after_end)
    if need is None or words_between(text, num_end, need.start) > 6:
        return False
    if " and " in text[num_end : need.start] and _NUMBER_NEXT.match(text, need.end):
        return False  # "recovered the bodies of six people and rescued 41 survivors": the 41 were rescued
    if need.phrase.startswith(_ESCAPES) and _RECAPTURED.match(text, need.end, min(len(text), need.end + 90)) and \
            not _OF_THE_N.search(text, max(0, num_end - 24), num_end):  # "37 of the 529 who broke out were recaptured"
        return False  # the recaptured are captured (not the "529" of "37 of the 529")
    if best is not None and best.key == "captured" and need.phrase.startswith(_ESCAPES) and \
            words_between(text, best.end, need.start) <= 2:
        return True  # "4,000 prisoners broke out of the prison": jailbreak escapees are no figure
    return best is None or not num_end <= best.start < need.start


# "taken 38 bedridden residents out of the town": a phrasal verb split by its object (evacuated)
_TAKEN_OUT = re.compile(r"\b(taken|took|take|takes|taking|brought|bring|brings|bringing|got|get|gets|getting|"
                        r"moved|moving|carried|ferried|bused|bussed|flown|flew)\s+(?:[\w'’-]+\s+){0,3}?\d[\d,.]*"
                        r"(?:\s+[\w'’-]+){0,5}?\s+$", re.IGNORECASE)


def split_out(text: str, term: Term, who: TermList) -> Term | None:
    verb = _TAKEN_OUT.search(text, max(0, term.start - 90), term.start)
    if verb is None or not who.any_within(verb.end(1), term.start):
        return None  # people must be taken out: not "took 3 photographs out of the archive"
    return Term(verb.start(1), verb.end(1), "evacuated", verb.group(1).lower() + " out")


CROSSED = frozenset({"has crossed", "have crossed", "had crossed"})
_MARK_AFTER = re.compile(r"\s+(?:the\s+)?(?:\d|mark\b|threshold\b)")


def crossing_a_mark(text: str, measures: list[Term], k: int) -> bool:
    """"The number of dead has crossed 2,000": the verb of a toll named just before, not a border
    crossing."""
    term = measures[k]
    if term.phrase not in CROSSED or not k or not _MARK_AFTER.match(text, term.end):
        return False
    subject = measures[k - 1]
    return subject.key != "refugees" and words_between(text, subject.end, term.start) <= 2


_OF_THE_N, _RECAPTURED = re.compile(r"\bof\s+the\s+[\d,]+$"), re.compile(r"[^.;]*?\b(?:recaptured|re-?arrested|back\s+in\s+custody)\b")
_ESCAPES = ("broke out", "broken out", "escaped", "jailbreak", "prison break")


def before_score(text: str, term: Term, num_start: int, dist: int) -> float:
    """How well a measure word `dist` words before the number names what the number counts."""
    score = 0.97 - (0.05 if dist <= 8 else 0.02) * min(dist, 8) - 0.02 * max(0, dist - 8)
    if _CLAIM_AFTER.match(text, term.end, num_start):
        score -= 0.1  # "the agency for Sudanese refugees said 14 …": the word names the source
    if _LIST_SEPARATOR.fullmatch(text, term.end, num_start):
        return score - 0.1  # "846 homicides, 393 people wounded": the word closes the item before
    if dist == 0 and acts(term):
        return 1.02  # "rebels executed 8 prisoners": the verb says what happened to them
    if _OF_HEAD.fullmatch(text, term.end, num_start) and not acts(term):
        return 1.1  # "the bodies of 1,137 Syrians who had died": the head noun
    return score


# The people a group's act befell, right after its verb: a count, or a group named without one
_OBJECT_AFTER = re.compile(r"\s+(?:(?:at\s+least|about|some|around|nearly|more\s+than|over|up\s+to)\s+)?"
                           r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
                           r"scores|hundreds|thousands)\b|(?:[a-z-]+\s+)?(?:civilians|villagers|worshippers|residents|"
                           r"passengers|soldiers|troops|policemen|police\s+officers|children|people|students|farmers)\b)",
                           re.IGNORECASE)
# An agent noun between the number and the verb: "two suicide bombers", "three gunmen", "30 fighters"
_AGENT_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:bombers?|gunm[ae]n|attackers|assailants|militants|fighters|"
                         r"insurgents|rebels|jihadists|bandits|raiders|drones|jets|aircraft|missiles|rockets|shells|"
                         r"strikes|airstrikes|air\s+strikes|explosions|blasts|bombs)\s*$", re.IGNORECASE)


def the_actors(text: str, term: Term, num_end: int) -> bool:
    """ "Two female suicide bombers killed 12 people", "three drones killed five civilians": the number
    counts who or what acted, its verb active with its own object right after it."""
    return term.phrase in ("killed", "wounded", "injured", "abducted", "kidnapped", "displaced") and \
        _AGENT_NOUN.fullmatch(text, num_end, term.start) is not None and _OBJECT_AFTER.match(text, term.end) is not None


_CAPTIVES = frozenset(("prisoners", "prisoners of war", "pows", "captives", "detainees", "hostages"))
_RELEASES = frozenset(("handed over", "hands over", "handing over", "freed", "released", "exchanged", "swapped", "returned", "brought back",
                       "brought home", "bring home", "brings home", "bringing home", "set free", "swap", "release"))


def released_wounded(text: str, terms: SentenceTerms, num_start: int, num_end: int, best: Term) -> Term | None:
    """ "hands over 15 wounded Russian prisoners": captives set free, hurt or not; the captive noun
    right after the adjective, when a release comes before the number. "handed over 40 bodies",
    "handing over thousands of bodies": the dead, not captives."""
    if best.key == "captured" and best.end <= num_start and best.phrase.lower() in _RELEASES:
        return next((t for t in terms.measures if t.key == "bodies" and t.start >= num_end and
                     words_between(text, num_end, t.start) <= 2), None)
    if best.key != "injured" or best.start < num_end or words_between(text, num_end, best.start) > 1:
        return None
    noun = next((t for t in terms.measures if t.start >= best.end and t.phrase.lower() in _CAPTIVES and
                 words_between(text, best.end, t.start) <= 2), None)
    if noun is None or not any(t.end <= num_start and t.phrase.lower() in _RELEASES and
                               words_between(text, t.end, num_start) <= 3 for t in terms.measures):
        return None
    return noun
