"""Team projects on a PostgreSQL server: URLs without passwords, connecting, marking and checking.

A Sitrep database is marked by a `sitrep_meta` row (SQLite files use application_id instead), so
a database holding anything else is refused and left untouched, as a foreign file is.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import Engine, create_engine, exc, insert, select
from sqlalchemy.engine import URL, Connection, make_url

from app.store import migrate
from app.store.errors import EmptyDatabase, PasswordRequired, ProjectError
from app.store.schema import sitrep_meta

SERVER_URL = re.compile(r"^postgres(ql)?(\+\w+)?://", re.IGNORECASE)
DRIVER = "postgresql+psycopg"
MARK_KEY, MARK_VALUE = "application", "sitrep"
_MIGRATION_LOCK = 5_349_545_244  # held while one client checks and migrates the schema
CONNECT_TIMEOUT_S = 10


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and bool(SERVER_URL.match(target))


def parse_url(url: str | URL) -> URL:
    """A SQLAlchemy URL for psycopg from `postgresql://user@host:port/db` (any driver suffix)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except exc.ArgumentError as error:
        raise ProjectError(f"'{url}' is not a valid server address: {error}.") from error
    if parsed.drivername.split("+")[0] not in ("postgresql", "postgres"):
        raise ProjectError(f"'{parsed.drivername}' servers are not supported; use PostgreSQL.")
    if not parsed.database:
        raise ProjectError(
            "The server address names no database (postgresql://user@host/DATABASE).")
    return parsed.set(drivername=DRIVER)


def public_url(url: URL) -> str:
    """The address to show and to keep in recent-project lists: never the password."""
    user = f"{url.username}@" if url.username else ""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    query = "&".join(f"{k}={v}" for k, v in sorted(url.query.items()) if isinstance(v, str))
    return f"postgresql://{user}{host}{port}/{url.database}" + (f"?{query}" if query else "")


def describe(url: URL) -> str:
    """'newsdesk on db.example.org' — how the project is named in titles and menus."""
    host = url.host or "localhost"
    return f"{url.database} on {host}" + (f":{url.port}" if url.port and url.port != 5432 else "")


def server_engine(url: URL, password: str | None) -> Engine:
    if password is not None:
        url = url.set(password=password)
    return create_engine(
        url,
        pool_pre_ping=True,  # after a server restart, stale pooled connections are replaced
        pool_size=5,
        max_overflow=10,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "sitrep"},
    )


def connection_problem(url: URL, error: exc.DBAPIError) -> ProjectError:
    """Translate a failed connection into what the user can act on."""
    detail = str(error.orig or error).strip().splitlines()[0] if str(error.orig or error) else ""
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    lowered = detail.lower()
    if "password" in lowered and ("authentication failed" in lowered or "no password" in lowered):
        return PasswordRequired(
            f"The server at {where} did not accept the password for '{url.username}'."
            if "authentication failed" in lowered
            else f"The server at {where} asks for the password of '{url.username}'."
        )
    if "does not exist" in lowered and "database" in lowered:
        return ProjectError(f"There is no database '{url.database}' on the server at {where}.")
    return ProjectError(f"Cannot connect to the server at {where}: {detail}")


def _tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    ).all()
    return {name for (name,) in rows}


def _is_marked(conn: Connection, tables: set[str]) -> bool:
    if "sitrep_meta" not in tables:
        return False
    value = conn.scalar(select(sitrep_meta.c.value).where(sitrep_meta.c.key == MARK_KEY))
    return value == MARK_VALUE


def prepare_database(conn: Connection, url: URL, create: bool) -> None:
    """Check, and if need be create or migrate, the schema in the caller's transaction.

    Refuses a database that holds other tables, or one made by a newer Sitrep.
    """
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
    name = describe(url)
    tables = _tables(conn)
    if not tables:
        if not create:
            raise EmptyDatabase(f"The database {name} holds no Sitrep project yet.")
        migrate.upgrade_to_head(conn)
        conn.execute(insert(sitrep_meta), [
            {"key": MARK_KEY, "value": MARK_VALUE},
            {"key": "created_at", "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
        ])
        return
    if not _is_marked(conn, tables):
        raise ProjectError(
            f"The database {name} is not a Sitrep project: it holds other tables "
            f"({', '.join(sorted(tables)[:5])}). It was left untouched."
        )
    if create:
        raise ProjectError(f"The database {name} already holds a Sitrep project; open it instead.")
    revision = migrate.current_revision(conn)
    if revision not in migrate.known_revisions():
        raise ProjectError(
            f"The project {name} was made by a newer version of Sitrep (schema {revision}); "
            "update Sitrep to open it."
        )
    if revision != migrate.head_revision():
        migrate.upgrade_to_head(conn)


def connect_engine(url: URL, password: str | None, create: bool) -> tuple[Engine, str]:
    """An engine on a checked (created or migrated) Sitrep database, and the database user."""
    engine = server_engine(url, password)
    try:
        with engine.begin() as conn:
            prepare_database(conn, url, create)
            user = conn.exec_driver_sql("SELECT current_user").scalar_one()
    except exc.DBAPIError as error:
        engine.dispose()
        if isinstance(error, (exc.OperationalError, exc.InterfaceError)):
            raise connection_problem(url, error) from error
        raise ProjectError(f"The database {describe(url)} cannot be used: {error.orig}") from error
    except BaseException:
        engine.dispose()
        raise
    return engine, user
