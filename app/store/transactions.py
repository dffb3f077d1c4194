"""How writes begin, who makes them, and which failures mean "the server is unreachable".

Shared by the editor, the offline journal and the project, for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, exc
from sqlalchemy.engine import Connection


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it takes the write lock up front (BEGIN IMMEDIATE)
    so what it reads cannot change before it writes; PostgreSQL callers lock rows FOR UPDATE."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def default_actor(engine: Engine) -> str:
    """Who edits are attributed to: the database user on a server, the OS user on a local file."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT current_user").scalar_one()
    return os_user()


def is_connection_error(error: BaseException) -> bool:
    """True when a database call failed because the server could not be reached or went away,
    so the write may be kept in the offline journal and retried later."""
    if isinstance(error, exc.DBAPIError):
        if error.connection_invalidated:
            return True
        if isinstance(error, (exc.OperationalError, exc.InterfaceError)):
            return _driver_says_disconnected(error.orig)
        return False
    return _driver_says_disconnected(error)


def _driver_says_disconnected(error: BaseException | None) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency of team mode
        return False
    if not isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return False
    state = getattr(error, "sqlstate", None)
    # No SQLSTATE: the client lost or never had a connection. 08: connection exception,
    # 57P: server shutting down or starting, 53: out of connections or memory. Others (a
    # deadlock, a cancelled query) come from a server that is there.
    return state is None or state.startswith(_UNREACHABLE_STATES)


_UNREACHABLE_STATES = ("08", "57P", "53")
