"""Splits cleaned text into sentences with character offsets, without breaking at "Gen." or "U.N."."""

from __future__ import annotations

import re
from typing import NamedTuple


ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr mr mrs ms dr prof st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vs etc approx est inc co corp ltd jr
    sr dept univ assn bros pres sec gen. fig al op ed pp govt insp supt det
    """.split()
)
# "Gen. Smith", "U.N. officials", "St. Petersburg": a period here ends no sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_PARAGRAPH = re.compile(r"\n")


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    index: int


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    return "." in word and len(word) <= 6 and word.replace(".", "").isupper()  # "U.N", "U.S"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; a newline ends both a sentence and a paragraph."""
    cuts: list[tuple[int, bool]] = []
    for match in _BOUNDARY.finditer(text):
        if match.group() == "\n":
            cuts.append((match.start(), True))
        elif not _is_abbreviation(text, match.start()) or match.end() - match.start() > 1:
            cuts.append((match.end(), False))
    paragraph_breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    sentences: list[Sentence] = []
    pos = 0
    paragraph = 0
    next_break = 0
    for cut, _newline in cuts + [(len(text), True)]:
        _append(text, pos, cut, paragraph, sentences)
        pos = cut
        while next_break < len(paragraph_breaks) and paragraph_breaks[next_break] < pos + 1:
            next_break += 1
            paragraph += 1
    return sentences


def _append(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))
