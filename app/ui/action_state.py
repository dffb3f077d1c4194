"""When each action is enabled, derived in one place from what the window reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.ui.action_ids import ActionId


@dataclass(frozen=True, slots=True)
class ActionContext:
    """What the enabled state of actions depends on; the window builds one when it changes."""

    has_project: bool = False
    importing: bool = False
    can_undo: bool = False
    can_redo: bool = False
    undo_text: str = ""
    redo_text: str = ""
    has_recent: bool = False
    reextracting: bool = False
    figure_rows: int = 0
    figures_selected: int = 0
    has_current_figure: bool = False
    has_document: bool = False
    articles_selected: int = 0

    @property
    def busy(self) -> bool:
        """Work that writes in the background is running: no other project changes meanwhile."""
        return self.importing or self.reextracting

    @property
    def can_review(self) -> bool:
        return self.has_project and not self.reextracting


ENABLED_WHEN: dict[ActionId, Callable[[ActionContext], bool]] = {
    ActionId.NEW_PROJECT: lambda c: not c.busy,
    ActionId.OPEN_PROJECT: lambda c: not c.busy,
    ActionId.OPEN_DEMO: lambda c: not c.busy,
    ActionId.CLEAR_RECENT: lambda c: c.has_recent,
    ActionId.IMPORT_ARTICLES: lambda c: c.has_project and not c.busy,
    ActionId.IMPORT_FOLDER: lambda c: c.has_project and not c.busy,
    ActionId.CLOSE_PROJECT: lambda c: c.has_project and not c.busy,
    ActionId.UNDO: lambda c: c.can_undo and not c.busy,
    ActionId.REDO: lambda c: c.can_redo and not c.busy,
    ActionId.FIND: lambda c: c.has_project,
    ActionId.SHOW_REMOVED_TEXT: lambda c: c.has_project,
    ActionId.NEXT: lambda c: c.has_project and c.figure_rows > 0,
    ActionId.PREVIOUS: lambda c: c.has_project and c.figure_rows > 0,
    ActionId.CONFIRM: lambda c: c.can_review and c.figures_selected > 0,
    ActionId.REJECT: lambda c: c.can_review and c.figures_selected > 0,
    ActionId.EDIT: lambda c: c.can_review and c.has_current_figure,
    ActionId.SET_FIELD: lambda c: c.can_review and c.figures_selected > 0,
    ActionId.ADD_FIGURE: lambda c: c.can_review and c.has_document,
    ActionId.DELETE_FIGURE: lambda c: c.can_review and c.figures_selected > 0,
    ActionId.REEXTRACT_SELECTED: lambda c: c.has_project and not c.busy and c.articles_selected > 0,
    ActionId.REEXTRACT_ALL: lambda c: c.has_project and not c.busy,
    ActionId.CONNECT_TEAM_PROJECT: lambda c: not c.busy,
    ActionId.PUBLISH_PROJECT: lambda c: c.has_project and not c.busy,
    ActionId.SAVE_LOCAL_COPY: lambda c: c.has_project and not c.busy,
    ActionId.EXPORT_CSV: lambda c: c.has_project,
    ActionId.EXPORT_XLSX: lambda c: c.has_project,
    ActionId.EXPORT_GEOJSON: lambda c: c.has_project,
    ActionId.EXPORT_HXL: lambda c: c.has_project,
    ActionId.EXPORT_REPORT: lambda c: c.has_project,
}
