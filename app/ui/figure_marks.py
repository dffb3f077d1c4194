"""How figures look in the article text: every figure tinted by its review status, the current
one's sentence shaded and its evidence strongly highlighted (QTextEdit extra selections)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from app.ui.text_map import TextMap

# Translucent, so they read on light and dark backgrounds alike.
MARK_COLOURS = {
    "unreviewed": QColor(255, 160, 0, 70),
    "confirmed": QColor(46, 160, 67, 60),
    "edited": QColor(30, 110, 220, 55),
    "rejected": QColor(128, 128, 128, 55),
}
UNDERLINE_COLOURS = {
    "unreviewed": QColor("#e65100"),
    "confirmed": QColor("#2e7d32"),
    "edited": QColor("#1565c0"),
    "rejected": QColor("#9e9e9e"),
}
CURRENT_COLOUR = QColor(255, 200, 40)
SENTENCE_COLOUR = QColor(255, 225, 120, 60)


@dataclass(frozen=True, slots=True)
class FigureMark:
    """Where a figure's evidence is in the stored text, and its review status."""

    figure_id: int
    start: int
    end: int
    status: str
    sentence: str = ""


def _selection(document: QTextDocument, span: tuple[int, int],
               char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(document)
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char_format
    return selection


def sentence_bounds(text: str, mark: FigureMark) -> tuple[int, int]:
    """The figure's sentence in the stored text (found near the evidence), else the evidence."""
    sentence = mark.sentence.strip()
    if sentence:
        at = text.find(sentence, max(0, mark.end - len(sentence)))
        while 0 <= at <= mark.start:
            if at + len(sentence) >= mark.end:
                return at, at + len(sentence)
            at = text.find(sentence, at + 1)
    return mark.start, mark.end


def mark_selections(document: QTextDocument, text_map: TextMap, text: str,
                    marks: Sequence[FigureMark],
                    current: int | None) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for the marks: the sentence first, so the evidence paints over it."""
    selections = []
    current_mark = next((m for m in marks if m.figure_id == current), None)
    if current_mark is not None:
        span = text_map.span(*sentence_bounds(text, current_mark))
        if span is not None:
            shade = QTextCharFormat()
            shade.setBackground(SENTENCE_COLOUR)
            selections.append(_selection(document, span, shade))
    for mark in sorted(marks, key=lambda m: m is current_mark):  # the current one paints last
        span = text_map.span(mark.start, mark.end)
        if span is None:
            continue
        char_format = QTextCharFormat()
        if mark is current_mark:
            char_format.setBackground(CURRENT_COLOUR)
            char_format.setForeground(QColor("black"))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QColor("black"))
        else:
            char_format.setBackground(MARK_COLOURS.get(mark.status, MARK_COLOURS["unreviewed"]))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(UNDERLINE_COLOURS.get(mark.status, QColor("#e65100")))
        char_format.setToolTip(f"Figure {mark.figure_id} · {mark.status} — click to select it")
        char_format.setProperty(QTextCharFormat.Property.UserProperty, mark.figure_id)
        selections.append(_selection(document, span, char_format))
    return selections


def mark_at(marks: Sequence[FigureMark], offset: int) -> FigureMark | None:
    """The figure whose evidence covers a stored-text offset (the shortest, if nested)."""
    hits = [m for m in marks if m.start <= offset < m.end]
    return min(hits, key=lambda m: m.end - m.start) if hits else None
