"""A Sitrep project: one SQLite file (`*.sitrep`) opened with WAL and foreign keys, or a database
on a PostgreSQL server shared by a team (`postgresql://user@host:port/db`); schema by Alembic.

Opening refuses anything that is not a Sitrep project (a foreign or corrupt file, a foreign
database) and never writes to it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from app.store import migrate, server
from app.store.changes import ChangeFeed, Changes, prune_changes
from app.store.documents import DocumentStore
from app.store.errors import EmptyDatabase, PasswordRequired, ProjectError
from app.store.figure_edits import FigureEditor
from app.store.figures import FigureStore
from app.store.transactions import os_user

_log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".sitrep"
APPLICATION_ID = 0x53495452  # "SITR": marks a SQLite file as a Sitrep project
SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_LIMIT = 64 * 1024 * 1024  # above this, opening checks the header, not every page


__all__ = ["EmptyDatabase", "PasswordRequired", "Project", "ProjectError", "PROJECT_SUFFIX"]


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        pool_size=4,
        max_overflow=4,
    )
    event.listen(engine, "connect", _configure_sqlite)
    return engine


def _check_is_sitrep_file(path: Path) -> None:
    """Refuse foreign and damaged files before SQLAlchemy touches them (read-only checks)."""
    name = path.name
    if not path.exists():
        raise ProjectError(f"The project '{name}' does not exist (looked for {path}).")
    if path.is_dir():
        raise ProjectError(f"'{name}' is a folder, not a Sitrep project file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError(f"The project '{name}' cannot be read: {exc.strerror or exc}.") from exc
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(
            f"'{name}' is not a Sitrep project: it is not a SQLite database. The file was left untouched."
        )
    if _looks_truncated(header, size):
        raise ProjectError(
            f"The project '{name}' is damaged: the file is shorter than its own header says, as "
            "after a crash or an interrupted copy. It was left untouched; restore it from a backup."
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"The project '{name}' cannot be opened: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectError(
                f"'{name}' is a SQLite database made by another program, not a Sitrep project. "
                "It was left untouched."
            )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = ["ok"]
        if size <= FULL_CHECK_LIMIT:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise ProjectError(
                f"The project '{name}' is damaged ({problems[0]}). It was left untouched; "
                "restore it from a backup or the .bak copy next to it."
            )
    except sqlite3.DatabaseError as exc:
        raise ProjectError(
            f"The project '{name}' is damaged and cannot be read ({exc}). It was left untouched."
        ) from exc
    finally:
        conn.close()


def _looks_truncated(header: bytes, size: int) -> bool:
    """True when the SQLite header's own page count says the file should be longer than it is."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    return counter_valid and page_count > 0 and size < page_count * page_size


class Project:
    """An open project; `documents` and `figures` are its query objects.

    `kind` is "sqlite" (a local file at `path`) or "postgresql" (a server database, `path` None);
    `url` reopens it (a file path, or a server URL without password) and `display_name` names it.
    """

    def __init__(self, path: Path | None, engine: Engine, *, server_url: URL | None = None,
                 actor: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.documents = DocumentStore(engine)
        self.figures = FigureStore(engine)
        self._server_url = server_url
        self._actor = actor

    @property
    def kind(self) -> str:
        return "sqlite" if self._server_url is None else "postgresql"

    @property
    def name(self) -> str:
        return self.path.stem if self._server_url is None else self._server_url.database

    @property
    def display_name(self) -> str:
        return self.path.name if self._server_url is None else server.describe(self._server_url)

    @property
    def url(self) -> str:
        """What reopens the project: the file path, or `postgresql://user@host:port/db`."""
        return str(self.path) if self._server_url is None else server.public_url(self._server_url)

    @property
    def actor(self) -> str:
        """Who this session's edits are attributed to: the database user, or the OS user."""
        if self._actor is None:
            self._actor = os_user()
        return self._actor

    def editor(self) -> FigureEditor:
        return FigureEditor(self.engine, self.actor)

    def change_feed(self) -> ChangeFeed:
        """A feed for one open window; close it with the window."""
        return ChangeFeed(self.engine)

    def change_cursor(self) -> int:
        return ChangeFeed(self.engine).cursor()

    def changes_since(self, cursor: int) -> Changes:
        """Figures and documents changed (by anyone) after `cursor`, and the cursor to use next."""
        return ChangeFeed(self.engine).since(cursor)

    @classmethod
    def connect(cls, url: str | URL, password: str | None = None, *,
                create: bool = False) -> Project:
        """Open the team project in a PostgreSQL database, migrating it if it is older.

        The URL carries no password; pass it here (from the keyring, see credentials.py).
        Raises PasswordRequired when the server wants one, EmptyDatabase when the database holds
        no project and `create` is false, ProjectError for a foreign database or newer schema.
        """
        parsed = server.parse_url(url)
        if password is None and parsed.password is not None:
            password = str(parsed.password)
        parsed = parsed.set(password=None)
        engine, user = server.connect_engine(parsed, password, create)
        _prune_change_feed(engine)
        return cls(None, engine, server_url=parsed, actor=user)

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False,
               password: str | None = None) -> Project:
        if server.is_server_url(path):
            if overwrite:
                raise ProjectError("A team project on a server is never overwritten; "
                                   "use an empty database.")
            return cls.connect(str(path), password, create=True)
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectError(f"'{path.name}' already exists; choose another name.")
            path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = _sqlite_engine(path)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate.upgrade_to_head(conn)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            engine.dispose()
            path.unlink(missing_ok=True)
            raise
        return cls(path, engine)

    @classmethod
    def open(cls, path: str | Path, *, password: str | None = None) -> Project:
        """Open a `.sitrep` file, or a team project when given a `postgresql://` URL."""
        if server.is_server_url(path):
            return cls.connect(str(path), password)
        path = Path(path)
        _check_is_sitrep_file(path)
        engine = _sqlite_engine(path)
        try:
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
            if revision is not None and revision not in migrate.known_revisions():
                raise ProjectError(
                    f"'{path.name}' was made by a newer version of Sitrep (schema {revision}); "
                    "update Sitrep to open it."
                )
            if revision != migrate.head_revision():
                if revision is not None:
                    shutil.copy2(path, path.with_name(path.name + ".bak"))
                with engine.begin() as conn:
                    migrate.upgrade_to_head(conn)
        except Exception:
            engine.dispose()
            raise
        _prune_change_feed(engine)
        return cls(path, engine)

    def close(self) -> None:
        if self.kind == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prune_change_feed(engine: Engine) -> None:
    """Housekeeping on open: old change-feed rows go. A failure here (a busy or read-only
    database) must not stop the project from opening; the next open tries again."""
    try:
        with engine.begin() as conn:
            prune_changes(conn)
    except Exception:  # noqa: BLE001
        _log.warning("could not prune the change feed", exc_info=True)
