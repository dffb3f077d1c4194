"""News outlets named like places: "told The Irrawaddy", "the Kathmandu Post", "the Elgon Times",
an agency in a dateline's brackets ("ADEN, April 13 (Saba) -"), wherever the article names it again, or
named as one ("the IRNA news agency")."""

from __future__ import annotations

import re

# "(Saba) -", "(Xinhua) —": the agency a dateline credits
_DATELINE_AGENCY_AFTER = re.compile(r"\)\s*(?:[-–—]|--)")
# "carried by the state news agency IRNA", "the official news agency Petra"
_AGENCY_BEFORE = re.compile(r"\bnews\s+agency\s+$", re.IGNORECASE)
# "the official IRNA news agency", "Saba news agency", "Petra news agency"
_AGENCY_AFTER = re.compile(r"\s+(?:state\s+)?news\s+agency\b|['’]s\s+news\s+agency\b", re.IGNORECASE)

# Last words of a newspaper's name
_PAPER_WORDS = ("Times", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Journal", "Observer", "Telegraph",
                "Courier", "Voice", "News", "Radio", "TV", "FM", "Standard", "Guardian", "Express",
                "Mirror")  # … or a broadcaster's: "told Sankera Voice", "Kigali Today TV"

# A brand's first word, with a capital inside it, then more words: "FactLens Iraq", "NewsWatch Kenya"
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+ ")


def _dateline_agency(text: str, name: str) -> bool:
    """`name` is the agency the article's dateline credits in brackets: "VIENTIANE, Aug. 19 (Xinhua) --"."""
    at = text.find(f"({name})", 0, 600)
    return at >= 0 and _DATELINE_AGENCY_AFTER.match(text, at + len(name) + 1) is not None


def outlet(text: str, start: int, end: int, lookup) -> bool:
    """The capitalised run text[start:end] names a news outlet: it ends with a newspaper's word, or
    it opens with a capital "The" inside a sentence ("which The Irrawaddy could not verify") and the
    gazetteer knows neither the whole nor a country after "The" ("The Hague", "The Gambia" are places)."""
    if text.endswith(_PAPER_WORDS, start, end) and " " in text[start:end]:
        return True
    if start and text[start - 1] == "(" and _DATELINE_AGENCY_AFTER.match(text, end) or \
            text.startswith(" news", end) and _AGENCY_AFTER.match(text, end) or \
            text.endswith("agency ", max(0, start - 7), start) and _AGENCY_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _BRAND.match(text, start, end) and not lookup(text[start:end]) and \
            not lookup(text[start : text.find(" ", start, end)]):
        return True  # "told FactLens Iraq": a brand's inner capital, not "KwaZulu-Natal"
    if _dateline_agency(text, text[start:end]):
        return True  # "(Xinhua) -- …" and later "provincial police told Xinhua"
    if not text.startswith("The ", start) or start < 2:
        return False
    j = start - 1
    while j > 0 and text[j] in " \t":
        j -= 1
    return (text[j].islower() or text[j] == ",") and not lookup(text[start:end]) and \
        not any(p.kind == "country" for p in lookup(text[start + 4 : end]))  # "fled to The Gambia"
