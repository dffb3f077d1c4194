"""A Sitrep project: one SQLite file (`*.sitrep`) opened with WAL and foreign keys, schema by Alembic.

Opening refuses anything that is not a Sitrep project (a foreign or corrupt file) and never writes to it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from app.store import migrate
from app.store.documents import DocumentStore
from app.store.figures import FigureStore

PROJECT_SUFFIX = ".sitrep"
APPLICATION_ID = 0x53495452  # "SITR": marks a SQLite file as a Sitrep project
SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_LIMIT = 64 * 1024 * 1024  # above this, opening checks the header, not every page


class ProjectError(Exception):
    """A project cannot be created or opened; the message is written for the user."""


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
    """An open project; `documents` and `figures` are its query objects."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.documents = DocumentStore(engine)
        self.figures = FigureStore(engine)

    @property
    def name(self) -> str:
        return self.path.stem

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Project:
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
    def open(cls, path: str | Path) -> Project:
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
        return cls(path, engine)

    def close(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
