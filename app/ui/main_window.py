"""The main window: assembles menus, the Library dock, the reading view and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app import APP_NAME
from app.store import PROJECT_SUFFIX, Project
from app.ui import dialogs
from app.ui.actions import RECENT_MENU, ActionContext, ActionId, ActionRegistry
from app.ui.find_dialog import FindDialog
from app.ui.import_controller import ImportController
from app.ui.library import LibraryDock
from app.ui.models.library_model import LibraryModel
from app.ui.project_controller import ProjectController
from app.ui.provenance_controller import ProvenanceController
from app.ui.reading_view import ReadingView
from app.ui.team.controller import TeamController
from app.ui.team.recent import TeamAwareRecentMenu
from app.ui.reextract_controller import ReextractController
from app.ui.review_controller import ReviewController
from app.ui.settings import LIBRARY_HEADER, SHOW_REMOVED_TEXT, Settings
from app.ui.welcome import WelcomePage
from app.ui.workers import TaskRunner
from app.ui.analysis_wiring import build_analysis

DEFAULT_SIZE = (1280, 800)
REVIEW_KEYS = (ActionId.NEXT, ActionId.PREVIOUS, ActionId.CONFIRM, ActionId.REJECT, ActionId.EDIT,
               ActionId.SET_FIELD, ActionId.ADD_FIGURE, ActionId.DELETE_FIGURE)
TABLE_MENU = (ActionId.CONFIRM, ActionId.REJECT, ActionId.EDIT, ActionId.SET_FIELD,
              ActionId.DELETE_FIGURE)  # the table's context menu, and its single-key shortcuts
DEFAULT_LIBRARY_WIDTH = 360
DEFAULT_DETAILS_WIDTH = 400
DEFAULT_FIGURES_HEIGHT = 320


class MainWindow(QMainWindow):
    """Only wiring: behaviour lives in the controllers, docks and views it assembles."""

    def __init__(
        self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.runner = runner
        runner.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.action_registry = ActionRegistry(self)
        self.projects = ProjectController(settings, self)
        self.imports = ImportController(runner, settings, self.statusBar(), self)
        self.reextracts = ReextractController(runner, self.statusBar(), self)
        self.library_model = LibraryModel(parent=self)
        self._find_dialog: FindDialog | None = None
        self._guide: dialogs.UserGuideDialog | None = None
        self._docks_hidden_for_welcome: list = []

        self._build_central()
        self._build_library()
        self._build_review()
        build_analysis(self)
        self._build_menus()
        self._connect()
        self._connect_review()
        self.team = TeamController(self)
        self.setAcceptDrops(True)
        self._resize_to_fit_screen()
        if not settings.restore_window(self):
            self.resizeDocks([self.library, self.review.details_dock],
                             [DEFAULT_LIBRARY_WIDTH, DEFAULT_DETAILS_WIDTH],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.review.figures_dock], [DEFAULT_FIGURES_HEIGHT],
                             Qt.Orientation.Vertical)
        header_state = settings.get(LIBRARY_HEADER)
        if header_state:
            self.library.view.horizontalHeader().restoreState(header_state)
        self._on_project_changed()

    def _resize_to_fit_screen(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.92))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    # Assembly ---------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.reading_view = ReadingView()
        self.reading_view.setAcceptDrops(False)
        self.reading_view.set_show_removed(self.settings.get(SHOW_REMOVED_TEXT))
        self.welcome = WelcomePage(
            self.action_registry[ActionId.NEW_PROJECT],
            self.action_registry[ActionId.OPEN_PROJECT],
            self.action_registry[ActionId.OPEN_DEMO],
        )
        self.central = QStackedWidget()
        self.central.setObjectName("centralStack")
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.reading_view)
        self.setCentralWidget(self.central)

    def _build_library(self) -> None:
        self.library = LibraryDock(self.library_model, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
        self.action_registry.adopt(ActionId.TOGGLE_LIBRARY, self.library.toggleViewAction())

    def _build_review(self) -> None:
        a = self.action_registry
        self.review = ReviewController(
            self.undo_stack, self.statusBar(),
            {"confirm": a[ActionId.CONFIRM], "reject": a[ActionId.REJECT]}, self)
        self.provenance = ProvenanceController(
            self.review, self.reading_view, self.library, self.statusBar(), self.undo_stack.push,
            self)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review.figures_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review.details_dock)
        a.adopt(ActionId.TOGGLE_FIGURES, self.review.figures_dock.toggleViewAction())
        a.adopt(ActionId.TOGGLE_FIGURE_DETAILS, self.review.details_dock.toggleViewAction())
        self.reading_view.addActions([a[i] for i in REVIEW_KEYS])
        self.review.view.addActions([a[ActionId.NEXT], a[ActionId.PREVIOUS]])
        table = self.review.view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([a[i] for i in TABLE_MENU])

    def _build_menus(self) -> None:
        self.recent_menu = TeamAwareRecentMenu(
            self.settings,
            self.action_registry[ActionId.CLEAR_RECENT],
            self.projects.open_recent,
            self,
        )
        self.menus = self.action_registry.build_menus(
            self.menuBar(), {RECENT_MENU: self.recent_menu}
        )
        self.action_registry[ActionId.SHOW_REMOVED_TEXT].setChecked(self.reading_view.show_removed)

    def _connect(self) -> None:
        a, projects = self.action_registry, self.projects
        a.connect(ActionId.NEW_PROJECT, projects.ask_new)
        a.connect(ActionId.OPEN_PROJECT, projects.ask_open)
        a.connect(ActionId.OPEN_DEMO, projects.open_demo)
        a.connect(ActionId.CLEAR_RECENT, projects.clear_recent)
        a.connect(ActionId.CLOSE_PROJECT, projects.close)
        a.connect(ActionId.QUIT, self.close)
        a.connect(ActionId.IMPORT_ARTICLES, self._import_files)
        a.connect(ActionId.IMPORT_FOLDER, self._import_folder)
        a.connect(ActionId.UNDO, self.undo_stack.undo)
        a.connect(ActionId.REDO, self.undo_stack.redo)
        a.connect(ActionId.FIND, self.show_find)
        a.connect(ActionId.SHOW_REMOVED_TEXT, self._set_show_removed)
        a.connect(ActionId.USER_GUIDE, self.show_user_guide)
        a.connect(ActionId.ABOUT, self.show_about)
        projects.projectChanged.connect(self._on_project_changed)
        projects.recentChanged.connect(self.recent_menu.rebuild)
        projects.recentChanged.connect(self.update_actions)
        self.imports.runningChanged.connect(self.update_actions)
        self.imports.articlesArrived.connect(self.library.refresh)
        self.imports.importFinished.connect(self._on_import_finished)
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            signal.connect(self.update_actions)

    def _connect_review(self) -> None:
        a, review = self.action_registry, self.review
        a.connect(ActionId.NEXT, review.next_figure)
        a.connect(ActionId.PREVIOUS, review.previous_figure)
        a.connect(ActionId.CONFIRM, review.confirm)
        a.connect(ActionId.REJECT, review.reject)
        a.connect(ActionId.EDIT, review.edit_current)
        a.connect(ActionId.SET_FIELD, review.ask_set_field)
        a.connect(ActionId.DELETE_FIGURE, review.delete_selected)
        a.connect(ActionId.ADD_FIGURE, self.provenance.add_figure_here)
        a.connect(ActionId.REEXTRACT_SELECTED, self._reextract_selected)
        a.connect(ActionId.REEXTRACT_ALL, lambda: self.reextracts.start(self.project))
        review.stateChanged.connect(self.update_actions)
        self.library.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.imports.importFinished.connect(lambda _report: review.refresh())
        self.reextracts.runningChanged.connect(review.set_read_only)
        self.reextracts.runningChanged.connect(self.update_actions)
        self.reextracts.finished.connect(self._on_reextracted)

    # State ------------------------------------------------------------------------------------

    def action(self, action_id: ActionId) -> QAction:
        """The window's action for an id (File ▸ Import Articles… is ActionId.IMPORT_ARTICLES)."""
        return self.action_registry[action_id]

    @property
    def project(self) -> Project | None:
        return self.projects.project

    def update_actions(self) -> None:
        """The one place that decides which actions are enabled."""
        stack = self.undo_stack
        self.action_registry.update(
            ActionContext(
                has_project=self.project is not None,
                importing=self.imports.running,
                can_undo=stack.canUndo(),
                can_redo=stack.canRedo(),
                undo_text=stack.undoText(),
                redo_text=stack.redoText(),
                has_recent=bool(self.settings.recent_projects()),
                reextracting=self.reextracts.running,
                figure_rows=self.review.model.rowCount(),
                figures_selected=self.review.view.selected_count()
                or int(self.review.view.current_figure_id is not None),
                has_current_figure=self.review.view.current_figure_id is not None,
                has_document=self.reading_view.current_document is not None,
                articles_selected=len(self.library.selected_ids()),
            )
        )

    def _on_project_changed(self) -> None:
        project = self.project
        self.undo_stack.clear()
        self.review.set_project(project)
        self.analysis.set_project(project)
        self.library_model.set_source(project.documents.list if project else None)
        if self._find_dialog is not None:
            self._find_dialog.set_search_function(
                project.documents.search_text if project else None
            )
        if project is None:
            self.setWindowTitle(APP_NAME)
            self.central.setCurrentWidget(self.welcome)
            self.reading_view.show_document(None)
            self.statusBar().showMessage("No project open.", 5000)
        else:
            self.setWindowTitle(f"{project.name} — {APP_NAME}")
            self.central.setCurrentWidget(self.reading_view)
            self.reading_view.show_document(None)
            self.library.select_first()
            if self.library.selected_id is not None:
                self.provenance.show_document(self.library.selected_id)
            if self.library_model.rowCount() == 0:
                self.reading_view.show_placeholder(
                    "This project has no articles yet. Use File ▸ Import Articles… "
                    "or drop files here."
                )
            count = self.library_model.total_count()
            self.statusBar().showMessage(f"Opened {project.url} — {count} articles.", 8000)
        self._show_library_for(project is not None)
        self.update_actions()

    def _show_library_for(self, has_project: bool) -> None:
        """The welcome page gets the whole window; the docks come back with a project."""
        docks = (self.library, self.review.figures_dock, self.review.details_dock)
        if not has_project and not self._docks_hidden_for_welcome:
            self._docks_hidden_for_welcome = [d for d in docks if d.isVisible()]
            for dock in self._docks_hidden_for_welcome:
                dock.hide()
        elif has_project and self._docks_hidden_for_welcome:
            for dock in self._docks_hidden_for_welcome:
                dock.show()
            self._docks_hidden_for_welcome = []

    def _reextract_selected(self) -> None:
        self.reextracts.start(self.project, self.library.selected_ids())

    def _on_reextracted(self, _report) -> None:
        self.undo_stack.clear()
        self.library.refresh()
        self.review.refresh()
        self.provenance.reload_marks()

    def _set_show_removed(self, show: bool) -> None:
        self.settings.set(SHOW_REMOVED_TEXT, show)
        self.reading_view.set_show_removed(show)

    def _on_import_finished(self, report) -> None:
        if self.library.selected_id is None and report.imported:
            self.library.select_document(report.imported[-1][1])

    def _import_files(self) -> None:
        self.imports.ask_files(self.project)

    def _import_folder(self) -> None:
        self.imports.ask_folder(self.project)

    # Dialogs ----------------------------------------------------------------------------------

    def show_find(self) -> FindDialog:
        if self._find_dialog is None:
            self._find_dialog = FindDialog(self)
            self._find_dialog.documentActivated.connect(self.library.select_document)
        project = self.project
        self._find_dialog.set_search_function(project.documents.search_text if project else None)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.activateWindow()
        self._find_dialog.query_edit.setFocus()
        self._find_dialog.query_edit.selectAll()
        return self._find_dialog

    def show_about(self) -> None:
        dialogs.show_about(self)

    def show_user_guide(self) -> dialogs.UserGuideDialog:
        if self._guide is None:
            self._guide = dialogs.UserGuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        return self._guide

    # Drag and drop ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.handle_dropped_paths(paths)

    def handle_dropped_paths(self, paths: list[str]) -> None:
        """A dropped .sitrep file opens that project; anything else is imported."""
        if len(paths) == 1 and Path(paths[0]).suffix.lower() == PROJECT_SUFFIX:
            self.projects.open(paths[0])
        elif self.project is None:
            self.statusBar().showMessage(
                "Open or create a project first, then drop articles on it.", 8000
            )
        else:
            self.imports.start(self.project, paths)

    # Closing ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Stop a running import after its current article, then save the layout and close."""
        self.imports.shutdown()
        self.reextracts.shutdown()
        self.exports.shutdown()
        self.analysis.cancel()
        self.team.shutdown()
        self.runner.cancel_all()
        self.runner.wait()
        for dock in self._docks_hidden_for_welcome:
            dock.show()  # save the layout the user chose, not the welcome one
        self.settings.save_window(self)
        self.settings.set(LIBRARY_HEADER, self.library.view.horizontalHeader().saveState())
        self.settings.sync()
        for dialog in (self._find_dialog, self._guide):
            if dialog is not None:
                dialog.close()
        project = self.projects.project
        self.projects.project = None
        if project is not None:
            project.close()
        event.accept()
