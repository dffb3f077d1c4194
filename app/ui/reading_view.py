"""The reading view: one article set for reading, in a centred serif column of ~75 characters."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QCursor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import Document, RemovedSpan
from app.ui.figure_marks import FigureMark, mark_at, mark_selections
from app.ui.figure_prefill import number_span
from app.ui.text_map import TextMap, paragraph_spans

MEASURE_CHARS = 75
MIN_SIDE_MARGIN = 28
SERIF_FAMILIES = [
    "DejaVu Serif",
    "Georgia",
    "Cambria",
    "Liberation Serif",
    "Times New Roman",
    "serif",
]
REASON_LABELS = {
    "duplicate": "repeated line",
    "junk": "page junk",
    "blurb": "newsletter / donation blurb",
    "boilerplate": "page boilerplate",
}


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _removed_html(span: RemovedSpan) -> str:
    label = REASON_LABELS.get(span.reason, span.reason)
    body = "<br/>".join(html.escape(p) for p in _paragraphs(span.text)) or html.escape(span.text)
    return (
        f'<p class="removed"><span class="reason">removed · {html.escape(label)}</span><br/>'
        f"{body}</p>"
    )


def _line_boundary(text: str, position: int) -> int:
    """Move a position inside a line to the line's end: removed text never splits a paragraph."""
    if position == 0 or position >= len(text) or text[position - 1] == "\n":
        return position
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _after_repeated_headline(text: str, title: str) -> int:
    """Where the body starts: past a first line that only repeats the headline shown above it."""
    stripped = text.lstrip()
    first_line = stripped.split("\n", 1)[0]
    if first_line.strip().rstrip(".").casefold() != title.strip().rstrip(".").casefold():
        return 0
    return len(text) - len(stripped) + len(first_line)


def byline(document: Document) -> str:
    """'Publisher · 14 March 2024' with '(date inferred)' when the date came from the text."""
    parts = []
    if document.publisher:
        parts.append(html.escape(document.publisher))
    if document.published is not None:
        day = document.published
        date = f"{day:%A}, {day.day} {day:%B %Y}"
        parts.append(f"{date} <i>(date inferred)</i>" if document.published_inferred else date)
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    """The HTML of an article and where its text is: paragraphs and a hidden headline line."""

    html: str
    paragraphs: list[tuple[int, str]]
    headline: tuple[int, str] | None


def layout_document(document: Document, show_removed: bool = False,
                    muted: str = "#888") -> RenderedArticle:
    """The article as HTML for QTextBrowser (headline, byline, paragraphs, removed text greyed),
    with the stored-text offset of every paragraph shown."""
    body: list[str] = []
    text = document.text
    spans = sorted(document.removed, key=lambda s: s.position) if show_removed else []
    cursor = _after_repeated_headline(text, document.title)
    headline = paragraph_spans(text, 0, cursor)[:1] if cursor else []
    shown: list[tuple[int, str]] = []

    def add_paragraphs(end: int) -> None:
        pieces = paragraph_spans(text, cursor, end)
        shown.extend(pieces)
        body.extend(f"<p>{html.escape(p)}</p>" for _offset, p in pieces)

    for span in spans:
        position = _line_boundary(text, max(cursor, min(span.position, len(text))))
        add_paragraphs(position)
        body.append(_removed_html(span))
        cursor = position
    add_paragraphs(len(text))
    link = ""
    if document.url:
        url = html.escape(document.url, quote=True)
        link = f'<p class="source"><a href="{url}">{html.escape(document.url)}</a></p>'
    style = f"""
        p.headline {{ font-size: 17pt; font-weight: 700; margin-bottom: 6px; line-height: 120%; }}
        p {{ margin-top: 0; margin-bottom: 0.8em; line-height: 145%; white-space: pre-wrap; }}
        p.byline {{ color: {muted}; font-size: 10.5pt; margin-bottom: 1.4em; }}
        p.source {{ font-size: 10pt; margin-top: 1.6em; }}
        p.removed {{ color: {muted}; font-style: italic; font-size: 11pt; }}
        span.reason {{ font-style: normal; font-size: 9.5pt; font-variant: small-caps; }}
    """
    markup = (
        f"<html><head><style>{style}</style></head><body>"
        f'<p class="headline">{html.escape(document.title)}</p>'
        f'<p class="byline">{byline(document)}</p>' + "".join(body) + link + "</body></html>"
    )
    return RenderedArticle(markup, shown, headline[0] if headline else None)


def render_document_html(
    document: Document, show_removed: bool = False, muted: str = "#888"
) -> str:
    """The article as HTML for QTextBrowser: headline, byline, paragraphs, removed text greyed."""
    return layout_document(document, show_removed, muted).html


class ReadingView(QTextBrowser):
    """Shows the selected article; keeps a readable line length however wide the window is.

    Figures of the article are marked in the text; clicking one emits `figureClicked(id)`, and the
    context menu on a number no figure covers offers "Add figure here…" (`addFigureRequested`).
    """

    figureClicked = Signal(int)
    addFigureRequested = Signal(int, int)  # start, end in the stored text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName("Article text")
        self.setOpenExternalLinks(True)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(11.5)
        self.document().setDefaultFont(font)
        self._document: Document | None = None
        self._show_removed = False
        self._map: TextMap | None = None
        self._marks: list[FigureMark] = []
        self._current_figure: int | None = None
        self._cursor_off_mark: QCursor | None = None  # the pointer to restore off a mark
        self.show_placeholder("Select an article in the library to read it here.")

    @property
    def current_document(self) -> Document | None:
        return self._document

    @property
    def show_removed(self) -> bool:
        return self._show_removed

    @property
    def text_map(self) -> TextMap | None:
        return self._map

    @property
    def marks(self) -> list[FigureMark]:
        return list(self._marks)

    @property
    def current_figure(self) -> int | None:
        return self._current_figure

    def set_show_removed(self, show: bool) -> None:
        if show != self._show_removed:
            self._show_removed = show
            self._render()

    def show_document(self, document: Document | None) -> None:
        self._document = document
        self._marks = []
        self._current_figure = None
        if document is None:
            self.show_placeholder("Select an article in the library to read it here.")
        else:
            self._render()
            self.verticalScrollBar().setValue(0)

    def show_placeholder(self, message: str) -> None:
        self._document = None
        self._map = None
        self._marks = []
        self._current_figure = None
        self.setExtraSelections([])
        style = f"color: {self._muted_colour()}; margin-top: 3em"
        self.setHtml(f'<p style="{style}" align="center">{html.escape(message)}</p>')
        self._apply_measure()

    def _render(self) -> None:
        if self._document is None:
            return
        rendered = layout_document(self._document, self._show_removed, self._muted_colour())
        self.setHtml(rendered.html)
        self._apply_measure()
        self._map = TextMap(self.document(), rendered.paragraphs, rendered.headline)
        self._paint_marks()

    # Figures in the text ------------------------------------------------------------------------

    def set_figure_marks(self, marks: list[FigureMark], current: int | None = None) -> None:
        self._marks = list(marks)
        self._current_figure = current
        self._paint_marks()

    def set_current_figure(self, figure_id: int | None, scroll: bool = True) -> None:
        """Highlight one figure's evidence and shade its sentence; bring it into view."""
        self._current_figure = figure_id
        self._paint_marks()
        mark = next((m for m in self._marks if m.figure_id == figure_id), None)
        if scroll and mark is not None:
            self.scroll_to_offset(mark.start)

    def _paint_marks(self) -> None:
        if self._map is None or self._document is None:
            self.setExtraSelections([])
            return
        self.setExtraSelections(mark_selections(
            self.document(), self._map, self._document.text, self._marks, self._current_figure))

    def document_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the stored-text span [start, end) is in the shown document."""
        return self._map.span(start, end) if self._map is not None else None

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so a stored-text offset shows, a third down the view, unless already visible."""
        position = self._map.to_document(offset) if self._map is not None else None
        if position is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if rect.top() >= 0 and rect.bottom() <= viewport.height():
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    def source_offset_at(self, point: QPoint) -> int | None:
        """The stored-text offset of the character under a viewport point, if it is article text."""
        if self._map is None:
            return None
        shifted = QPointF(point) + QPointF(self.horizontalScrollBar().value(),
                                            self.verticalScrollBar().value())
        position = self.document().documentLayout().hitTest(
            shifted, Qt.HitTestAccuracy.ExactHit)
        return None if position < 0 else self._map.to_source(position)

    def add_figure_candidate(self, offset: int | None = None) -> tuple[int, int] | None:
        """A number at the text selection (or at `offset`) that no figure covers yet."""
        if self._map is None or self._document is None:
            return None
        cursor = self.textCursor()
        start = end = offset
        if cursor.hasSelection():
            first = self._map.to_source(cursor.selectionStart())
            last = self._map.to_source(cursor.selectionEnd())
            if first is not None and last is not None and (
                    offset is None or first <= offset <= last):
                start, end = first, last
        if start is None:
            start = end = self._map.to_source(cursor.position())
        if start is None:
            return None
        span = number_span(self._document.text, start, end)
        if span is None or any(m.start < span[1] and span[0] < m.end for m in self._marks):
            return None
        return span

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.source_offset_at(event.position().toPoint())
        mark = mark_at(self._marks, offset) if offset is not None else None
        if mark is not None:
            self.figureClicked.emit(mark.figure_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self.source_offset_at(event.position().toPoint())
        over = offset is not None and mark_at(self._marks, offset) is not None
        if over and self._cursor_off_mark is None:
            self._cursor_off_mark = self.viewport().cursor()
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif not over and self._cursor_off_mark is not None:
            self.viewport().setCursor(self._cursor_off_mark)
            self._cursor_off_mark = None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        offset = self.source_offset_at(event.pos())
        mark = mark_at(self._marks, offset) if offset is not None else None
        first = menu.actions()[0] if menu.actions() else None
        if mark is not None:
            select = QAction(f"Select Figure {mark.figure_id}", menu)
            select.triggered.connect(lambda: self.figureClicked.emit(mark.figure_id))
            menu.insertAction(first, select)
            menu.insertSeparator(first)
        else:
            span = self.add_figure_candidate(offset)
            if span is not None:
                add = QAction("Add Figure Here…", menu)
                add.setObjectName("actionAddFigureHere")
                add.triggered.connect(lambda: self.addFigureRequested.emit(*span))
                menu.insertAction(first, add)
                menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _muted_colour(self) -> str:
        """Halfway between text and background: readable, yet clearly secondary."""
        text = self.palette().color(QPalette.ColorRole.Text)
        base = self.palette().color(QPalette.ColorRole.Base)
        mixed = [
            round(0.55 * a + 0.45 * b)
            for a, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)
        ]
        return "#{:02x}{:02x}{:02x}".format(*mixed)

    def _apply_measure(self) -> None:
        """Centre a column of about MEASURE_CHARS characters with the root frame's side margins."""
        metrics = QFontMetricsF(self.document().defaultFont())
        measure = metrics.averageCharWidth() * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - measure) / 2)
        root = self.document().rootFrame()
        frame: QTextFrameFormat = root.frameFormat()
        if abs(frame.leftMargin() - side) < 1 and frame.topMargin() == 24:
            return
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(24)
        frame.setBottomMargin(32)
        root.setFrameFormat(frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_measure()

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        metrics = QFontMetricsF(self.document().defaultFont())
        hint.setWidth(int(metrics.averageCharWidth() * MEASURE_CHARS + 2 * MIN_SIDE_MARGIN))
        return hint
