"""The source line of a digest's item: "1) PHILIPPINES - Sulu: …" / "Source: Joint Task Force Orion
statement, 1 February" / the item's text. Its figures that name no source of their own are that
source's (the first one it lists)."""

from __future__ import annotations

import re

from app.extract.claim_spans import source_span

# "Source: X statement, 1 February", "Sources: TNI information centre; TPNPB statement": the first source
_SOURCE_LINE = re.compile(r"(?m)^Sources?:\s+([^;,\n]{2,80}?)\s*(?:[;,]|\n|$)")
# a document's kind and when it came out, after the body's name: "quarterly update, released Thursday"
_DOCUMENT_TAIL = re.compile(r"\s+(?:(?:daily|weekly|monthly|quarterly|annual|latest|joint|press|official)\s+)*"
                            r"(?:situation\s+|flash\s+|field\s+)?(?:statement|update|report|bulletin|release|briefing|post|posts|data|figures|sitrep|"
                            r"information\s+cent(?:re|er)|communiqu[eé])s?$", re.IGNORECASE)


_ACRONYM_AFTER = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)$")


def item_source(text: str, start: int) -> str | None:
    """The source a "Source:" line gives above `start` in its paragraph, or None."""
    blank = text.rfind("\n\n", 0, start)
    para = blank + 2 if blank >= 0 else 0
    if text.find("Source", para, start) < 0:
        return None
    m = None
    for m in _SOURCE_LINE.finditer(text, para, start):
        pass
    if m is None:
        return None
    name = _DOCUMENT_TAIL.sub("", m.group(1).strip())
    acronym = _ACRONYM_AFTER.search(name)  # "Task Force Bangon Marawi (TFBM)": TFBM
    if acronym is not None:
        return acronym.group(1)
    return source_span(name) if name and name[:1].isupper() else None
