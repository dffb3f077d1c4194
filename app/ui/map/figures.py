"""Figures for the map as numpy arrays, and the situation at a date: the latest figure per place.

Plain numpy (no Qt), so the play-over-time logic is tested directly. The map dock draws what
`MapFigures.snapshot(day)` returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from app.store.figure_query import FigureRow

Locate = Callable[[FigureRow], "tuple[float, float] | None"]
EPOCH = dt.date(1970, 1, 1)


def day_number(date: dt.date) -> int:
    return (date - EPOCH).days


def day_date(day: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(day))


def _codes(values: list[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Integer codes per value, ignoring case ("KHARKIV" is Kharkiv), with each code's first
    spelling."""
    index: dict[str, int] = {}
    names: list[str] = []
    codes = []
    for value in values:
        key = value.casefold()
        if key not in index:
            index[key] = len(names)
            names.append(value)
        codes.append(index[key])
    return np.array(codes, dtype=np.int64), tuple(names)


@dataclass(frozen=True, slots=True)
class MapSnapshot:
    """One circle per place and measure: where, how big a value, which measure, and the
    figures behind it (newest first)."""

    lat: np.ndarray
    lon: np.ndarray
    value: np.ndarray
    measure: np.ndarray
    place: np.ndarray
    day: np.ndarray
    members: tuple[np.ndarray, ...]

    def __len__(self) -> int:
        return len(self.lat)


@dataclass(frozen=True, slots=True, eq=False)
class MapFigures:
    """Dated, placed figures: id, position, value, measure and place codes, as-of day number."""

    ids: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    value: np.ndarray
    measure: np.ndarray
    place: np.ndarray
    day: np.ndarray
    measures: tuple[str, ...]
    places: tuple[str, ...]
    texts: dict[int, str] = field(default_factory=dict)
    _order: np.ndarray = field(init=False, repr=False)
    _keys: np.ndarray = field(init=False, repr=False)
    _span: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        group = self.place * max(len(self.measures), 1) + self.measure
        order = np.lexsort((self.ids, self.value, self.day, group))
        span = int(self.day.max() - self.day.min()) + 2 if len(self) else 1
        keys = group[order] * span + (self.day[order] - (self.day.min() if len(self) else 0))
        object.__setattr__(self, "_order", order)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_span", span)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_rows(cls, rows: Iterable[FigureRow], locate: Locate | None = None,
                  describe: Callable[[FigureRow], str] | None = None) -> MapFigures:
        """Rows with a value, an as-of date and a position (their own lat/lon, else `locate`);
        the others cannot be drawn and are left out."""
        kept: list[tuple[FigureRow, float, float, float]] = []
        for row in rows:
            value = row.value if row.value is not None else row.high or row.low
            if value is None or row.as_of is None:
                continue
            where = (row.lat, row.lon) if row.lat is not None and row.lon is not None else None
            if where is None and locate is not None:
                where = locate(row)
            if where is None:
                continue
            kept.append((row, float(value), float(where[0]), float(where[1])))
        measure, measures = _codes([r.measure for r, *_ in kept])
        place, places = _codes([(r.place or r.country or "?").strip() for r, *_ in kept])
        texts = {r.id: describe(r) for r, *_ in kept} if describe else {}
        return cls(
            ids=np.array([r.id for r, *_ in kept], dtype=np.int64),
            lat=np.array([k[2] for k in kept], dtype=np.float64),
            lon=np.array([k[3] for k in kept], dtype=np.float64),
            value=np.array([k[1] for k in kept], dtype=np.float64),
            measure=measure, place=place,
            day=np.array([day_number(r.as_of) for r, *_ in kept], dtype=np.int64),
            measures=measures, places=places, texts=texts,
        )

    @classmethod
    def empty(cls) -> MapFigures:
        none_i, none_f = np.empty(0, dtype=np.int64), np.empty(0)
        return cls(none_i, none_f, none_f, none_f, none_i, none_i, none_i, (), ())

    def day_range(self) -> tuple[int, int] | None:
        return (int(self.day.min()), int(self.day.max())) if len(self) else None

    def snapshot(self, day: int | None = None) -> MapSnapshot:
        """The latest figure per place and measure with as-of <= day (all dates when None).
        On the latest date a place has several figures, the circle shows the largest."""
        if not len(self):
            return MapSnapshot(*(np.empty(0),) * 6, members=())
        if day is None:
            day = int(self.day.max())
        key_groups = self._keys // self._span
        starts = np.flatnonzero(np.r_[True, key_groups[1:] != key_groups[:-1]])
        groups = key_groups[starts]
        offset = min(max(day - int(self.day.min()), -1), self._span - 1)
        last = np.searchsorted(self._keys, groups * self._span + offset, side="right") - 1
        live = last >= starts
        starts, last = starts[live], last[live]
        picked = self._order[last]
        members = tuple(self._order[s:e + 1][::-1] for s, e in zip(starts, last))
        return MapSnapshot(
            lat=self.lat[picked], lon=self.lon[picked], value=self.value[picked],
            measure=self.measure[picked], place=self.place[picked], day=self.day[picked],
            members=tuple(self.ids[m] for m in members),
        )

    def describe(self, figure_id: int) -> str:
        """Popup text for a figure: the caller's description, else value, measure, place, date."""
        if figure_id in self.texts:
            return self.texts[figure_id]
        i = int(np.flatnonzero(self.ids == figure_id)[0])
        return (f"{self.value[i]:,.0f} {self.measures[self.measure[i]]} · "
                f"{self.places[self.place[i]]} · {day_date(self.day[i]).isoformat()}")


def circle_sizes(values: np.ndarray, largest, smallest_px: float = 8.0,
                 largest_px: float = 48.0) -> np.ndarray:
    """Diameters in pixels so that a circle's area grows with its value (square-root scale);
    `largest` (one number, or one per value) gets the biggest circle."""
    values = np.clip(np.asarray(values, dtype=np.float64), 0, None)
    largest = np.broadcast_to(np.asarray(largest, dtype=np.float64), values.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(largest > 0, np.sqrt(values / largest), 0.0)
    return smallest_px + (largest_px - smallest_px) * np.clip(share, 0, 1)
