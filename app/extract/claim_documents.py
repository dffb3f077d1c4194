"""Sources named by their documents rather than by a verb of speech: "Turkey's toll …",
"NDMA provincial figures:", "Figures supplied by the agency:"."""

from __future__ import annotations

import re

from app.extract.claim_after import np_after
from app.extract.claim_names import Claim
from app.extract.claim_spans import EVENT_HEADS, source_span

_POSSESSIVE_SOURCE = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.-]*)['’]s\s+(?:latest\s+|own\s+|new\s+|official\s+|"
    r"daily\s+|evening\s+|morning\s+|midday\s+|afternoon\s+|weekly\s+)?(?:figures|data|tally|tallies|breakdown|count|estimate|estimates|"
    r"report|statistics|numbers|toll|bulletin|update)\b"
)
# "The home ministry's latest figure stands at 95": a body written in lower case owns the figure
_BODY_POSSESSIVE = re.compile(
    r"\b([Tt]he\s+(?:[a-z]+\s+){0,2}(?:ministry|agency|authority|department|office|commission|council|army|"
    r"police|government))['’]s\s+(?:latest\s+|own\s+|new\s+|official\s+|daily\s+|updated\s+)?"
    r"(?:figure|figures|data|tally|count|estimate|toll|numbers)\b")
# "(?<!\w.)" after the first capital is "\b" before it; opening with a capital lets the engine skip ahead
_ACRONYM_SOURCE = re.compile(r"([A-Z](?<!\w.)[A-Z]{1,7})\s+(?:(?:latest|own|new|official|daily|weekly|"
                             r"provincial|regional|national|preliminary|updated)\s+)*(?:figures|data|tally|"
                             r"tallies|breakdown|count|estimates|statistics|numbers)\b")
# "The health ministry, which …, gives a slightly higher count of more than 330": the subject's figure
_GIVES_COUNT = re.compile(r"\b(?:gives|gave|has\s+given|had\s+given)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?"
                          r"(?:count|toll|figure|tally|estimate|number)\s+of\b")
_SUPPLIED_BY = re.compile(r"\b(?:(?:figures|data|statistics|numbers|estimates)\s+(?:supplied|provided|released|"
                          r"published|compiled|issued|gathered)|(?:figure|toll|count|tally)\s+given|"
                          r"\bas\s+(?:compiled|collected|gathered|recorded|verified|furnished|provided|supplied))\s+by\b",
                          re.IGNORECASE)  # "from five, the figure given by police"; "…, as compiled by OCHA"


def _event_name(text: str, name: str) -> bool:
    """ "Orla's toll", given "Hurricane Orla" somewhere: a storm's or an operation's toll is a
    topic, not a source."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text):
        if m.group(1).lower() in EVENT_HEADS or m.group(1) in ("Operation", "Tropical"):
            return True
    return False


def document_claims(finder, text: str, start: int, end: int, out: list[Claim], people, previous,
                    memo) -> list[Claim]:
    """Claims of the sentence [start, end) made through a document, given the claims `out`
    its verbs made."""
    found: list[Claim] = []
    # "Turkey's toll has climbed to 8,574, officials in Ankara said": a said-claim outranks the owner
    has_possessive = not out and (text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0)
    for m in _POSSESSIVE_SOURCE.finditer(text, start, end) if has_possessive else ():
        src = m.group(1)
        src = src[4:] if src.startswith(("The ", "the ")) and len(src.split()) > 1 else src  # "The NDRRMC's midday report"
        if not src.split()[0] in finder.not_names and not _event_name(text, src):
            found.append(Claim(m.start(), m.end(), src))
    for m in _BODY_POSSESSIVE.finditer(text, start, end) if has_possessive and not found else ():
        found.append(Claim(m.start(), m.end(), "the" + m.group(1)[3:]))
    seg = text[start:end]  # the nouns _ACRONYM_SOURCE needs, tested one by one: cheaper than a generator
    acronym_noun = "figures" in seg or "data" in seg or "tall" in seg or "breakdown" in seg or "count" in seg \
        or "estimates" in seg or "statistics" in seg or "numbers" in seg
    for m in _ACRONYM_SOURCE.finditer(text, start, end) if acronym_noun else ():  # "NDMA provincial figures:"
        if not any(c.start <= m.start() < c.end for c in out + found):
            found.append(Claim(m.start(), m.end(), m.group(1)))
    supplied = not out and not found and "by" in seg.lower()
    for m in _SUPPLIED_BY.finditer(text, start, end) if supplied else ():  # "Figures supplied by the agency:"
        np = np_after(finder, text, m.end(), end)
        np = source_span(np) if np else np  # "OCHA from partner reports": OCHA
        if np and finder.plausible(np):
            found.append(Claim(m.start(), m.end(), finder.resolve(np, text, m.start(), people, previous, memo)))
    gives = not out and not found and ("give" in seg or "gave" in seg)
    for m in _GIVES_COUNT.finditer(text, start, end) if gives else ():
        np = finder._np_before(text, start, m.start(), False)
        if np:
            found.append(Claim(m.start(), m.end(), finder.resolve(np, text, m.start(), people, previous, memo)))
    return found
