"""Datelines that the plain dateline pattern misses: cities joined by a slash ("JOHANNESBURG/MAPUTO,
May 20 (Reuters) -") and the datelines that open each item of a round-up further down the page
("IDLIB, Syria, Sept 10 -"), and where every dateline city stands. A dateline tells where the reporter
is; alone it never sets a place.
Also the test of a word of nationality ("Russian strikes"), which no local name is."""

from __future__ import annotations

import re
from typing import Callable

from app.extract import place_patterns as pat

_CITY = r"[A-Z][A-Z'’ .-]{1,40}[A-Z]"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
# A line that opens with upper-case cities, then ", Country", and a date or an agency in brackets
_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*({_CITY}(?:\s*/\s*{_CITY})*)(?:,\s+[A-Z][\w .'’-]{{2,30}}?)?"
    rf"(?:,\s+{_MONTH}|\s*\([A-Z][\w .&-]{{1,30}}\)\s*[—–-])")
_SLASH = re.compile(r"\s*/\s*")
# A mixed-case dateline with its date before the agency: "Bamako, Mali, March 3, 2024 (AFP) -", and the
# Indian agencies' form with the state in brackets and no dash: "Nashik (Maharashtra), Aug 2 (PTI) Five …"
_DATED_AGENCY = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+[A-Z][\w .'’-]{2,30}?|\s+\(([A-Z][\w .'’-]{2,30})\))?"
    rf",\s+{_MONTH}{{0,1}}\d?(?:,\s+\d{{4}})?\s*\([A-Z][\w .&-]{{1,30}}\)\s*(?:[—–-]|(?=[A-Z]))")


# A mixed-case dateline with its date and a dash but no agency, one city or several joined by a slash:
# "Geneva/Nairobi, 6 February 2025 - Tropical Cyclone …", "Nairobi, March 3, 2025 – …"
_DATED_DASH = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*),\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[—–-]\s")


def spans(text: str) -> list[tuple[int, int]]:
    """Where each city of each such dateline stands."""
    out = []
    for m in _DATELINE.finditer(text):
        at = m.start(1)
        for name in _SLASH.split(m.group(1)):
            at = text.find(name, at)
            out.append((at, at + len(name)))
            at += len(name)
    for m in _DATED_AGENCY.finditer(text, 0, 600):
        out += [m.span(1)] + ([m.span(2)] if m.group(2) else [])  # "Nashik (Maharashtra)": both
    for m in _DATED_DASH.finditer(text, 0, 600):
        at = m.start(1)
        for name in _SLASH.split(m.group(1)):
            at = text.find(name, at)
            out.append((at, at + len(name)))
            at += len(name)
    return out


# How adjectives of nationality end ("Russian", "Sudanese", "Israeli", "Turkish", "Tajik")
_DEMONYM_ENDS = ("an", "ese", "i", "ish", "ik", "ek", "yz", "kh")  # … "Tajik", "Uzbek", "Kyrgyz", "Kazakh"


def nationality(name: str, demonym_country: Callable[[str], str]) -> bool:
    """One word that is an adjective of nationality ("Russian"): no place of its own."""
    return " " not in name and name.endswith(_DEMONYM_ENDS) and bool(demonym_country(name))


def city_spans(text: str) -> list[tuple[int, int]]:
    """Where the dateline city stands: "KHARTOUM, Sudan —", "— GENEVA, Friday", "Gaza (Reuters) —"."""
    head = text[:400]
    found = [m.span(1) for m in pat.DATELINE.finditer(head)]
    found += [m.span(1) for m in pat.AGENCY_DATELINE.finditer(head)]
    return found + spans(text)  # "JOHANNESBURG/MAPUTO,", a round-up's "IDLIB, Syria, Sept 10 -"
