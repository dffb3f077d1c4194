"""Changing figures: versioned edits with history, human additions, deletions, and re-extraction
that keeps every human verdict. Each call is one transaction, so a bulk edit is one step.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from app.domain import Figure, Measure, Qualifier, ReviewStatus, Who
from app.store.figures import insert_figures
from app.store.changes import record_changes
from app.store.schema import documents, figure_history, figures
from app.store.transactions import default_actor, write_transaction

EDITABLE_FIELDS = (
    "value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "hedged",
    "disputed_by", "place", "lat", "lon", "country", "as_of", "since", "status", "parts_of",
)
_ENUMS = {"qualifier": Qualifier, "measure": Measure, "who": Who, "status": ReviewStatus}


class StaleEditError(Exception):
    """Someone else changed the figure since it was shown; carries both sides for a merge dialog."""

    def __init__(self, figure_id: int, theirs: dict[str, Any], yours: dict[str, Any]) -> None:
        super().__init__(f"Figure {figure_id} was changed by someone else since you loaded it.")
        self.figure_id = figure_id
        self.theirs = theirs
        self.yours = yours


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    changed_at: dt.datetime
    actor: str
    action: str
    changes: dict[str, list]
    version: int


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def validate_field(field_name: str, value: Any) -> Any:
    """The value as stored; ValueError for a field that cannot be edited or an unknown enum."""
    if field_name not in EDITABLE_FIELDS:
        raise ValueError(f"{field_name!r} is not an editable figure field")
    if field_name in _ENUMS and value is not None:
        return str(_ENUMS[field_name](value))
    if field_name in ("as_of", "since") and isinstance(value, str):
        return dt.date.fromisoformat(value) if value else None
    return value


def _history_row(figure_id: int, actor: str, action: str, changes: Mapping[str, list],
                 version: int, at: dt.datetime | None = None) -> dict[str, Any]:
    return dict(
        figure_id=figure_id, changed_at=at or _now(), actor=actor, action=action,
        changes=json.dumps({k: [_jsonable(a), _jsonable(b)] for k, (a, b) in changes.items()}),
        version=version,
    )


def _record(conn: Connection, figure_id: int, actor: str, action: str,
            changes: Mapping[str, list], version: int, at: dt.datetime | None = None) -> None:
    conn.execute(_INSERT_HISTORY, _history_row(figure_id, actor, action, changes, version, at))


# Where a deletion snapshot keeps the figure's history rows (not a column of `figures`).
_HISTORY_KEY = "_history"

# Built once: an edit runs these thousands of times and building them costs more than running them.
_CURRENT = (
    select(figures.c.id, figures.c.version, *(figures.c[f] for f in EDITABLE_FIELDS))
    .where(figures.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(figures.c.id)
)
_CURRENT_LOCKED = _CURRENT.with_for_update(of=figures)
_UPDATE_IF_UNCHANGED = update(figures).where(
    figures.c.id == bindparam("b_id"), figures.c.version == bindparam("b_version")
)
_INSERT_HISTORY = insert(figure_history)


class FigureEditor:
    """All writes to figures go through here, attributed to `actor` (by default the database
    user on PostgreSQL, the OS user on SQLite)."""

    def __init__(self, engine: Engine, actor: str | None = None) -> None:
        self._engine = engine
        self._actor = actor

    @property
    def actor(self) -> str:
        if self._actor is None:
            self._actor = default_actor(self._engine)
        return self._actor

    @actor.setter
    def actor(self, value: str | None) -> None:
        self._actor = value

    @property
    def engine(self) -> Engine:
        return self._engine

    def actor_if_known(self) -> str | None:
        """The actor without asking the server (which may be unreachable right now)."""
        return self._actor

    def current(self, figure_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """The editable fields and version of each figure that still exists, as stored now."""
        with self._engine.connect() as conn:
            return {row["id"]: dict(row)
                    for row in conn.execute(_CURRENT, {"ids": list(figure_ids)}).mappings()}

    def apply(
        self,
        changes: Mapping[int, Mapping[str, Any]],
        action: str = "edited",
        expected_versions: Mapping[int, int] | None = None,
        *,
        edit_id: str | None = None,
        changed_at: dt.datetime | None = None,
    ) -> dict[int, int]:
        """Set fields on several figures at once; returns each figure's new version.

        A plain field edit marks an unreviewed figure "edited" unless the change sets status itself.
        With expected_versions, a figure changed by someone else raises StaleEditError and nothing
        is written. The rows are locked while read (FOR UPDATE on PostgreSQL, the write lock on
        SQLite), so concurrent edits are serialised and every one gets its own version.
        `edit_id` and `changed_at` let an offline journal replay an edit once, dated when made.
        """
        if not changes:
            return {}
        actor = self.actor
        new_versions: dict[int, int] = {}
        history: list[dict[str, Any]] = []
        at = changed_at or _now()
        with write_transaction(self._engine) as conn:
            query = _CURRENT_LOCKED if conn.dialect.name == "postgresql" else _CURRENT
            current = {row["id"]: dict(row)
                       for row in conn.execute(query, {"ids": list(changes)}).mappings()}
            for figure_id, fields in changes.items():
                before = current.get(figure_id)
                if before is None:
                    raise KeyError(f"figure {figure_id} no longer exists")
                expected = (expected_versions or {}).get(figure_id)
                wanted = {name: validate_field(name, value) for name, value in fields.items()}
                if expected is not None and expected != before["version"]:
                    raise StaleEditError(figure_id, before, wanted)
                if action == "edited" and "status" not in wanted:
                    wanted["status"] = str(ReviewStatus.EDITED)
                diff = {k: [before[k], v] for k, v in wanted.items() if before[k] != v}
                version = before["version"] + 1
                written = conn.execute(_UPDATE_IF_UNCHANGED, {
                    **wanted, "version": version, "updated_at": at,
                    "b_id": figure_id, "b_version": before["version"],
                }).rowcount
                if written != 1:  # only without row locks; kept as the last line of defence
                    raise StaleEditError(figure_id, before, wanted)
                history.append(_history_row(figure_id, actor, action, diff, version, at))
                new_versions[figure_id] = version
            conn.execute(_INSERT_HISTORY, history)
            record_changes(conn, action, actor, new_versions, edit_id=edit_id, at=at)
        return new_versions

    def set_status(self, figure_ids: Sequence[int], status: ReviewStatus) -> dict[int, int]:
        return self.apply({fid: {"status": status} for fid in figure_ids}, action=str(status))

    def add(self, document_id: int, figure: Figure) -> int:
        """A figure the extractor missed, added by a person; it is never replaced by re-extraction."""
        figure.id = None
        figure.parts_of = None
        actor = self.actor
        with self._engine.begin() as conn:
            (new_id,) = insert_figures(conn, document_id, [figure], origin="human")
            _record(conn, new_id, actor, "added", {}, 1)
            _refresh_count(conn, document_id)
            record_changes(conn, "added", actor, [new_id])
        return new_id

    def delete(self, figure_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Remove figures; returns full snapshots so the deletion can be undone with restore()."""
        actor = self.actor
        with self._engine.begin() as conn:
            rows = [dict(r) for r in conn.execute(
                select(figures).where(figures.c.id.in_(list(figure_ids)))).mappings()]
            # The history rows go with the figure (ON DELETE CASCADE); keep them in the snapshot
            # so that undoing the deletion brings back who changed what, not only the values.
            history: dict[int, list[dict[str, Any]]] = {}
            for h in conn.execute(
                select(figure_history).where(figure_history.c.figure_id.in_(list(figure_ids)))
                .order_by(figure_history.c.id)
            ).mappings():
                history.setdefault(h["figure_id"], []).append(dict(h))
            for row in rows:
                row[_HISTORY_KEY] = history.get(row["id"], [])
            conn.execute(delete(figures).where(figures.c.id.in_(list(figure_ids))))
            for doc in {r["document_id"] for r in rows}:
                _refresh_count(conn, doc)
            record_changes(conn, "deleted", actor, [r["id"] for r in rows])
        return rows

    def restore(self, snapshots: Sequence[Mapping[str, Any]]) -> None:
        actor = self.actor
        with self._engine.begin() as conn:
            for snap in snapshots:
                conn.execute(insert(figures).values(**{k: v for k, v in snap.items()
                                                       if k in figures.c}))
                old_history = snap.get(_HISTORY_KEY) or []
                if old_history:
                    conn.execute(insert(figure_history), [dict(h) for h in old_history])
                _record(conn, snap["id"], actor, "restored", {}, snap["version"])
            for doc in {s["document_id"] for s in snapshots}:
                _refresh_count(conn, doc)
            record_changes(conn, "restored", actor, [s["id"] for s in snapshots])

    def history(self, figure_id: int) -> list[HistoryEntry]:
        query = (
            select(figure_history).where(figure_history.c.figure_id == figure_id)
            .order_by(figure_history.c.id)
        )
        with self._engine.connect() as conn:
            return [
                HistoryEntry(r["changed_at"], r["actor"], r["action"], json.loads(r["changes"]),
                             r["version"])
                for r in conn.execute(query).mappings()
            ]


def _refresh_count(conn: Connection, document_id: int) -> None:
    count = select(func.count()).select_from(figures).where(figures.c.document_id == document_id)
    conn.execute(
        update(documents).where(documents.c.id == document_id)
        .values(figure_count=count.scalar_subquery())
    )


def replace_extracted(conn: Connection, document_id: int, found: Sequence[Figure]) -> int:
    """Swap a document's machine figures for a new extraction, keeping every figure a person
    touched (confirmed, edited, rejected or added); new figures overlapping a kept one are dropped.
    Returns how many figures were kept."""
    kept = conn.execute(
        select(figures.c.start, figures.c.end).where(
            figures.c.document_id == document_id,
            (figures.c.origin == "human") | (figures.c.status != str(ReviewStatus.UNREVIEWED)),
        )
    ).all()
    conn.execute(
        delete(figures).where(
            figures.c.document_id == document_id,
            figures.c.origin == "extractor",
            figures.c.status == str(ReviewStatus.UNREVIEWED),
        )
    )
    fresh = [f for f in found if not any(f.start < end and start < f.end for start, end in kept)]
    fresh_ids = {f.id for f in fresh}
    for f in fresh:
        if f.parts_of not in fresh_ids:
            f.parts_of = None
    insert_figures(conn, document_id, fresh)
    _refresh_count(conn, document_id)
    record_changes(conn, "reextracted", None, document_ids=[document_id])
    return len(kept)
