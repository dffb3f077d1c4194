"""Dialogs of the review: add a missed figure (pre-filled), and set one field on many figures."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Figure, Measure, Qualifier, ReviewStatus, Who
from app.ui.completers import PlaceLookup, claimant_completer, place_completer
from app.ui.figure_form import FigureForm
from app.ui.models.figure_model import FigureTableModel
from app.ui.widgets import OptionalDateEdit

BULK_FIELDS = {
    "measure": "Measure", "who": "Who", "qualifier": "Qualifier", "status": "Status",
    "side": "Side", "claimant": "Claimant", "disputed_by": "Disputed by", "place": "Place",
    "as_of": "As of", "hedged": "Hedged",
}


class AddFigureDialog(QDialog):
    """'Add figure here…': the fields guessed from the selection and its neighbours, to correct."""

    def __init__(self, values: dict[str, Any], sentence: str, evidence: str,
                 places: PlaceLookup | None = None, claimants=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addFigureDialog")
        self.setWindowTitle("Add Figure")
        self._values = values
        self.form = FigureForm(places, claimants, auto_commit=False)
        self.form.set_values(values)
        quote = QLabel()
        quote.setObjectName("addFigureSentence")
        quote.setWordWrap(True)
        at = sentence.find(evidence) if evidence else -1
        shown = html.escape(sentence) if at < 0 else (
            html.escape(sentence[:at]) + "<b>" + html.escape(evidence) + "</b>"
            + html.escape(sentence[at + len(evidence):]))
        quote.setText(f"<i>{shown}</i>")
        where = QLabel(f"Evidence at characters {values['start']:,}–{values['end']:,} of the "
                       "article text.")
        where.setObjectName("addFigureOffsets")
        where.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add Figure")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(where)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def figure(self) -> Figure:
        """The figure as the dialog now stands, with the evidence offsets it was opened on."""
        values = self.form.values()
        return Figure(
            value=values["value"], low=values["low"], high=values["high"],
            qualifier=Qualifier(values["qualifier"] or Qualifier.EXACT),
            measure=Measure(values["measure"] or Measure.KILLED),
            who=Who(values["who"] or Who.PEOPLE), side=values["side"],
            claimant=values["claimant"], hedged=bool(values["hedged"]),
            disputed_by=values["disputed_by"], place=values["place"], lat=values["lat"],
            lon=values["lon"], country=values["country"], as_of=values["as_of"],
            since=values["since"], sentence=self._values.get("sentence", ""),
            start=self._values["start"], end=self._values["end"], confidence=1.0,
            status=ReviewStatus(values["status"] or ReviewStatus.CONFIRMED),
        )


class SetFieldDialog(QDialog):
    """Choose a field and a value to set on every selected figure."""

    def __init__(self, count: int, places: PlaceLookup | None = None, claimants=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setFieldDialog")
        self.setWindowTitle("Set Field")
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("setFieldName")
        self.editors = QStackedWidget()
        for field, label in BULK_FIELDS.items():
            self.field_combo.addItem(label, field)
            self.editors.addWidget(self._editor(field, places, claimants))
        self.field_combo.currentIndexChanged.connect(self.editors.setCurrentIndex)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Set")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Field", self.field_combo)
        form.addRow("Value", self.editors)
        layout = QVBoxLayout(self)
        noun = "figure" if count == 1 else f"{count:,} selected figures"
        layout.addWidget(QLabel(f"Set a field on the {noun} (one undo step)."))
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _editor(field: str, places, claimants) -> QWidget:
        if field in FigureTableModel.CHOICES:
            editor = QComboBox()
            for choice in FigureTableModel.CHOICES[field]:
                editor.addItem(choice.replace("_", " "), choice)
        elif field == "as_of":
            editor = OptionalDateEdit("no date")
        elif field == "hedged":
            editor = QCheckBox("Hedged (reportedly, may be, estimated…)")
        else:
            editor = QLineEdit()
            editor.setPlaceholderText("empty clears the field")
            if field == "place" and places is not None:
                place_completer(editor, places)
            elif field == "claimant" and claimants is not None:
                claimant_completer(editor, claimants)
        editor.setObjectName(f"setFieldValue_{field}")
        return editor

    def set_field(self, field: str) -> None:
        self.field_combo.setCurrentIndex(self.field_combo.findData(field))

    def editor(self) -> QWidget:
        return self.editors.currentWidget()

    def result_change(self) -> tuple[str, Any]:
        field = self.field_combo.currentData()
        editor = self.editor()
        if isinstance(editor, QComboBox):
            return field, editor.currentData()
        if isinstance(editor, OptionalDateEdit):
            return field, editor.value()
        if isinstance(editor, QCheckBox):
            return field, editor.isChecked()
        return field, editor.text().strip() or None
