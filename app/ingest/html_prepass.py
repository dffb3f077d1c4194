"""A linear-time pass over raw HTML that drops what never holds article text.

Saved pages can be tens of megabytes of inline scripts, styles, SVG icons and base64 images;
removing them with plain string scanning first keeps the HTML parser and trafilatura fast.
JSON-LD blocks are kept (when small) because they carry the article's metadata.
"""

from __future__ import annotations

import re

_HEAVY_TAGS = (
    "script", "style", "svg", "noscript", "template", "iframe", "object", "math", "canvas",
)
_OPENER = re.compile(rf"<({'|'.join(_HEAVY_TAGS)})\b[^>]*>|<!--", re.IGNORECASE)
_CLOSERS = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _HEAVY_TAGS}
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
_DATA_URI = re.compile(r"data:[a-z]+/[-+.\w]+(?:;[-\w]+=[-\w.]+)*(?:;base64)?,[^\"'\s)>]*", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.IGNORECASE)
_MARKUP = re.compile(
    r"<(html|head|body|p|div|article|main|section|span|br|h[1-6]|title|meta|table|a|ul|li)\b",
    re.IGNORECASE,
)

MAX_JSON_LD_CHARS = 200_000


def strip_heavy_markup(html: str) -> str:
    """Remove scripts (except JSON-LD), styles, SVG, embeds, comments and data: URIs."""
    html = _XML_DECLARATION.sub("", html, count=1)
    pieces: list[str] = []
    position = 0
    while True:
        match = _OPENER.search(html, position)
        if match is None:
            pieces.append(html[position:])
            break
        pieces.append(html[position : match.start()])
        if match.group(0) == "<!--":
            close = html.find("-->", match.end())
            position = len(html) if close < 0 else close + 3
            continue
        if match.group(0).endswith("/>"):
            position = match.end()
            continue
        tag = match.group(1).lower()
        close_match = _CLOSERS[tag].search(html, match.end())
        end = len(html) if close_match is None else close_match.end()
        if (
            tag == "script"
            and _JSON_LD.search(match.group(0))
            and end - match.start() <= MAX_JSON_LD_CHARS
        ):
            pieces.append(html[match.start() : end])
        position = end
    return _DATA_URI.sub("", "".join(pieces))


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in a <meta> tag within its first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    return match.group(1).decode("ascii", "ignore") or None


def looks_like_markup(text: str) -> bool:
    """True when the text has real HTML tags, not just the odd "<" in prose."""
    return _MARKUP.search(text[:200_000]) is not None
