"""The change feed: every committed write leaves rows in figure_changes, numbered in commit order,
so an open window asks "what changed since my cursor?" and refreshes just those figures.

On PostgreSQL writers serialise the numbering with a transaction-level advisory lock (so a reader
never skips a row committed late with a lower number) and NOTIFY `sitrep_changes`; `ChangeFeed.wait`
LISTENs for it. On SQLite writes are serialised anyway and `wait` polls.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from app.store.schema import figure_changes, sitrep_meta

CHANNEL = "sitrep_changes"
_LOCK_KEY = 5_349_545_243  # any constant bigint: "the change numbering lock"
_INSERT_CHANGES = insert(figure_changes)
# Change rows older than this are deleted when a project is opened: open windows read the feed
# every few seconds, and an offline journal replayed later is still guarded by version checks.
RETENTION = dt.timedelta(days=90)
_PRUNED_KEY = "changes_pruned_through"  # in sitrep_meta: the highest change number deleted
STRUCTURAL_KINDS = frozenset({"added", "deleted", "restored", "imported", "reextracted",
                              "document_deleted"})


@dataclass(frozen=True, slots=True)
class Changes:
    """What other sessions (or this one) committed after a cursor; pass `cursor` next time."""

    cursor: int
    figure_ids: frozenset[int] = frozenset()
    document_ids: frozenset[int] = frozenset()
    rows_added_or_removed: bool = False  # the id list must be re-queried, not just rows reloaded
    actors: frozenset[str] = frozenset()
    reload_all: bool = False  # too many changes to list: reload the whole view

    def __bool__(self) -> bool:
        return bool(self.figure_ids or self.document_ids or self.rows_added_or_removed
                    or self.reload_all)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record_changes(
    conn: Connection,
    kind: str,
    actor: str | None,
    figure_ids: Iterable[int] = (),
    document_ids: Iterable[int] = (),
    edit_id: str | None = None,
    at: dt.datetime | None = None,
) -> None:
    """Append change rows; call it as the last statement of a write transaction (it takes the
    numbering lock, held until commit)."""
    at = at or _now()
    base = {"kind": kind, "actor": actor, "changed_at": at, "edit_id": edit_id}
    rows = [{**base, "figure_id": f, "document_id": None} for f in figure_ids]
    rows += [{**base, "figure_id": None, "document_id": d} for d in document_ids]
    if not rows:
        rows = [{**base, "figure_id": None, "document_id": None}]
    if conn.dialect.name == "postgresql":  # NOTIFY is delivered at commit, after the rows
        conn.exec_driver_sql(
            f"SELECT pg_advisory_xact_lock({_LOCK_KEY}), pg_notify('{CHANNEL}', '')"
        )
    conn.execute(_INSERT_CHANGES, rows)


def edit_already_applied(conn: Connection, edit_id: str) -> bool:
    """True when an edit with this id was committed (an offline journal replays exactly once)."""
    query = select(figure_changes.c.seq).where(figure_changes.c.edit_id == edit_id).limit(1)
    return conn.execute(query).first() is not None


def prune_changes(conn: Connection, retention: dt.timedelta = RETENTION,
                  now: dt.datetime | None = None) -> int:
    """Delete change rows older than `retention` and return how many went.

    The newest row always stays, so change numbers keep growing (SQLite would otherwise reuse
    them); the highest deleted number is kept in sitrep_meta so that a window whose cursor is
    older than that reloads everything instead of missing changes. Cheap when there is nothing
    to do: only the first row is read."""
    cutoff = (now or _now()) - retention
    oldest = conn.execute(
        select(figure_changes.c.changed_at).order_by(figure_changes.c.seq).limit(1)
    ).scalar()
    if oldest is None or oldest >= cutoff:
        return 0
    newest = conn.scalar(select(func.max(figure_changes.c.seq)))
    first_kept = conn.scalar(
        select(func.min(figure_changes.c.seq)).where(figure_changes.c.changed_at >= cutoff)
    )
    # Only a leading run of old rows goes (a replayed journal edit is dated when it was made,
    # so an old date can follow recent ones), and never the newest row.
    through = (newest if first_kept is None else min(newest, first_kept)) - 1
    if through < 1:
        return 0
    deleted = conn.execute(delete(figure_changes).where(figure_changes.c.seq <= through)).rowcount
    upsert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(sitrep_meta)
    conn.execute(upsert.values(key=_PRUNED_KEY, value=str(through)).on_conflict_do_update(
        index_elements=[sitrep_meta.c.key], set_={"value": str(through)}))
    return deleted


def _pruned_through(conn: Connection) -> int:
    value = conn.scalar(select(sitrep_meta.c.value).where(sitrep_meta.c.key == _PRUNED_KEY))
    return int(value) if value else 0


class ChangeFeed:
    """Polling and waiting for changes; one per open window. Close it when the window closes."""

    def __init__(self, engine: Engine, limit: int = 50_000) -> None:
        self._engine = engine
        self._limit = limit
        self._listener = None  # a dedicated autocommit psycopg connection that LISTENs
        self._closed = False

    def cursor(self) -> int:
        """The newest change number now: start here to see only what happens from now on."""
        with self._engine.connect() as conn:
            return conn.scalar(select(func.max(figure_changes.c.seq))) or 0

    def since(self, cursor: int) -> Changes:
        query = (
            select(figure_changes.c.seq, figure_changes.c.figure_id, figure_changes.c.document_id,
                   figure_changes.c.kind, figure_changes.c.actor)
            .where(figure_changes.c.seq > cursor)
            .order_by(figure_changes.c.seq)
            .limit(self._limit + 1)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
            if len(rows) > self._limit or cursor < _pruned_through(conn):
                newest = conn.scalar(select(func.max(figure_changes.c.seq))) or cursor
                return Changes(cursor=newest, rows_added_or_removed=True, reload_all=True)
        if not rows:
            return Changes(cursor=cursor)
        return Changes(
            cursor=rows[-1].seq,
            figure_ids=frozenset(r.figure_id for r in rows if r.figure_id is not None),
            document_ids=frozenset(r.document_id for r in rows if r.document_id is not None),
            rows_added_or_removed=any(r.kind in STRUCTURAL_KINDS for r in rows),
            actors=frozenset(r.actor for r in rows if r.actor),
        )

    def wait(self, timeout: float, cursor: int | None = None) -> bool:
        """Block up to `timeout` seconds for a change; True when one may have arrived.

        Meant for a background thread; the window then calls `since()` on its own thread. Pass
        the window's cursor so a change committed just before waiting began is not missed.
        Raises the database error when the server cannot be reached (the caller shows "offline").
        """
        if self._closed:
            return False
        if self._engine.dialect.name == "postgresql":
            try:
                return self._wait_for_notify(timeout, cursor)
            except Exception:
                self._drop_listener()
        return self._poll(timeout, cursor)

    def _poll(self, timeout: float, cursor: int | None) -> bool:
        start = cursor if cursor is not None else self.cursor()
        deadline = time.monotonic() + timeout
        while not self._closed:
            if self.cursor() != start:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(0.5, remaining))
        return False

    def _wait_for_notify(self, timeout: float, cursor: int | None) -> bool:
        if self._listener is None:
            raw = self._engine.raw_connection()
            raw.detach()
            connection = raw.driver_connection
            connection.rollback()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._listener = connection
        if cursor is not None and self.cursor() != cursor:
            return True
        for _ in self._listener.notifies(timeout=timeout, stop_after=1):
            return True
        return False

    def _drop_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.close()
            except Exception:
                pass

    def close(self) -> None:
        """Stop waiting and release the LISTEN connection (a waiting thread returns soon)."""
        self._closed = True
        self._drop_listener()
