"""Small reusable editors: a date edit that can be empty, and a multi-choice drop-down button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QMenu, QToolButton, QWidget

EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose lowest date stands for "no date", shown as `empty_text`.

    Delete or Backspace with everything selected empties it; the calendar opens on a useful
    month rather than on 1900 when the field is empty.
    """

    dateValueChanged = Signal(object)  # datetime.date or None

    def __init__(
        self, empty_text: str = "—", parent: QWidget | None = None, default_page: QDate | None = None
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(empty_text)
        self.setDate(EMPTY_DATE)
        self._default_page = default_page or QDate.currentDate()
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(lambda _d: self.dateValueChanged.emit(self.value()))

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == EMPTY_DATE else date.toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value is not None else EMPTY_DATE)

    def clear_value(self) -> None:
        self.setDate(EMPTY_DATE)

    def set_default_page(self, date: dt.date | None) -> None:
        if date is not None:
            self._default_page = QDate(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is None or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            if self.value() is None:
                page = self._default_page
                self.calendarWidget().setCurrentPage(page.year(), page.month())
        return super().eventFilter(watched, event)


class MultiChoiceButton(QToolButton):
    """'Measure: Any' — a drop-down of checkable choices; none checked means any."""

    selectionChanged = Signal(tuple)

    def __init__(self, label: str, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self._any = menu.addAction("Any")
        self._any.triggered.connect(self.clear)
        menu.addSeparator()
        self._choices: list[QAction] = []
        for choice in choices:
            action = menu.addAction(choice.replace("_", " "))
            action.setData(choice)
            action.setCheckable(True)
            action.toggled.connect(self._changed)
            self._choices.append(action)
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self._choices if a.isChecked())

    def set_selected(self, values: Sequence[str]) -> None:
        wanted = set(values)
        if set(self.selected()) == wanted:
            return
        for action in self._choices:
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._changed()

    def clear(self) -> None:
        self.set_selected(())

    def _changed(self, *_args) -> None:
        self._update_text()
        self.selectionChanged.emit(self.selected())

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._choices if a.isChecked()]
        if not chosen:
            shown = "Any"
        elif len(chosen) <= 2:
            shown = ", ".join(chosen)
        else:
            shown = f"{len(chosen)} chosen"
        self.setText(f"{self._label}: {shown}")
        self.setToolTip(f"{self._label}: " + (", ".join(chosen) if chosen else "any"))
