"""The Contested dock: groups whose claimants disagree or whose claims are denied, with the
claims side by side; activating a claim asks for its figure in the figures table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.disagreement import ClaimView, ContestedGroup

FigureIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Group / claimant", "Value", "Low–high", "Date", "Denied by", "Sentence", "Article")


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def group_title(group: ContestedGroup) -> str:
    key = group.key
    who = f" ({key.who})" if key.who else ""
    side = f", {key.side} side" if key.side else ""
    return f"{key.measure}{who} — {group.location.name or key.place_id}{side}"


def claim_cells(claim: ClaimView) -> list[str]:
    band = ""
    if claim.low is not None or claim.high is not None:
        band = f"{_number(claim.low)}–{_number(claim.high)}"
    value = _number(claim.value)
    if claim.qualifier and claim.qualifier != "exact":
        value = f"{value} ({claim.qualifier})".strip()
    if claim.hedged:
        value += " hedged"
    return [claim.claimant, value, band, claim.date.isoformat() if claim.date else "",
            claim.disputed_by or "", claim.sentence, claim.article]


class ContestedDock(QDockWidget):
    """Shows `set_groups(find_contested(...))`; emits figureActivated(id) for a chosen claim."""

    figureActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Contested", parent)
        self.setObjectName("contestedDock")
        self.summary = QLabel("Open a project to see contested claims.")
        self.summary.setObjectName("contestedSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("contestedTree")
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.itemActivated.connect(self._on_activated)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)

    def set_groups(self, groups: Sequence[ContestedGroup]) -> None:
        self.tree.clear()
        ordered = sorted(groups, key=lambda g: (not g.denied, -g.max_ratio))
        for group in ordered:
            top = QTreeWidgetItem([group_title(group), "", "", "", "", "; ".join(group.reasons)])
            top.setFirstColumnSpanned(False)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for claim in group.claims:
                child = QTreeWidgetItem(claim_cells(claim))
                child.setData(0, FigureIdRole, claim.figure_id)
                child.setToolTip(5, claim.sentence)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        denied = sum(1 for g in groups if g.denied)
        self.summary.setText(f"{len(groups)} contested groups ({denied} with denied claims)."
                             if groups else "No contested figures.")

    def claim_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        figure_id = item.data(0, FigureIdRole)
        if figure_id is not None:
            self.figureActivated.emit(int(figure_id))
