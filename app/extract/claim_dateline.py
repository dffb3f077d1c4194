"""The body a dateline credits: "BANGUI, 22 November 2024 (OCHA) - …" is OCHA's own update, so its
"we estimate" outside quotes is OCHA's; a news agency's credit (AFP, Reuters) is no such body."""

from __future__ import annotations

import re
from functools import lru_cache

# "BANGUI, 22 November 2024 (OCHA) -", "GENEVA (UNHCR) –": a place in capitals, a date, the credit
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{1,30},?\s+(?:[^\n()]{0,30}?\s+)?\(([A-Z][A-Za-z]{1,9})\)\s+[-–—]")
NEWS_AGENCIES = frozenset("AFP AP Reuters UPI Xinhua IANS PTI ANI dpa DPA EFE ANSA TASS AA APA IRNA Anadolu "
                          "Bernama Kyodo Yonhap BBC CNN UNB RIA Lusa KUNA WAM SPA MENA ANTARA Antara PNA".split())


@lru_cache(maxsize=64)
def dateline_body(head: str) -> str | None:
    """The body credited in the dateline among the first lines `head` of a text, unless a news agency."""
    m = _DATELINE.search(head)
    return m.group(1) if m and m.group(1) not in NEWS_AGENCIES else None
