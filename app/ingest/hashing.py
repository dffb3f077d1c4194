"""A fingerprint of an article's text that ignores how it happened to be spaced and saved."""

from __future__ import annotations

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    """sha256 hex of the text in NFC with all whitespace runs collapsed to single spaces."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
