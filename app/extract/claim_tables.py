"""The source of a table or list whose introducing line names no verb, only a document's owner:
"DoDMA's district breakdown, as of 6pm:", "The bulletin's breakdown by province:", "Displacement by
location (partners' estimates, as of 25 March):"; or whose line ends on a body's name in brackets:
"Newly displaced people by territory, 3–20 February 2025 (Protection Cluster):"."""

from __future__ import annotations

import re

from app.extract.claim_names import Claim
from app.extract.claim_spans import source_span

# The line opens on "<owner>'s [up to three words] <document>": the owner speaks for the rows
_OWNED_DOCUMENT = re.compile(
    r"\s*((?:[Tt]he\s+)?[A-Z][^\s'’,:;(]*(?:\s+[^\s'’,:;(]+){0,5}?)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:breakdown|record|records|figures|data|tally|tallies|list|bulletin|report|update|table|count|counts|"
    r"statistics|numbers|estimates|summary|toll|log|tables?|overview)\b")
# … or names the owner in brackets: "Displacement by location (partners' estimates, as of 25 March):"
_BRACKETED_OWNER = re.compile(r"\(((?:[Tt]he\s+)?[\w][^\s'’,:;()]*(?:\s+[^\s'’,:;()]+){0,4}?)['’]s?\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:estimates|figures|data|counts?|tally|tallies|records|numbers)\b")
# … or is the bracketed name that closes the line: "…, 3–20 February 2025 (Protection Cluster):"
_BRACKETED_NAME = re.compile(r"\(((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,5})\)\s*:\s*$")
# … or after "from": "Weekly tolls on the Cape Flats, from SAPS incident summaries:"
_FROM_OWNER = re.compile(r"\bfrom\s+((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,4})['’]?s?\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}?(?:summaries|figures|data|records|reports?|counts?|tallies|"
                         r"statistics|estimates|bulletins?|logs)\b")
_DOCUMENT_ENDINGS = ("bulletin", "report", "statement", "update", "dashboard", "assessment", "tally", "count",
                     "figures", "data", "breakdown", "record", "records")


def table_owner(finder, text: str, start: int, end: int, people, previous) -> list[Claim]:
    """ "IOM's record of earlier shipwrecks:" → IOM; "The bulletin's breakdown:" → whoever issued
    the bulletin. Only for a line that ends in a colon, as a table's or list's introduction does."""
    if not text[start:end].rstrip().endswith(":"):
        return []
    line = text.rfind("\n", 0, start) + 1
    if start - 160 < line < start:  # "The DMC's breakdown, as of 6 p.m. Wednesday:" cut at "p.m."
        start = line
    m = _OWNED_DOCUMENT.match(text, start, end) or _BRACKETED_OWNER.search(text, start, end) or \
        _FROM_OWNER.search(text, start, end)
    if m is None:
        return []
    owner = m.group(1)
    if owner.split()[0] in finder.not_names and not owner.lower().startswith("the "):
        return []
    claimant = finder.resolve(owner, text, m.start(1), people, previous)
    for _ in range(2):  # "The bulletin" → "The ministry's daily bulletin" → the ministry's name
        if not claimant or not claimant.endswith(_DOCUMENT_ENDINGS):
            break
        span = source_span(claimant)
        if span == claimant:
            break
        claimant = finder.resolve(span, text, m.start(1), people, previous) or span
    return [Claim(m.start(1), m.end(1), claimant)] if claimant else []


def bracketed_body(org_words: set[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The body named in brackets at the end of a table's introducing line ("…, 3–20 February 2025
    (Protection Cluster):"), group 1; not a bracketed word that names no body ("(Households):")."""
    m = _BRACKETED_NAME.search(text, start, end) if text.find("):", start, end) > 0 else None
    return m if m is not None and any(w in org_words for w in m.group(1).split()) else None


def heading_body(text: str, line: str) -> str | None:
    """The body a capitalised heading over a box of items names, as the text writes it elsewhere:
    "LEBANON'S HEALTH MINISTRY" → "Lebanon's Health Ministry", "ISRAELI MILITARY" → "the Israeli
    military"; None for a heading the text never writes as a name ("DISPLACEMENT")."""
    if not line.isupper() or len(line.split()) > 6 or not line[:1].isalpha():
        return None
    for m in re.finditer(r"(?<![\w'’])" + re.escape(line) + r"(?![\w'’])", text, re.IGNORECASE):
        written = m.group()
        if not written.isupper() and written[:1].isupper() or written.islower() and \
                text[max(0, m.start() - 4) : m.start()].lower() == "the ":
            return ("the " + written) if written[:1].islower() else written
    return None


def owned_source(finder, np: str, text: str, pos: int, people, previous) -> str | None:
    """Who `np`, the subject of "gives the following figures", names: the body that owns a document
    ("The state ministry's weekly bulletin" → the ministry, as the article names it), else `np` resolved."""
    claimant = finder.resolve(np, text, pos, people, previous)
    span = source_span(claimant) if claimant else claimant
    return claimant if span == claimant else finder.resolve(span, text, pos, people, previous) or span


# A fact line whose source closes it in brackets: "Dead: at least 14, including nine police officers (Bannu
# police)", "Militants killed in the raid: 12 (ISPR; denied by the TTP)", "Dead: 143 (Interior Ministry, Tuesday)"
_FACT_LINE = re.compile(r"[\s*•·-]*[A-Z][^:\n]{0,80}:\s[^\n]*?\(([^()\n\d;,]{2,40}?)(?:[;,][^()\n]*)?\)[\s.]*$")
_SOURCE_HEADS = frozenset("police army military ministry officials authorities government".split())


def fact_line_source(org_words: set[str], text: str, start: int, end: int, is_place=None) -> str | None:
    """The source a fact line names in brackets at its end: an acronym ("ISPR"), a name with a body's
    word ("Interior Ministry"), a body in lower case ("Bannu police") or a one-word name that is no
    place ("Conare", not "Kabul"); None for other brackets."""
    if text[end - 1 : end] not in ")." or (m := _FACT_LINE.fullmatch(text, start, end)) is None:
        return None
    said = m.group(1).strip()
    words = said.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Za-z0-9]{1,11}", said) and not (is_place and is_place(said)) or \
            any(w in org_words for w in words) or words[-1] in _SOURCE_HEADS and len(words) <= 3:
        return said
    return None
