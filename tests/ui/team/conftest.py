"""Team-mode GUI fixtures: a seeded team project on the throwaway server, a scripted connect
dialog, and an in-memory keyring."""

from __future__ import annotations

import pytest

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def team_project(pg_database):
    """(url, password, figure ids) of a fresh team project holding 2 articles × 3 figures."""
    from store_helpers import seed

    from app.store import Project

    url, password = pg_database(project=True)
    with Project.connect(url, password) as project:
        ids = seed(project, 2, 3)
    return url, password, ids


@pytest.fixture
def scripted_connect(monkeypatch, qtbot):
    """Make ConnectDialog.exec fill its fields (as a user would type them) and accept."""
    from PySide6.QtWidgets import QDialog

    from app.store.server import parse_url
    from app.ui.team.connect_dialog import ConnectDialog

    answers: list[tuple[str, str]] = []
    seen: list[ConnectDialog] = []

    def fake_exec(dialog: ConnectDialog):
        seen.append(dialog)
        if not answers:
            return QDialog.DialogCode.Rejected
        url, password = answers.pop(0)
        parsed = parse_url(url)
        for edit, text in ((dialog.host_edit, parsed.host), (dialog.database_edit,
                                                              parsed.database),
                           (dialog.user_edit, parsed.username), (dialog.password_edit, password)):
            edit.clear()
            qtbot.keyClicks(edit, text)
        dialog.port_spin.setValue(parsed.port)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", fake_exec)
    fake_exec.answers = answers
    fake_exec.seen = seen
    return fake_exec

