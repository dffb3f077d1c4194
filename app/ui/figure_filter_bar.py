"""The figures table's filter bar: search text, measure, who, status, place, claimant, dates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.domain import Measure, ReviewStatus, Who
from app.store.figure_query import FigureFilter
from app.ui.widgets import MultiChoiceButton, OptionalDateEdit

TEXT_DELAY_MS = 250


class FigureFilterBar(QWidget):
    """Turns the widgets into a FigureFilter; typed text waits TEXT_DELAY_MS before applying."""

    filterChanged = Signal(object)  # FigureFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureFilterBar")
        self._quiet = False
        self._document_id: int | None = None

        self.text_edit = self._line_edit(
            "figureFilterText", "Search sentences, claimants, places", 220
        )
        self.measure_button = MultiChoiceButton("Measure", [str(m) for m in Measure])
        self.measure_button.setObjectName("figureFilterMeasure")
        self.who_button = MultiChoiceButton("Who", [str(w) for w in Who])
        self.who_button.setObjectName("figureFilterWho")
        self.status_button = MultiChoiceButton("Status", [str(s) for s in ReviewStatus])
        self.status_button.setObjectName("figureFilterStatus")
        self.place_edit = self._line_edit("figureFilterPlace", "Place", 110)
        self.claimant_edit = self._line_edit("figureFilterClaimant", "Claimant", 130)
        self.date_from = OptionalDateEdit("any")
        self.date_from.setObjectName("figureFilterFrom")
        self.date_from.setToolTip("As of, from (Delete empties it)")
        self.date_to = OptionalDateEdit("any")
        self.date_to.setObjectName("figureFilterTo")
        self.date_to.setToolTip("As of, to (Delete empties it)")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("figureFilterClear")
        self.clear_button.setText("Clear")
        self.clear_button.setToolTip("Show all figures")
        self.clear_button.clicked.connect(self.clear)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        for edit in (self.text_edit, self.place_edit, self.claimant_edit):
            edit.textChanged.connect(self._timer.start)
            edit.returnPressed.connect(self.apply)
        for button in (self.measure_button, self.who_button, self.status_button):
            button.selectionChanged.connect(self.apply)
        for date_edit in (self.date_from, self.date_to):
            date_edit.dateValueChanged.connect(self.apply)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.text_edit, 3)
        layout.addWidget(self.measure_button)
        layout.addWidget(self.who_button)
        layout.addWidget(self.status_button)
        layout.addWidget(self.place_edit, 1)
        layout.addWidget(self.claimant_edit, 1)
        as_of = QLabel("As of")
        as_of.setBuddy(self.date_from)
        layout.addWidget(as_of)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)
        layout.addWidget(self.clear_button)

    @staticmethod
    def _line_edit(name: str, placeholder: str, width: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(width // 2)
        edit.setMaximumWidth(width * 2)
        return edit

    def current_filter(self) -> FigureFilter:
        return FigureFilter(
            measures=self.measure_button.selected(),
            who=self.who_button.selected(),
            statuses=self.status_button.selected(),
            place=self.place_edit.text().strip(),
            claimant=self.claimant_edit.text().strip(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.text_edit.text().strip(),
            document_id=self._document_id,
        )

    def apply(self) -> None:
        self._timer.stop()
        if not self._quiet:
            self.filterChanged.emit(self.current_filter())

    def set_filter(self, spec: FigureFilter) -> None:
        """Show a filter chosen elsewhere (e.g. cleared to reveal a figure) and apply it once."""
        self._quiet = True
        try:
            self.measure_button.set_selected(spec.measures)
            self.who_button.set_selected(spec.who)
            self.status_button.set_selected(spec.statuses)
            self.place_edit.setText(spec.place)
            self.claimant_edit.setText(spec.claimant)
            self.date_from.set_value(spec.date_from)
            self.date_to.set_value(spec.date_to)
            self.text_edit.setText(spec.text)
            self._document_id = spec.document_id
        finally:
            self._quiet = False
        self.apply()

    def clear(self) -> None:
        self.set_filter(FigureFilter())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
