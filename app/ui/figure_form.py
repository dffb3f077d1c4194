"""Every editable field of one figure in a compact grid; used by the side panel and the add dialog.

With `auto_commit` each field reports its new value when the user finishes with it (Enter, focus
out, a choice in a list), so the panel saves edits as they are made; otherwise `values()` is read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.store.figure_query import FigureRow
from app.ui.completers import PlaceLookup, PlaceSuggestion, claimant_completer, place_completer
from app.ui.models.figure_model import FigureTableModel
from app.ui.widgets import OptionalDateEdit

NUMBER_FIELDS = ("value", "low", "high", "lat", "lon")
TEXT_FIELDS = ("side", "claimant", "disputed_by", "place", "country")
DATE_FIELDS = ("as_of", "since")
# (label, field) pairs, two per grid row.
LAYOUT = (
    (("Value", "value"), ("Qualifier", "qualifier")),
    (("Low", "low"), ("High", "high")),
    (("Measure", "measure"), ("Who", "who")),
    (("Side", "side"), ("Hedged", "hedged")),
    (("Claimant", "claimant"), None),
    (("Disputed", "disputed_by"), None),
    (("Place", "place"), ("Country", "country")),
    (("Lat", "lat"), ("Lon", "lon")),
    (("As of", "as_of"), ("Since", "since")),
    (("Status", "status"), ("Part of", "parts_of")),
)


def parse_number(text: str) -> float | None:
    """'4,300' → 4300.0; '' → None; raises ValueError on anything else."""
    cleaned = text.replace(",", "").replace("\u202f", "").replace(" ", "").strip()
    return float(cleaned) if cleaned else None


def format_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{int(value):,}" if value == int(value) and abs(value) < 1e15 else str(value)
    return str(value)


class FigureForm(QWidget):
    """Editors for the fields FigureEditor accepts; emits `fieldsEdited({field: value})`."""

    fieldsEdited = Signal(dict)

    def __init__(self, places: PlaceLookup | None = None, claimants=None, auto_commit: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureForm")
        self._auto_commit = auto_commit
        self._loaded: dict[str, Any] = {}
        self._loading = False
        self.editors: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for row, pair in enumerate(LAYOUT):
            for slot, item in enumerate(pair):
                if item is None:
                    continue
                label_text, field = item
                editor = self._make_editor(field)
                label = QLabel(label_text)
                label.setBuddy(editor)
                span = 3 if pair[1] is None else 1
                grid.addWidget(label, row, slot * 2)
                grid.addWidget(editor, row, slot * 2 + 1, 1, span)
        if places is not None:
            completer = place_completer(self.editors["place"], places)
            completer.chosen.connect(self._place_chosen)
        if claimants is not None:
            claimant_completer(self.editors["claimant"], claimants)

    def _make_editor(self, field: str) -> QWidget:
        if field in FigureTableModel.CHOICES:
            editor = QComboBox()
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(5)
            for choice in FigureTableModel.CHOICES[field]:
                editor.addItem(choice.replace("_", " "), choice)
            editor.activated.connect(lambda _i, f=field: self._commit(f))
        elif field == "hedged":
            editor = QCheckBox()
            editor.clicked.connect(lambda _c, f=field: self._commit(f))
        elif field in DATE_FIELDS:
            editor = OptionalDateEdit("—")
            editor.editingFinished.connect(lambda f=field: self._commit(f))
            editor.calendarWidget().clicked.connect(lambda _d, f=field: self._commit(f))
        else:
            editor = QLineEdit()
            editor.setMinimumWidth(50)
            editor.setClearButtonEnabled(field in TEXT_FIELDS)
            if field == "country":
                editor.setMaxLength(2)
                editor.setMaximumWidth(60)
            editor.editingFinished.connect(lambda f=field: self._commit(f))
        editor.setObjectName(f"figureForm_{field}")
        editor.setAccessibleName(field.replace("_", " "))
        self.editors[field] = editor
        return editor

    # Values -------------------------------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        """Show a figure's fields (a FigureRow's, or a partial dict for a new figure)."""
        self._loading = True
        try:
            self._loaded = dict(values)
            for field, editor in self.editors.items():
                self._show(editor, field, values.get(field))
        finally:
            self._loading = False

    def set_row(self, row: FigureRow | None) -> None:
        self.setEnabled(row is not None)
        fields = {f: getattr(row, f) for f in self.editors} if row is not None else {}
        self.set_values(fields)

    @staticmethod
    def _show(editor: QWidget, field: str, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value) if value else -1)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(format_field(value))
            editor.setCursorPosition(0)

    def value(self, field: str) -> Any:
        """The editor's value, parsed; raises ValueError for a malformed number."""
        editor = self.editors[field]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, OptionalDateEdit):
            return editor.value()
        text = editor.text().strip()
        if field in NUMBER_FIELDS:
            return parse_number(text)
        if field == "parts_of":
            return int(text) if text else None
        if field == "country":
            return text.upper() or None
        return text or None

    def values(self) -> dict[str, Any]:
        """Every field's value; malformed numbers keep the value first shown."""
        result = {}
        for field in self.editors:
            try:
                result[field] = self.value(field)
            except ValueError:
                result[field] = self._loaded.get(field)
        return result

    def _commit(self, field: str) -> None:
        if self._loading or not self._auto_commit or not self.isEnabled():
            return
        try:
            value = self.value(field)
        except ValueError:
            self._show(self.editors[field], field, self._loaded.get(field))
            return
        if value != self._loaded.get(field):
            self._loaded[field] = value
            self.fieldsEdited.emit({field: value})

    def _place_chosen(self, place: PlaceSuggestion) -> None:
        if not isinstance(place, PlaceSuggestion):
            return
        if not self._auto_commit:
            for field, value in place.fields().items():
                self._show(self.editors[field], field, value)
            return
        self._show(self.editors["place"], "place", place.name)
        changes = {k: v for k, v in place.fields().items() if v != self._loaded.get(k)}
        if changes and self.isEnabled():
            self._loaded.update(changes)
            self.fieldsEdited.emit(changes)

    def focus_first(self) -> None:
        editor = self.editors["value"]
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()
