"""Lists in an article: a bulleted line, a plain line that is an item of a list written without
bullets, and the line above the items that introduces them ("Its latest figures showed:"), whose
source and dates the items take (figure_claims.list_intro, row_context)."""

from __future__ import annotations

import re

from app.extract.article_state import ArticleState
from app.extract.sentences import LIST_BULLETS

_DIGIT = re.compile(r"\d")


def bulleted(art: ArticleState, k: int) -> bool:
    return art.text[art.sentences[k].start : art.sentences[k].start + 2] in LIST_BULLETS


def plain_item(art: ArticleState, k: int) -> bool:
    """A short line of its own with a figure and no full stop, not ending in a colon: an item of a
    list written without bullets ("2 June, off Godoria: 9 dead, 14 missing"); or a line that opens on
    its count and ends with one ("86,500 people displaced in Rubkona County, including 31,200 children.")."""
    s, text = art.sentences[k], art.text
    if s.start and text[s.start - 1] != "\n" or s.end - s.start > 244:
        return False
    line = text[s.start : s.end].rstrip()  # (a longer line opens on its label: "Quang Ngai: 8 dead, 5 of them …")
    return 0 < len(line) <= (240 if LABELLED.match(line) or line[:1].isdigit() else 100) and \
        (s.end >= len(text) or text[s.end - 1] == "\n" or text[s.end : s.end + 1] in ("\n", "")) and \
        (line[-1:] not in ".:!?\"”" or line[-1] == "." and line[0].isdigit() and ". " not in line) and \
        _DIGIT.search(line) is not None


# a line that opens on its label: "Quang Ngai: 8 dead, …", "Kon Tum: 3 dead" (figure_places reads its place)
LABELLED = re.compile(r"[A-Z][^:\n.;,]{1,40}:\s")


def noted_heading(art: ArticleState, k: int) -> bool:
    """A heading that gives its box's source in brackets: "KEY FIGURES (Source: NDMA, 2 May)"."""
    s = art.sentences[k]
    return any(w in art.text[s.start : s.end] for w in ("ource:", "OURCE:", "ata:"))


def above_items(art: ArticleState, index: int, item) -> int | None:
    """The sentence above the items (`item` tells one) that sentence `index` ends, at most 30 back: a
    list's introducing line or a box's noted heading; None at the text's top or further up."""
    k = index - 1
    while k >= 0 and item(art, k) and not noted_heading(art, k):
        k -= 1
    return None if k < 0 or index - k > 30 else k


# a box's heading that dates its items in brackets: "KEY FIGURES (cumulative since 12 July 2025, as of 4 September)"
_DATED_BOX = re.compile(r"[A-Z][^\n.:()]{2,40}\([^()\n]*\b(?:since|as\s+of|as\s+at)\s[^()\n]*\)")


def intro_of_item(art: ArticleState, index: int) -> int | None:
    """The sentence that introduces, with a colon, the list whose item sentence `index` is (a
    bulleted line, or a plain one: "86,500 people displaced in X."), else None."""
    item = bulleted if bulleted(art, index) else plain_item if plain_item(art, index) else None
    k = above_items(art, index, item) if item is not None else None
    if k is None:
        return None
    line = art.text[art.sentences[k].start : art.sentences[k].end].rstrip()
    return k if line.endswith(":") or _DATED_BOX.fullmatch(line) else None
