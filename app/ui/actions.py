"""Every menu action declared once: id, text, icon, shortcut, status tip; menus as lists of ids.

The ids live in `action_ids`, and whether an action is enabled in `action_state`, from an
`ActionContext` the window builds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QWidget

from app.ui.action_ids import ActionId
from app.ui.action_state import ENABLED_WHEN, ActionContext

Shortcut = QKeySequence.StandardKey | str | None
SP = QStyle.StandardPixmap


# Used when the platform theme defines no binding for a standard key (e.g. offscreen, some X11).
FALLBACK_KEYS: dict[QKeySequence.StandardKey, str] = {
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Close: "Ctrl+W",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.HelpContents: "F1",
    QKeySequence.StandardKey.Delete: "Del",
}
# Docks whose toggle action Qt makes; the registry adopts them instead of creating its own.
ADOPTED = (ActionId.TOGGLE_LIBRARY, ActionId.TOGGLE_FIGURES, ActionId.TOGGLE_FIGURE_DETAILS,
           ActionId.TOGGLE_CHART, ActionId.TOGGLE_MAP, ActionId.TOGGLE_CONTESTED)
# Single-key review shortcuts act only where the focus is in a widget that was given them
# (the figures table, the reading view), so typing in a field never triggers them.
LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut

SEPARATOR = "-"
RECENT_MENU = "recent"  # placeholder the window replaces with its Open Recent submenu
EXPORT_MENU = "export"  # File ▸ Export, built from SUBMENUS


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    tip: str
    shortcut: Shortcut = None
    icon: tuple[str, SP] | None = None  # freedesktop theme name, QStyle fallback
    checkable: bool = False
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_PROJECT: ActionSpec(
        "&New Project…",
        "Create a new, empty project file",
        QKeySequence.StandardKey.New,
        ("document-new", SP.SP_FileIcon),
    ),
    ActionId.OPEN_PROJECT: ActionSpec(
        "&Open Project…",
        "Open an existing .sitrep project",
        QKeySequence.StandardKey.Open,
        ("document-open", SP.SP_DialogOpenButton),
    ),
    ActionId.CLEAR_RECENT: ActionSpec("&Clear Recent", "Forget the list of recent projects"),
    ActionId.IMPORT_ARTICLES: ActionSpec(
        "&Import Articles…",
        "Add article files (.txt, .md, .html, .pdf, feeds) to the project",
        "Ctrl+I",
        ("document-import", SP.SP_FileDialogNewFolder),
    ),
    ActionId.IMPORT_FOLDER: ActionSpec(
        "Import &Folder…",
        "Add every article found in a folder and its subfolders",
        "Ctrl+Shift+I",
        ("folder-open", SP.SP_DirOpenIcon),
    ),
    ActionId.CLOSE_PROJECT: ActionSpec(
        "&Close Project",
        "Close the open project",
        QKeySequence.StandardKey.Close,
        ("window-close", SP.SP_DialogCloseButton),
    ),
    ActionId.QUIT: ActionSpec(
        "&Quit",
        "Quit Sitrep",
        QKeySequence.StandardKey.Quit,
        ("application-exit", SP.SP_TitleBarCloseButton),
        role=QAction.MenuRole.QuitRole,
    ),
    ActionId.UNDO: ActionSpec(
        "&Undo",
        "Undo the last edit (imports cannot be undone)",
        QKeySequence.StandardKey.Undo,
        ("edit-undo", SP.SP_ArrowBack),
    ),
    ActionId.REDO: ActionSpec(
        "&Redo",
        "Redo the last undone edit",
        QKeySequence.StandardKey.Redo,
        ("edit-redo", SP.SP_ArrowForward),
    ),
    ActionId.FIND: ActionSpec(
        "&Find in Articles…",
        "Search the full text of every article in the project",
        QKeySequence.StandardKey.Find,
        ("edit-find", SP.SP_FileDialogContentsView),
    ),
    ActionId.TOGGLE_LIBRARY: ActionSpec(
        "&Library", "Show or hide the library of articles", "Ctrl+L"
    ),
    ActionId.SHOW_REMOVED_TEXT: ActionSpec(
        "Show &Removed Text",
        "Show, greyed, what cleaning removed from the article",
        "Ctrl+Shift+R",
        checkable=True,
    ),
    ActionId.USER_GUIDE: ActionSpec(
        "&User Guide",
        "How to use Sitrep",
        QKeySequence.StandardKey.HelpContents,
        ("help-contents", SP.SP_DialogHelpButton),
    ),
    ActionId.OPEN_DEMO: ActionSpec(
        "Open &Demo Project",
        "Open the demo project with sample articles",
        None,
        ("folder-documents", SP.SP_DirHomeIcon),
    ),
    ActionId.ABOUT: ActionSpec(
        "&About Sitrep",
        "Version and licence",
        None,
        ("help-about", SP.SP_MessageBoxInformation),
        role=QAction.MenuRole.AboutRole,
    ),
    ActionId.TOGGLE_FIGURES: ActionSpec(
        "&Figures", "Show or hide the table of extracted figures", "Ctrl+T"
    ),
    ActionId.TOGGLE_FIGURE_DETAILS: ActionSpec(
        "Figure &Details", "Show or hide the editor and history of the current figure", "Ctrl+D"
    ),
    ActionId.NEXT: ActionSpec("&Next Figure", "Go to the next figure in the table", "J",
                              ("go-down", SP.SP_ArrowDown), context=LOCAL),
    ActionId.PREVIOUS: ActionSpec("&Previous Figure", "Go to the previous figure in the table",
                                  "K", ("go-up", SP.SP_ArrowUp), context=LOCAL),
    ActionId.CONFIRM: ActionSpec(
        "&Confirm", "Confirm the selected figures and go to the next unreviewed one", "C",
        ("dialog-ok-apply", SP.SP_DialogApplyButton), context=LOCAL,
    ),
    ActionId.REJECT: ActionSpec(
        "&Reject", "Reject the selected figures and go to the next unreviewed one", "R",
        ("dialog-cancel", SP.SP_DialogCancelButton), context=LOCAL,
    ),
    ActionId.EDIT: ActionSpec("&Edit Figure", "Edit every field of the current figure", "E",
                              ("document-edit", SP.SP_FileDialogDetailedView), context=LOCAL),
    ActionId.SET_FIELD: ActionSpec(
        "&Set Field…", "Set one field on all selected figures at once", "S", context=LOCAL
    ),
    ActionId.ADD_FIGURE: ActionSpec(
        "&Add Figure…", "Add a figure the extractor missed, at the selected words in the article",
        "A", ("list-add", SP.SP_FileDialogNewFolder), context=LOCAL,
    ),
    ActionId.DELETE_FIGURE: ActionSpec(
        "&Delete Figure", "Delete the selected figures (undoable)", QKeySequence.StandardKey.Delete,
        ("edit-delete", SP.SP_TrashIcon), context=LOCAL,
    ),
    ActionId.REEXTRACT_SELECTED: ActionSpec(
        "Re-extract &Selected Articles",
        "Run the figure extractor again on the selected articles, keeping reviewed figures",
        "Ctrl+R", ("view-refresh", SP.SP_BrowserReload),
    ),
    ActionId.REEXTRACT_ALL: ActionSpec(
        "Re-extract &All Articles",
        "Run the figure extractor again on every article, keeping reviewed figures",
    ),
    ActionId.CONNECT_TEAM_PROJECT: ActionSpec(
        "Connect to &Team Project…", "Open a project shared on a PostgreSQL server",
        "Ctrl+Shift+O", ("network-server", SP.SP_DriveNetIcon),
    ),
    ActionId.PUBLISH_PROJECT: ActionSpec(
        "&Publish Project to Server…", "Copy the open project into an empty server database",
        "Ctrl+Alt+P",
    ),
    ActionId.SAVE_LOCAL_COPY: ActionSpec(
        "Save a &Local Copy…", "Copy the open project into a new .sitrep file", "Ctrl+Alt+L",
    ),
    ActionId.EXPORT_CSV: ActionSpec(
        "&CSV…", "Export the figures the table shows, with provenance, as CSV",
        "Ctrl+Alt+E"),
    ActionId.EXPORT_XLSX: ActionSpec(
        "&Excel (XLSX)…", "Export the figures the table shows and their estimates as XLSX",
        "Ctrl+Alt+X"),
    ActionId.EXPORT_GEOJSON: ActionSpec(
        "&GeoJSON…", "Export the places of the figures the table shows, with their estimates",
        "Ctrl+Alt+G"),
    ActionId.EXPORT_HXL: ActionSpec(
        "&HXL CSV…", "Export the figures the table shows as CSV with HXL hashtags",
        "Ctrl+Alt+H"),
    ActionId.EXPORT_REPORT: ActionSpec(
        "Export &Report (PDF)…", "Write a PDF report: estimates, contested claims, chart, sources",
        "Ctrl+Shift+P", ("document-print", SP.SP_FileDialogDetailedView)),
    ActionId.TOGGLE_CHART: ActionSpec("&Chart", "Show or hide the indicator chart", "Ctrl+Alt+C"),
    ActionId.TOGGLE_MAP: ActionSpec("&Map", "Show or hide the map of figures", "Ctrl+Alt+M"),
    ActionId.TOGGLE_CONTESTED: ActionSpec(
        "C&ontested", "Show or hide the claims that disagree or are denied", "Ctrl+Alt+D"),
}

# Submenus declared like menus: placeholder -> (title, entries).
SUBMENUS: dict[str, tuple[str, list[str]]] = {
    EXPORT_MENU: ("&Export", [ActionId.EXPORT_CSV, ActionId.EXPORT_XLSX, ActionId.EXPORT_GEOJSON,
                              ActionId.EXPORT_HXL]),
}

# Menus as lists of action ids; SEPARATOR and RECENT_MENU are placeholders.
MENUS: dict[str, list[str]] = {
    "&File": [
        ActionId.NEW_PROJECT,
        ActionId.OPEN_PROJECT,
        ActionId.CONNECT_TEAM_PROJECT,
        RECENT_MENU,
        ActionId.PUBLISH_PROJECT,
        ActionId.SAVE_LOCAL_COPY,
        SEPARATOR,
        EXPORT_MENU,
        ActionId.EXPORT_REPORT,
        SEPARATOR,
        ActionId.IMPORT_ARTICLES,
        ActionId.IMPORT_FOLDER,
        SEPARATOR,
        ActionId.CLOSE_PROJECT,
        ActionId.QUIT,
    ],
    "&Edit": [ActionId.UNDO, ActionId.REDO, SEPARATOR, ActionId.FIND],
    "&View": [
        ActionId.TOGGLE_LIBRARY,
        ActionId.TOGGLE_FIGURES,
        ActionId.TOGGLE_FIGURE_DETAILS,
        ActionId.TOGGLE_CHART,
        ActionId.TOGGLE_MAP,
        ActionId.TOGGLE_CONTESTED,
        SEPARATOR,
        ActionId.SHOW_REMOVED_TEXT,
    ],
    "F&igures": [
        ActionId.NEXT,
        ActionId.PREVIOUS,
        SEPARATOR,
        ActionId.CONFIRM,
        ActionId.REJECT,
        ActionId.EDIT,
        ActionId.SET_FIELD,
        SEPARATOR,
        ActionId.ADD_FIGURE,
        ActionId.DELETE_FIGURE,
    ],
    "&Tools": [ActionId.REEXTRACT_SELECTED, ActionId.REEXTRACT_ALL],
    "&Help": [ActionId.USER_GUIDE, ActionId.OPEN_DEMO, SEPARATOR, ActionId.ABOUT],
}


def theme_icon(theme_name: str, fallback: SP) -> QIcon:
    style = QApplication.style()
    return QIcon.fromTheme(theme_name, style.standardIcon(fallback))


def apply_spec(action: QAction, action_id: ActionId) -> QAction:
    """Give an action (ours or one Qt made, like a dock's toggle) its text, shortcut and name."""
    spec = SPECS[action_id]
    action.setObjectName(action_id.object_name)
    action.setText(spec.text)
    action.setStatusTip(spec.tip)
    action.setToolTip(spec.tip)
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(spec.shortcut)
        action.setShortcuts(bindings or [QKeySequence(FALLBACK_KEYS[spec.shortcut])])
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.icon is not None:
        action.setIcon(theme_icon(*spec.icon))
    if spec.checkable:
        action.setCheckable(True)
    action.setMenuRole(spec.role)
    action.setShortcutContext(spec.context)
    return action


class ActionRegistry:
    """Creates and holds the window's actions; builds menus from MENUS; updates enabled state."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[ActionId, QAction] = {}
        for action_id in ActionId:
            if action_id not in ADOPTED:
                self._actions[action_id] = apply_spec(QAction(parent), action_id)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())

    def adopt(self, action_id: ActionId, action: QAction) -> QAction:
        """Take an action Qt created (a dock's toggleViewAction) into the registry."""
        self._actions[action_id] = apply_spec(action, action_id)
        return action

    def connect(self, action_id: ActionId, slot: Callable[..., object]) -> None:
        action = self._actions[action_id]
        (action.toggled if action.isCheckable() else action.triggered).connect(slot)

    def build_menus(self, menu_bar: QMenuBar, submenus: dict[str, QMenu]) -> dict[str, QMenu]:
        built: dict[str, QMenu] = {}
        for title, entries in MENUS.items():
            menu = menu_bar.addMenu(title)
            menu.setObjectName(f"menu{title.replace('&', '')}")
            for entry in entries:
                if entry == SEPARATOR:
                    menu.addSeparator()
                elif entry in submenus:
                    menu.addMenu(submenus[entry])
                elif entry in SUBMENUS:
                    title_, items = SUBMENUS[entry]
                    sub = menu.addMenu(title_)
                    sub.setObjectName(f"menu{title_.replace('&', '')}")
                    sub.addActions([self._actions[ActionId(i)] for i in items])
                else:
                    menu.addAction(self._actions[ActionId(entry)])
            built[title.replace("&", "")] = menu
        return built

    def update(self, context: ActionContext) -> None:
        for action_id, enabled_when in ENABLED_WHEN.items():
            self._actions[action_id].setEnabled(enabled_when(context))
        undo, redo = self._actions[ActionId.UNDO], self._actions[ActionId.REDO]
        undo.setText(f"&Undo {context.undo_text}".rstrip() if context.can_undo else "&Undo")
        redo.setText(f"&Redo {context.redo_text}".rstrip() if context.can_redo else "&Redo")
