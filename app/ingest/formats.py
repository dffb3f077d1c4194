"""Which file types Sitrep reads, by extension, and the size limits that keep imports responsive."""

from __future__ import annotations

TEXT_EXTENSIONS = frozenset({".txt"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
PDF_EXTENSIONS = frozenset({".pdf"})
FEED_EXTENSIONS = frozenset({".rss", ".atom", ".xml"})

SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | PDF_EXTENSIONS | FEED_EXTENSIONS
)

# Plain text and Markdown articles are tiny; anything past this is a log or a data dump.
MAX_TEXT_BYTES = 10_000_000
# Saved web pages carry inline images and scripts; the pre-pass strips those cheaply.
MAX_HTML_BYTES = 64_000_000
# Markup left for trafilatura after the pre-pass. Dense markup costs it about 2 s per MB, so
# this caps one file at roughly 10 s; real article pages are well under 1 MB once stripped.
MAX_HTML_MARKUP_CHARS = 5_000_000
MAX_PDF_BYTES = 100_000_000
MAX_PDF_PAGES = 400
MAX_FEED_BYTES = 20_000_000


def describe_supported() -> str:
    """The supported extensions as a readable list for error messages."""
    return ", ".join(sorted(SUPPORTED_EXTENSIONS))
