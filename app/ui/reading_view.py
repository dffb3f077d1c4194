"""The reading view: one article set for reading, in a centred serif column of ~75 characters."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QResizeEvent, QTextFrameFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import Document, RemovedSpan

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


def render_document_html(
    document: Document, show_removed: bool = False, muted: str = "#888"
) -> str:
    """The article as HTML for QTextBrowser: headline, byline, paragraphs, removed text greyed."""
    body: list[str] = []
    text = document.text
    spans = sorted(document.removed, key=lambda s: s.position) if show_removed else []
    cursor = _after_repeated_headline(text, document.title)
    for span in spans:
        position = _line_boundary(text, max(cursor, min(span.position, len(text))))
        body.extend(f"<p>{html.escape(p)}</p>" for p in _paragraphs(text[cursor:position]))
        body.append(_removed_html(span))
        cursor = position
    body.extend(f"<p>{html.escape(p)}</p>" for p in _paragraphs(text[cursor:]))
    link = ""
    if document.url:
        url = html.escape(document.url, quote=True)
        link = f'<p class="source"><a href="{url}">{html.escape(document.url)}</a></p>'
    style = f"""
        p.headline {{ font-size: 17pt; font-weight: 700; margin-bottom: 6px; line-height: 120%; }}
        p {{ margin-top: 0; margin-bottom: 0.8em; line-height: 145%; }}
        p.byline {{ color: {muted}; font-size: 10.5pt; margin-bottom: 1.4em; }}
        p.source {{ font-size: 10pt; margin-top: 1.6em; }}
        p.removed {{ color: {muted}; font-style: italic; font-size: 11pt; }}
        span.reason {{ font-style: normal; font-size: 9.5pt; font-variant: small-caps; }}
    """
    return (
        f"<html><head><style>{style}</style></head><body>"
        f'<p class="headline">{html.escape(document.title)}</p>'
        f'<p class="byline">{byline(document)}</p>' + "".join(body) + link + "</body></html>"
    )


class ReadingView(QTextBrowser):
    """Shows the selected article; keeps a readable line length however wide the window is."""

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
        self.show_placeholder("Select an article in the library to read it here.")

    @property
    def current_document(self) -> Document | None:
        return self._document

    @property
    def show_removed(self) -> bool:
        return self._show_removed

    def set_show_removed(self, show: bool) -> None:
        if show != self._show_removed:
            self._show_removed = show
            self._render()

    def show_document(self, document: Document | None) -> None:
        self._document = document
        if document is None:
            self.show_placeholder("Select an article in the library to read it here.")
        else:
            self._render()
            self.verticalScrollBar().setValue(0)

    def show_placeholder(self, message: str) -> None:
        self._document = None
        style = f"color: {self._muted_colour()}; margin-top: 3em"
        self.setHtml(f'<p style="{style}" align="center">{html.escape(message)}</p>')
        self._apply_measure()

    def _render(self) -> None:
        if self._document is None:
            return
        self.setHtml(render_document_html(self._document, self._show_removed, self._muted_colour()))
        self._apply_measure()

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
