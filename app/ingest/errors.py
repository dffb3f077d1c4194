"""The one error the readers raise: its text is written for the user, naming the file."""

from __future__ import annotations

import os
from pathlib import Path


class IngestError(Exception):
    """A file could not be turned into an article; str() is a one-sentence message for a dialog."""

    def __init__(self, message: str, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.path = None if path is None else str(path)


def display_name(path: str | os.PathLike[str]) -> str:
    """The file name as the user knows it, quoted the way every message quotes it."""
    name = Path(path).name or str(path)
    return f"'{name}'"


def format_size(size: int) -> str:
    """Bytes as a short human figure ("12.3 MB", "512 KB") for size messages."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"
