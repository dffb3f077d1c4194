"""The id of every menu action; its objectName is `action<Value>`."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    NEW_PROJECT = "NewProject"
    OPEN_PROJECT = "OpenProject"
    CLEAR_RECENT = "ClearRecent"
    IMPORT_ARTICLES = "ImportArticles"
    IMPORT_FOLDER = "ImportFolder"
    CLOSE_PROJECT = "CloseProject"
    QUIT = "Quit"
    UNDO = "Undo"
    REDO = "Redo"
    FIND = "Find"
    TOGGLE_LIBRARY = "ToggleLibrary"
    SHOW_REMOVED_TEXT = "ShowRemovedText"
    USER_GUIDE = "UserGuide"
    OPEN_DEMO = "OpenDemo"
    ABOUT = "About"
    TOGGLE_FIGURES = "ToggleFigures"
    TOGGLE_FIGURE_DETAILS = "ToggleFigureDetails"
    NEXT = "Next"
    PREVIOUS = "Previous"
    CONFIRM = "Confirm"
    REJECT = "Reject"
    EDIT = "Edit"
    SET_FIELD = "SetField"
    ADD_FIGURE = "AddFigure"
    DELETE_FIGURE = "DeleteFigure"
    REEXTRACT_SELECTED = "ReextractSelected"
    REEXTRACT_ALL = "ReextractAll"
    CONNECT_TEAM_PROJECT = "ConnectTeamProject"
    PUBLISH_PROJECT = "PublishProject"
    SAVE_LOCAL_COPY = "SaveLocalCopy"
    EXPORT_CSV = "ExportCsv"
    EXPORT_XLSX = "ExportXlsx"
    EXPORT_GEOJSON = "ExportGeojson"
    EXPORT_HXL = "ExportHxl"
    EXPORT_REPORT = "ExportReport"
    TOGGLE_CHART = "ToggleChart"
    TOGGLE_MAP = "ToggleMap"
    TOGGLE_CONTESTED = "ToggleContested"

    @property
    def object_name(self) -> str:
        return f"action{self.value}"
