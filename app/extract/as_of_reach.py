"""Which figures a mid-sentence "as of DATE" dates."""

from __future__ import annotations

from app.extract.dates import SentenceDates


def as_of_for(dates: SentenceDates, numbers, i, published):
    """A mid-sentence "as of DATE" dates only the figure right before it."""
    if dates.as_of is None:
        return published
    if dates.as_of_at is None:
        return dates.as_of
    m = numbers[i]
    nxt = numbers[i + 1].start if i + 1 < len(numbers) else None
    if m.end <= dates.as_of_at and (nxt is None or nxt > dates.as_of_at):
        return dates.as_of
    return dates.statement or published
