"""The country of a place the gazetteer lacks, from its own sentence: "five Cambodian civilians were
killed in Oddar Meanchey province" in a story datelined in Thailand puts the province in Cambodia.
The nationality word or owning country ("Thailand's") nearest the place in its sentence decides; none leaves the
article's main country."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract.place_countries import _demonyms

_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
# A country written as an owner: "Thailand's defence ministry" (a bare name may be where people came
# from: "survivors from Syria and Eritrea were taken to X")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=['’]s\b)")
_WINDOW = 300
# After a nationality word: a noun of the people it describes ("Cambodian civilians"), not a name
# ("Malini Jayasekara") nor the attacker's arms ("Israeli troops opened fire on X", "a Thai strike on X")
ARMS = (r"(?:troops|forces|army|military|air\s*force|navy|strikes?|airstrikes?|air\s+strikes?|"
        r"shells?|shelling|fire|drones?|missiles?|rockets?|jets|warplanes|aircraft|attacks?|raids?|"
        r"artillery|tanks?|gunboats?|bombs?|bombing|bombardment|offensive|incursion)\b")
_NOUN_AFTER = re.compile(rf"\s+(?!{ARMS})[a-z]")


# A nationality before people who crossed a border ("Sudanese refugees arrived in X"): where they came from
_CROSSED = re.compile(r"\s+(?:refugees?|migrants?|returnees?|asylum[\s-]seekers?|exiles?)\b")
# Where people crossed to: "crossing into South Sudan", "fled to neighbouring Chad"
_INTO = re.compile(r"\b(?:into|to|in)\s+(?:neighbou?ring\s+|the\s+)?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")


def _crossed_into(text: str, begin: int, start: int, is_country, country_code) -> str:
    """The country the paragraph says people crossed into, last named before `start`."""
    para = text.rfind("\n", 0, begin) + 1
    codes = [country_code(m.group(1)) for m in _INTO.finditer(text, max(para, start - 2 * _WINDOW), start)
             if is_country(m.group(1))]
    return codes[-1] if codes else ""


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    begin = lo
    for m in _END.finditer(text, lo, start):
        begin = m.end()
    stop = _END.search(text, end, min(len(text), end + _WINDOW))
    return begin, stop.start() if stop else min(len(text), end + _WINDOW)


def sentence_country(text: str, start: int, end: int, nationality: Callable[[str], str],
                     is_country: Callable[[str], bool], country_code: Callable[[str], str]) -> str:
    """The code of the country named nearest `text[start:end]` in its sentence, else ""."""
    begin, stop = sentence_span(text, start, end)
    found: list[tuple[int, str]] = []
    sentence = text[begin:stop]
    crossed = ""
    for compass, word in _demonyms(sentence):
        at = sentence.find(word)
        if is_country(word) or not _NOUN_AFTER.match(sentence, at + len(word)):
            continue  # "Afghanistan" has the form of an adjective
        if _CROSSED.match(sentence, at + len(word)):
            crossed = crossed or _crossed_into(text, begin, start, is_country, country_code) or "-"
            continue  # "Sudanese refugees arrived in X": X is not in Sudan
        code = (nationality(f"{compass} {word}") if compass else "") or nationality(word)
        if code:
            found.append((begin + at, code))
    for m in _NAME.finditer(sentence):
        at = begin + m.start()
        if start <= at < end or not is_country(m.group()):
            continue
        code = country_code(m.group())
        if code:
            found.append((at, code))
    if not found:
        return crossed.strip("-")
    return min(found, key=lambda f: abs(f[0] - start))[1]
