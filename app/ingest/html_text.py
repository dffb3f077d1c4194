"""Element trees to reading text: one paragraph per block, table rows as "cell | cell" lines.

Works on parsed HTML (for fragments and fallbacks) and on trafilatura's XML body, which uses
its own tag names (head, list, item, row, cell, lb).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    blocks: frozenset[str]
    rows: frozenset[str]
    cells: frozenset[str]
    line_breaks: frozenset[str]
    skip: frozenset[str]


HTML_TAGS = _Vocabulary(
    blocks=frozenset(
        "p div section article main header footer h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
        "blockquote pre figure figcaption table thead tbody tfoot caption address hr".split()
    ),
    rows=frozenset({"tr"}),
    cells=frozenset({"td", "th"}),
    line_breaks=frozenset({"br"}),
    skip=frozenset(
        "script style noscript template svg nav form button select textarea iframe object "
        "head title meta link".split()
    ),
)
TRAFILATURA_TAGS = _Vocabulary(
    blocks=frozenset({"p", "head", "list", "item", "quote", "code", "table", "div", "note"}),
    rows=frozenset({"row"}),
    cells=frozenset({"cell"}),
    line_breaks=frozenset({"lb"}),
    skip=frozenset({"graphic"}),
)


class _Collector:
    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = []
        self.lines: list[str] = []
        self.words: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.words.append(text)

    def end_line(self) -> None:
        line = " ".join("".join(self.words).split())
        self.words.clear()
        if line:
            self.lines.append(line)

    def end_paragraph(self) -> None:
        self.end_line()
        if self.lines:
            self.paragraphs.append(self.lines)
            self.lines = []

    def text(self) -> str:
        self.end_paragraph()
        return "\n\n".join("\n".join(lines) for lines in self.paragraphs)


def element_text(root: etree._Element, vocabulary: _Vocabulary = HTML_TAGS) -> str:
    """The reading text under `root`, paragraphs separated by blank lines."""
    collector = _Collector()
    _walk(root, vocabulary, collector)
    return collector.text()


def _walk(element: etree._Element, vocabulary: _Vocabulary, out: _Collector) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if not tag or tag in vocabulary.skip:
        return  # comments, processing instructions and skipped elements; the caller adds tails
    if tag in vocabulary.line_breaks:
        out.end_line()
        return
    is_block = tag in vocabulary.blocks
    is_row = tag in vocabulary.rows
    if is_block:
        out.end_paragraph()
    elif is_row:
        out.end_line()
    out.add(element.text)
    first_cell = True
    for child in element:
        child_tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if is_row and child_tag in vocabulary.cells:
            if not first_cell:
                out.add(" | ")
            first_cell = False
        _walk(child, vocabulary, out)
        out.add(child.tail)
    if is_block:
        out.end_paragraph()
    elif is_row:
        out.end_line()


def fragment_text(html: str) -> str:
    """Reading text of an HTML fragment (a feed entry's content)."""
    if not html.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(html.split())
    return element_text(root)
