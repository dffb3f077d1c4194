"""The dialog shown when saving an edit made on a figure someone else changed meanwhile:
their value and yours per field; keep theirs, overwrite with yours, or merge field by field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.commands import FIELD_LABELS

KEEP_THEIRS, OVERWRITE, MERGE, LATER = "theirs", "overwrite", "merge", "later"


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return str(value)


class ConflictDialog(QDialog):
    """One row per field you changed: their value, yours, and a radio button for each."""

    def __init__(self, figure_id: int, theirs: Mapping[str, Any], yours: Mapping[str, Any],
                 parent: QWidget | None = None, *, made_offline: dt.datetime | None = None) -> None:
        """With `made_offline` (when your edit was made) the dialog settles an edit kept in the
        offline journal: it says so and adds "Decide Later", which keeps the edit for now."""
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle("Someone else changed this figure")
        self.figure_id = figure_id
        self.theirs = dict(theirs)
        self.yours = dict(yours)
        self.choice = KEEP_THEIRS
        self._groups: dict[str, QButtonGroup] = {}
        self._yours_buttons: dict[str, QRadioButton] = {}

        if made_offline is None:
            text = (f"Figure {figure_id} was changed by someone else (now version "
                    f"{theirs.get('version', '?')}) after you loaded it. Nothing of yours has "
                    "been saved yet. Choose what to keep:")
        else:
            text = (f"While you were offline you edited figure {figure_id} (on "
                    f"{made_offline:%d %b %Y at %H:%M} UTC), and someone else changed it too "
                    f"(now version {theirs.get('version', '?')}). Your edit is kept on this "
                    "computer and has not been saved to the team project. Choose what to keep:")
        intro = QLabel(text)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate(("Field", "Theirs", "Yours")):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, name in enumerate(self.yours, start=1):
            grid.addWidget(QLabel(FIELD_LABELS.get(name, name)), row, 0)
            their_button = QRadioButton(show_value(self.theirs.get(name)))
            their_button.setObjectName(f"theirs_{name}")
            your_button = QRadioButton(show_value(self.yours[name]))
            your_button.setObjectName(f"yours_{name}")
            group = QButtonGroup(self)
            group.addButton(their_button)
            group.addButton(your_button)
            your_button.setChecked(True)
            self._groups[name] = group
            self._yours_buttons[name] = your_button
            grid.addWidget(their_button, row, 1)
            grid.addWidget(your_button, row, 2)

        buttons = QDialogButtonBox()
        offline = made_offline is not None
        self.keep_button = self._button(
            buttons, "Keep &Theirs", "keepTheirsButton", KEEP_THEIRS,
            QDialogButtonBox.ButtonRole.DestructiveRole if offline
            else QDialogButtonBox.ButtonRole.RejectRole)
        self.overwrite_button = self._button(buttons, "&Overwrite", "overwriteButton", OVERWRITE,
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button = self._button(buttons, "&Merge Chosen Fields", "mergeButton", MERGE,
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = None
        if offline:  # Esc or closing the window must not throw the offline edit away
            self.choice = LATER
            self.later_button = self._button(buttons, "Decide &Later", "decideLaterButton", LATER,
                                             QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, name: str, choice: str,
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        box.addButton(button, role)

        def choose() -> None:
            self.choice = choice
            (self.reject if role == QDialogButtonBox.ButtonRole.RejectRole else self.accept)()

        button.clicked.connect(choose)
        return button

    def choose_field(self, name: str, side: str) -> None:
        """Pick 'theirs' or 'yours' for one field (the radio buttons do this too)."""
        group = self._groups[name]
        for button in group.buttons():
            button.setChecked(button.objectName() == f"{side}_{name}")

    def resolution(self) -> dict[str, Any] | None:
        """The fields to write on top of their version; None when theirs is kept entirely (or
        the decision is left for later: see `choice`)."""
        if self.choice in (KEEP_THEIRS, LATER):
            return None
        if self.choice == OVERWRITE:
            return dict(self.yours)
        chosen = {n: v for n, v in self.yours.items() if self._yours_buttons[n].isChecked()}
        return chosen or None


def decide(dialog: ConflictDialog) -> dict[str, Any] | str | None:
    """Show the dialog and dispose of it: the fields to write on their version, None to keep
    theirs, or LATER when an offline edit is left for another time."""
    try:
        dialog.exec()
        return LATER if dialog.choice == LATER else dialog.resolution()
    finally:
        dialog.deleteLater()
