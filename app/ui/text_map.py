"""Offsets in an article's stored text ↔ positions in the reading view's QTextDocument.

The view shows the text as paragraphs (stripped lines), may replace a first line that repeats the
headline by the headline itself, and inserts removed text and a byline; figure offsets index the
stored text. The map is built by matching each shown paragraph to its block, so it stays right
whatever HTML the view renders. Positions count UTF-16 units, as Qt does.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument

# The characters str.splitlines() breaks on; a paragraph is a maximal run of anything else.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(offset, paragraph) for each non-blank line of text[start:end], as the view shows them."""
    spans = []
    for match in _LINE.finditer(text, start, len(text) if end is None else end):
        line = match.group()
        stripped = line.strip()
        if stripped:
            spans.append((match.start() + len(line) - len(line.lstrip()), stripped))
    return spans


def _utf16_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class _Piece:
    source: int  # offset of the paragraph in the stored text
    text: str
    block: int  # position of its block in the QTextDocument
    wide: bool  # holds characters outside the BMP (two UTF-16 units each)

    def to_document(self, offset: int) -> int:
        inside = min(max(offset - self.source, 0), len(self.text))
        return self.block + (_utf16_length(self.text[:inside]) if self.wide else inside)

    def to_source(self, position: int) -> int:
        units = position - self.block
        if not self.wide:
            return self.source + min(max(units, 0), len(self.text))
        count = 0
        for index, char in enumerate(self.text):
            if count >= units:
                return self.source + index
            count += 2 if ord(char) > 0xFFFF else 1
        return self.source + len(self.text)


class TextMap:
    """Maps [start, end) spans of the stored text to QTextDocument positions and back."""

    def __init__(self, document: QTextDocument, paragraphs: list[tuple[int, str]],
                 headline: tuple[int, str] | None = None) -> None:
        self._pieces: list[_Piece] = []
        block = document.begin()
        wanted = ([headline] if headline else []) + paragraphs
        for source, text in wanted:
            probe = block
            while probe.isValid() and not _same(probe.text(), text, headline is not None
                                                 and source == headline[0]):
                probe = probe.next()
            if not probe.isValid():
                continue  # not shown (should not happen); keep matching the rest
            wide = not text.isascii() and any(ord(c) > 0xFFFF for c in text)
            self._pieces.append(_Piece(source, text, probe.position(), wide))
            block = probe.next()
        self._pieces.sort(key=lambda p: p.source)
        self._sources = [p.source for p in self._pieces]
        self._blocks = sorted((p.block, i) for i, p in enumerate(self._pieces))

    def __bool__(self) -> bool:
        return bool(self._pieces)

    def to_document(self, offset: int, is_end: bool = False) -> int | None:
        """The document position of a stored-text offset; in a gap between paragraphs, the start
        of the next one (or, for the end of a span, the end of the previous one)."""
        if not self._pieces:
            return None
        index = bisect.bisect_right(self._sources, offset) - 1
        if index >= 0:
            piece = self._pieces[index]
            if offset <= piece.source + len(piece.text):
                if is_end and offset == piece.source and index > 0:
                    previous = self._pieces[index - 1]
                    return previous.to_document(previous.source + len(previous.text))
                return piece.to_document(offset)
            if is_end:
                return piece.to_document(piece.source + len(piece.text))
        following = self._pieces[index + 1] if index + 1 < len(self._pieces) else None
        return following.block if following is not None else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        first = self.to_document(start)
        last = self.to_document(end, is_end=True)
        if first is None or last is None or last <= first:
            return None
        return first, last

    def to_source(self, position: int) -> int | None:
        """The stored-text offset shown at a document position; None outside the article text."""
        index = bisect.bisect_right(self._blocks, (position, len(self._pieces))) - 1
        if index < 0:
            return None
        piece = self._pieces[self._blocks[index][1]]
        if position > piece.block + _utf16_length(piece.text):
            return None
        return piece.to_source(position)


def _same(shown: str, text: str, is_headline: bool) -> bool:
    if shown == text:
        return True
    # The headline block shows the title, which may differ from the line in case or final stop.
    return is_headline and shown.casefold().rstrip(".") == text.casefold().rstrip(".")
