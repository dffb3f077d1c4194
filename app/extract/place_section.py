"""The place a round-up's section heading names ("2. SUDAN: BARA"), for the figures under it that name
none, up to the next heading. A document counts as a round-up when its numbered, capitalised or
"Country: place" headings name places in two countries or more, or three places or more; a story's
single subhead does not place the paragraphs under it."""

from __future__ import annotations

import re
import string

from app.extract.place_mention import PlaceMention

# A heading: a short line of its own between blank lines, with no closing stop, opening on a letter or a
# section number ("3. SOMALIA: ADAN YABAAL")
_HEADING = re.compile(r"(?:\d{1,2}[.)]\s+)?[A-Za-z][^\n.!?:;,]*(?::\s+[^\n.!?]+)?(?=\n\n)")
# a section heading proper: numbered, or in capitals, or "Country: place"
_SECTION_FORM = re.compile(r"\d{1,2}[.)]\s|[A-Z][A-Z'’ -]{3,}(?:$|[:\n])|[A-Z][\w'’ -]{2,30}:\s", re.MULTILINE)
_UPPER_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*\b")
_cache: dict[int, tuple[str, list[tuple[int, PlaceMention | None]]]] = {}


def section_place(text: str, article, start: int) -> PlaceMention | None:
    """The place the nearest heading before `start` names (the last one it names, the most specific:
    "UKRAINE: SIVERSK" → Siversk), or None when that heading names none or there is no heading. The
    headline, the first line, is no section's heading."""
    if article is None:
        return None
    known = _cache.get(id(article))
    if known is None or known[0] is not text:
        if len(_cache) > 64:
            _cache.clear()
        known = _cache[id(article)] = (text, _headings(text, article))
    heading = None
    for at, place in known[1]:
        if at >= start:
            break
        heading = place
    if heading is not None and heading.surface.isupper():  # "2. BURKINA FASO: DJIBO" → Djibo
        heading = heading._replace(surface=string.capwords(heading.surface))
    return heading


def _headings(text: str, article) -> list[tuple[int, PlaceMention | None]]:
    first = text.find("\n")
    out = []
    at = text.find("\n\n", first) if first >= 0 else -1
    while at >= 0:  # a heading opens a paragraph: tried only where one starts
        m = _HEADING.match(text, at + 2)
        at = text.find("\n\n", at + 2)
        if m is None:
            continue
        line = m.group()
        if len(line) > 60 or len(line.split()) > 8:
            continue
        inside = [p for p in article.within(m.start(), m.end()) if not p.dateline]
        place = inside[-1] if inside else None
        # "ADAN YABAAL", a name the scan passed over in capitals: as the section writes it further on
        runs = [r.group() for r in _UPPER_RUN.finditer(line) if len(r.group()) > 3]
        if runs and (place is None or place.end < m.start() + line.rfind(runs[-1])):
            later = next((p for p in article.within(m.end(), m.end() + 1500)
                          if p.surface.upper() == runs[-1] and not p.dateline), None)
            place = later or place
        out.append((m.start(), place))
    # only a round-up's sections, each headed by its own place ("1. UKRAINE: SIVERSK", "2. SUDAN: BARA"):
    # a single heading with a place is a story's subhead, which a figure's own place outranks
    named = [(at, p) for at, p in out if p is not None and _SECTION_FORM.match(text, at)]
    if len({p.place.country for _at, p in named}) < 2 and len({p.surface.lower() for _at, p in named}) < 3:
        return []  # (or three sections or more, each its own place: "BENUE", "BORNO", "KADUNA")
    return out
