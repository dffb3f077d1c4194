"""Settling the edits made offline that the server refused because someone else changed the same
figures meanwhile: one conflict dialog per figure, oldest edit first, with "Decide Later"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.store.journal import POSTPONE, EditJournal, JournalEntry, SettleReport, settle_conflicts
from app.store.project import Project
from app.store.transactions import is_connection_error
from app.ui.team.conflict_dialog import LATER, ConflictDialog, decide


def settle_offline_conflicts(parent: QWidget | None, project: Project, journal: EditJournal,
                             make_dialog: Callable[..., ConflictDialog] = ConflictDialog
                             ) -> SettleReport | None:
    """Ask about each refused offline edit; None when the server went away meanwhile (what was
    decided is saved, the rest stays in the journal)."""

    def ask(figure_id: int, theirs: dict[str, Any], yours: dict[str, Any],
            entry: JournalEntry) -> Any:
        decision = decide(make_dialog(figure_id, theirs, yours, parent,
                                      made_offline=entry.created_at))
        return POSTPONE if decision == LATER else decision

    try:
        return settle_conflicts(project, journal, ask, actor=project.actor)
    except Exception as error:
        if is_connection_error(error):
            return None
        raise


def settled_message(report: SettleReport, waiting: int) -> str:
    """One status-bar line saying what became of the offline edits."""
    parts = []
    if report.settled:
        parts.append(f"Settled {report.settled} offline edit(s)")
    if report.replayed.applied:
        parts.append(f"sent {len(report.replayed.applied)} more that waited behind them")
    if report.gone:
        parts.append(f"{len(set(report.gone))} figure(s) had been deleted by someone else, so "
                     "those edits were dropped")
    if waiting:
        parts.append(f"{waiting} still await a decision (click Decide… at the bottom right)")
    return "; ".join(parts) + "." if parts else ""
