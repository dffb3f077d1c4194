"""Server passwords go to the system keyring when there is a secure one, and nowhere else."""

import pytest

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402

from app.store import credentials  # noqa: E402


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


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plain-text file backend, which must never be used."""


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_password_is_kept_in_the_keyring_per_account_and_database(use_keyring):
    backend = MemoryKeyring()
    use_keyring(backend)
    url = "postgresql://ana@db.example.org:5433/newsdesk"
    assert credentials.keyring_available()
    assert credentials.set_password(url, "s3cret")
    assert backend.secrets == {("sitrep", "ana@db.example.org:5433/newsdesk"): "s3cret"}
    assert credentials.get_password(url) == "s3cret"
    assert credentials.get_password("postgresql://ben@db.example.org:5433/newsdesk") is None
    credentials.forget_password(url)
    assert credentials.get_password(url) is None


@pytest.mark.parametrize("backend", [fail.Keyring(), PlaintextKeyring()])
def test_without_a_secure_keyring_nothing_is_stored(use_keyring, backend):
    use_keyring(backend)
    url = "postgresql://ana@db.example.org/newsdesk"
    assert not credentials.keyring_available()
    assert credentials.set_password(url, "s3cret") is False
    assert credentials.get_password(url) is None
    assert getattr(backend, "secrets", {}) == {}
