"""File ▸ Connect to Team Project…: where the shared project lives, and who is asking.

The dialog only collects an address and a password; `open_server_project` does the connecting,
asks again when the server refuses the password, and keeps it in the system keyring on request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from app.store import credentials
from app.store.errors import EmptyDatabase, PasswordRequired, ProjectError
from app.store.project import Project
from app.store.server import parse_url, public_url
from app.ui import dialogs

DEFAULT_PORT = 5432


class ConnectDialog(QDialog):
    """Host, port, database, user, a masked password and "Remember password"."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "Connect to Team Project",
                 url: str | None = None, message: str = "", ok_text: str = "Connect") -> None:
        super().__init__(parent)
        self.setObjectName("connectTeamProjectDialog")
        self.setWindowTitle(title)
        self.host_edit = QLineEdit("localhost")
        self.host_edit.setObjectName("hostEdit")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("databaseEdit")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox("&Remember password in the system keyring")
        self.remember_box.setObjectName("rememberPasswordBox")
        if not credentials.keyring_available():
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip("No secure keyring on this computer: the password "
                                         "will be asked for each time.")
        self.message_label = QLabel(message)
        self.message_label.setObjectName("connectMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(bool(message))

        form = QFormLayout()
        form.addRow("&Host:", self.host_edit)
        form.addRow("&Port:", self.port_spin)
        form.addRow("&Database:", self.database_edit)
        form.addRow("&User:", self.user_edit)
        form.addRow("Pass&word:", self.password_edit)
        form.addRow("", self.remember_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update_ok)
        if url:
            self.set_url(url)
        self._update_ok()

    def set_url(self, url: str) -> None:
        parsed = parse_url(url)
        self.host_edit.setText(parsed.host or "localhost")
        self.port_spin.setValue(parsed.port or DEFAULT_PORT)
        self.database_edit.setText(parsed.database or "")
        self.user_edit.setText(parsed.username or "")
        if parsed.database and parsed.username:
            self.password_edit.setFocus()

    def _update_ok(self) -> None:
        ok = all(e.text().strip() for e in (self.host_edit, self.database_edit, self.user_edit))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def url(self) -> str:
        """`postgresql://user@host:port/db`, never with the password."""
        return public_url(URL.create(
            "postgresql", username=self.user_edit.text().strip(),
            host=self.host_edit.text().strip(), port=self.port_spin.value(),
            database=self.database_edit.text().strip()))

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()


DialogFactory = Callable[..., ConnectDialog]


def _connect(url: str, password: str | None, create: bool) -> Project:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return Project.connect(url, password, create=create)
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_server_project(parent: QWidget | None, url: str | None = None,
                        password: str | None = None, *, ask_first: bool = False,
                        create_if_empty: bool = False,
                        make_dialog: DialogFactory = ConnectDialog) -> Project | None:
    """Connect to a team project, asking for the address and password as needed; None when the
    user gave up or the project cannot be opened (after an error dialog)."""
    message = ""
    if url is not None and password is None:
        password = credentials.get_password(url)
    remember = False
    while True:
        if ask_first or url is None or password is None and message:
            dialog = make_dialog(parent, url=url, message=message)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            url, password, remember = dialog.url(), dialog.password(), dialog.remember()
            ask_first = False
        try:
            project = _connect(url, password, create=False)
        except PasswordRequired as exc:
            credentials.forget_password(url)
            password, message = None, str(exc)
            continue
        except EmptyDatabase as exc:
            if not create_if_empty:
                dialogs.show_error(parent, "Not a Sitrep project", f"{exc} Use File ▸ Publish "
                                   "Project to Server… to put a project there.")
                return None
            try:
                project = _connect(url, password, create=True)
            except ProjectError as error:
                dialogs.show_error(parent, "Cannot create the team project", str(error))
                return None
        except ProjectError as exc:
            dialogs.show_error(parent, "Cannot open team project", str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - a driver error must not crash the window
            dialogs.show_error(parent, "Cannot open team project",
                               f"The server at {url} could not be used.",
                               details=f"{type(exc).__name__}: {exc}")
            return None
        if remember and password:
            credentials.set_password(url, password)
        return project
