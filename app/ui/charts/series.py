"""What a chart draws: plain numpy arrays per line, independent of where the numbers came from.

`app.ui.analysis_adapter` turns the analysis layer's series into these; tests and the benchmark
build them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

NO_FIGURE = -1


def _floats(values, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    out = np.asarray(values, dtype=np.float64)
    if out.shape != (n,):
        raise ValueError(f"expected {n} values, got shape {out.shape}")
    return out


def to_seconds(dates) -> np.ndarray:
    """Dates (datetime64, datetime.date, or Unix seconds already) as float64 Unix seconds."""
    values = np.asarray(dates)
    if np.issubdtype(values.dtype, np.number):
        return values.astype(np.float64)
    return values.astype("datetime64[s]").astype(np.float64)


@dataclass(frozen=True, slots=True, eq=False)
class ChartSeries:
    """One line: x in Unix seconds (sorted), best value per point with its low-high band (NaN
    where unknown) and the figure id behind each point (NO_FIGURE for none)."""

    label: str
    x: np.ndarray
    best: np.ndarray
    low: np.ndarray
    high: np.ndarray
    ids: np.ndarray

    @classmethod
    def from_arrays(cls, label: str, dates, best, low=None, high=None,
                    ids=None) -> ChartSeries:
        """Validate and sort the arrays; points without a best value are dropped."""
        x = to_seconds(dates)
        n = len(x)
        best_ = _floats(best, n)
        low_, high_ = _floats(low, n), _floats(high, n)
        ids_ = (np.full(n, NO_FIGURE, dtype=np.int64) if ids is None
                else np.asarray(ids, dtype=np.int64))
        if ids_.shape != (n,):
            raise ValueError(f"expected {n} ids, got shape {ids_.shape}")
        keep = np.isfinite(x) & np.isfinite(best_)
        if not keep.all():
            x, best_, low_, high_, ids_ = (a[keep] for a in (x, best_, low_, high_, ids_))
        if n > 1 and np.any(np.diff(x) < 0):
            order = np.argsort(x, kind="stable")
            x, best_, low_, high_, ids_ = (a[order] for a in (x, best_, low_, high_, ids_))
        return cls(label, x, best_, low_, high_, ids_)

    def __len__(self) -> int:
        return len(self.x)

    @property
    def has_band(self) -> bool:
        """Whether any point has a low or high different from its best value."""
        return bool(np.any(np.isfinite(self.low) & (self.low != self.best))
                    or np.any(np.isfinite(self.high) & (self.high != self.best)))

    def band(self) -> tuple[np.ndarray, np.ndarray]:
        """Low and high with unknown bounds replaced by the best value, so the band is
        continuous."""
        low = np.where(np.isfinite(self.low), self.low, self.best)
        high = np.where(np.isfinite(self.high), self.high, self.best)
        return np.minimum(low, self.best), np.maximum(high, self.best)


@dataclass(frozen=True, slots=True)
class Indicator:
    """One panel of a small-multiples comparison: a title and its lines."""

    title: str
    series: Sequence[ChartSeries] = field(default_factory=tuple)
    unit: str = ""


@dataclass(frozen=True, slots=True)
class FigureNote:
    """What hovering a point shows: the figure as text and the sentence it came from."""

    figure_id: int
    text: str
    sentence: str = ""

    def tooltip(self, limit: int = 240) -> str:
        sentence = self.sentence.strip()
        if len(sentence) > limit:
            sentence = sentence[: limit - 1].rstrip() + "…"
        return f"{self.text}\n“{sentence}”" if sentence else self.text
