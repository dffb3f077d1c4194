"""The status bar's review tally for the figures the table currently shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain import ReviewStatus
from app.ui.models.figure_model import STATUS_COLOURS


class ReviewCounts(QLabel):
    """'● 1,204 unreviewed  ● 310 confirmed  ● 12 edited  ● 40 rejected' (for the filter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCounts")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(6, 0, 6, 0)
        self.counts: dict[str, int] = {}
        self.show_counts(None)

    def show_counts(self, counts: dict[str, int] | None, filtered: bool = False) -> None:
        self.counts = dict(counts or {})
        if counts is None:
            self.clear()
            self.setToolTip("")
            return
        parts = []
        for status in ReviewStatus:
            colour = STATUS_COLOURS[str(status)].name()
            parts.append(f'<span style="color:{colour}">●</span> '
                         f"{self.counts.get(str(status), 0):,} {status}")
        self.setText("&nbsp;&nbsp;".join(parts))
        total = sum(self.counts.values())
        scope = "matching the filter" if filtered else "in the project"
        self.setToolTip(f"{total:,} figures {scope}")

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)
