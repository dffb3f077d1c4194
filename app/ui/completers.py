"""Suggestions while typing a place or a claimant, asked for by prefix and bounded in size.

Places come from the project's own figures and from the offline gazetteer index (a bounded range
query on its name key, never a list of all names); claimants from the project's figures.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

MAX_SUGGESTIONS = 12
MAX_NAME_KEYS = 400


@dataclass(frozen=True, slots=True)
class PlaceSuggestion:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0

    @property
    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name

    def fields(self) -> dict[str, object]:
        """The figure fields choosing this place sets."""
        return {"place": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


def gazetteer_index_path() -> Path | None:
    """The gazetteer index if it was already built; the GUI never builds it on its own thread."""
    try:
        from app.extract.gazetteer import existing_index
    except ImportError:  # pragma: no cover - the extraction package is always there in practice
        return None
    return existing_index()


def _normalise(name: str) -> str:
    from app.extract.gazetteer import normalise_name

    return normalise_name(name)


class PlaceLookup:
    """Place names starting with a prefix, best known first; exact look-up for typed names."""

    def __init__(self, index_path: Path | None = None,
                 project_places: Callable[[], list[str]] | None = None) -> None:
        self._path = index_path if index_path is not None else gazetteer_index_path()
        self._con: sqlite3.Connection | None = None
        self._project_places = project_places
        self._known: list[str] | None = None

    def _connection(self) -> sqlite3.Connection | None:
        if self._con is None and self._path is not None:
            try:
                self._con = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
            except sqlite3.Error:
                self._path = None
        return self._con

    def forget_project_places(self) -> None:
        self._known = None

    def _places_in_project(self) -> list[str]:
        if self._known is None:
            self._known = self._project_places() if self._project_places else []
        return self._known

    def suggest(self, prefix: str, limit: int = MAX_SUGGESTIONS) -> list[PlaceSuggestion]:
        prefix = prefix.strip()
        if not prefix:
            return []
        folded = prefix.casefold()
        found: list[PlaceSuggestion] = [
            PlaceSuggestion(name) for name in self._places_in_project()
            if name.casefold().startswith(folded)
        ][: limit // 2]
        for place in self._gazetteer_prefix(prefix, limit * 3):
            if len(found) >= limit:
                break
            name = place.name.casefold()
            bare = next((i for i, s in enumerate(found)
                         if s.country is None and s.name.casefold() == name), None)
            if bare is not None:
                found[bare] = place  # the project's own spelling, with coordinates
            elif all((s.name.casefold(), s.country) != (name, place.country) for s in found):
                found.append(place)
        return found

    def resolve(self, name: str, prefer_country: str | None = None) -> PlaceSuggestion | None:
        """The gazetteer entry for a typed name: same country first, then the most populous."""
        matches = self._gazetteer_prefix(name, 40, exact=True)
        if not matches:
            return None
        matches.sort(key=lambda p: (p.country != prefer_country, -p.population))
        best = matches[0]
        return PlaceSuggestion(name.strip(), best.country, best.lat, best.lon, best.population)

    def _gazetteer_prefix(self, prefix: str, limit: int, exact: bool = False) -> list[PlaceSuggestion]:
        con = self._connection()
        key = _normalise(prefix) if con is not None else ""
        if not key:
            return []
        try:
            if exact:
                rows = con.execute("SELECT gids FROM name WHERE key = ?", (key,)).fetchall()
            else:
                rows = con.execute(
                    "SELECT gids FROM name WHERE key >= ? AND key < ? ORDER BY key LIMIT ?",
                    (key, key + "\U0010ffff", MAX_NAME_KEYS),
                ).fetchall()
            gids = list(dict.fromkeys(int(g) for (ids,) in rows for g in ids.split(",")))[:3000]
            if not gids:
                return []
            marks = ",".join("?" * len(gids))
            places = con.execute(
                f"SELECT name, country, lat, lon, population FROM place WHERE gid IN ({marks})",
                gids,
            ).fetchall()
        except sqlite3.Error:
            return []
        # Places whose own name starts with what was typed come before alternate-name matches.
        places.sort(key=lambda row: (not _normalise(row[0]).startswith(key), -(row[4] or 0)))
        return [PlaceSuggestion(*row) for row in places[:limit]]


class SuggestionCompleter(QCompleter):
    """A completer whose list is asked for afresh, by prefix, as the user types."""

    PayloadRole = Qt.ItemDataRole.UserRole + 1
    chosen = Signal(object)  # the payload of the suggestion the user picked

    def __init__(self, edit: QLineEdit, provider: Callable[[str], list[tuple[str, str, object]]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self._provider = provider
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(MAX_SUGGESTIONS)
        edit.setCompleter(self)
        edit.textEdited.connect(self.update_for)
        self.activated[QModelIndex].connect(self._on_activated)

    def update_for(self, text: str) -> None:
        self._items.clear()
        for label, insert, payload in self._provider(text):
            item = QStandardItem(label)
            item.setData(insert, Qt.ItemDataRole.EditRole)
            item.setData(label, Qt.ItemDataRole.DisplayRole)
            item.setData(payload, self.PayloadRole)
            self._items.appendRow(item)
        if self._items.rowCount() and text.strip():
            self.complete()
        else:
            popup = self.popup()
            if popup is not None:
                popup.hide()

    def _on_activated(self, index: QModelIndex) -> None:
        self.chosen.emit(index.data(self.PayloadRole))


def place_completer(edit: QLineEdit, lookup: PlaceLookup) -> SuggestionCompleter:
    return SuggestionCompleter(
        edit, lambda text: [(p.label, p.name, p) for p in lookup.suggest(text)]
    )


def claimant_completer(edit: QLineEdit, claimants: Callable[[], list[str]]) -> SuggestionCompleter:
    def provide(text: str) -> list[tuple[str, str, object]]:
        folded = text.strip().casefold()
        if not folded:
            return []
        values = claimants()
        starts = [v for v in values if v.casefold().startswith(folded)]
        inside = [v for v in values if folded in v.casefold() and v not in starts]
        return [(v, v, v) for v in (starts + inside)[:MAX_SUGGESTIONS]]

    return SuggestionCompleter(edit, provide)
