"""Splits cleaned text into sentences with character offsets, without breaking at "Gen." or "U.N."."""

from __future__ import annotations

import re
import string
from typing import NamedTuple

# The marks that open a list item: its first two characters ("- ", "• ")
LIST_BULLETS = ("- ", "• ", "* ", "– ", "— ")


ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr mr mrs ms dr prof st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vs etc approx est inc co corp ltd jr
    sr dept univ assn bros pres sec gen. fig al op ed pp govt insp supt det
    """.split()
)
# "Gen. Smith", "U.N. officials", "St. Petersburg": a period here ends no sentence.
# Written to start with one character class, which the regex engine scans for fast.
_BOUNDARY = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]))")
_WORD_CHARS = string.ascii_letters + "."
# A live page's time stamp opening an entry: "10:20 GMT Lebanon's health ministry says …" (the
# sentence is what follows it, its subject the ministry)
_ZONE = r"(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|IST|WAT|EAT|CAT|AST|MSK)"
_STAMP = re.compile(rf"\d{{1,2}}(?::\d{{2}}\s*{_ZONE}?|\.\d{{2}}\s*{_ZONE})\s+(?=[A-Z\"“‘'])")


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    index: int


_new_sentence = tuple.__new__  # builds a Sentence without the Python-level __new__ of a NamedTuple


_LONGEST = max(len(a.rstrip(".")) for a in ABBREVIATIONS)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    run = text[dot - _LONGEST - 1 : dot] if dot > _LONGEST else ""
    if run.isalpha() and run.isascii():
        return False  # a word longer than any abbreviation ends here ("statement."): most sentences
    before = text[max(0, dot - 20) : dot]
    if before.endswith("\n"):
        before = before[:-1]
    word = before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")  # the letters and dots before the dot
    if not word:
        return False
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    return "." in word and len(word) <= 6 and word.replace(".", "").isupper()  # "U.N", "U.S"


def _unstamped(body: str) -> str:
    """`body` without a live entry's opening time stamp."""
    stamp = _STAMP.match(body) if body and body[0].isdigit() else None
    return body[stamp.end() :] if stamp else body


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; a newline ends both a sentence and a paragraph."""
    sentences: list[Sentence] = []
    pos = 0
    paragraph = 0
    counted = 0  # newlines before this offset are in `paragraph`
    for match in _BOUNDARY.finditer(text):
        start = match.start()
        if text[start] == "\n":
            cut = start
        elif text.startswith("....", start):
            continue  # dot leaders in a list: "Eastern zone ........ 187,500"
        else:
            cut = match.end()
            if cut - start == 1 and _is_abbreviation(text, start):
                continue
        body = text[pos:cut].lstrip()
        body = _unstamped(body)
        if body:
            begin = cut - len(body)
            end = begin + len(body.rstrip())
            sentences.append(_new_sentence(Sentence, (begin, end, paragraph, len(sentences))))
        if cut >= counted:
            paragraph += text.count("\n", counted, cut + 1)
            counted = cut + 1
        pos = cut
    body = text[pos:].lstrip()
    body = _unstamped(body)
    if body:
        begin = len(text) - len(body)
        sentences.append(Sentence(begin, begin + len(body.rstrip()), paragraph, len(sentences)))
    return sentences
