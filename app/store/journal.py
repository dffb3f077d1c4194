"""The offline journal: edits that could not reach the server are kept in a local JSON-lines file
(flushed and fsynced before the user is told "saved locally") and replayed when it is back.

Replay never overwrites: an entry made on a version someone else has since changed is reported as
a conflict (with StaleEditError's theirs/yours) and kept until the user resolves it; later entries
for the same figure wait behind it. Each entry carries an id written with the edit's change rows,
so an edit whose commit reached the server just before the connection broke is not applied twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from app.store.changes import edit_already_applied
from app.store.figure_edits import FigureEditor, StaleEditError, validate_field
from app.store.schema import figures
from app.store.transactions import is_connection_error


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One FigureEditor.apply call that is waiting for the server."""

    id: str
    changes: dict[int, dict[str, Any]]
    action: str
    expected_versions: dict[int, int] | None
    actor: str | None
    created_at: dt.datetime

    def figure_ids(self) -> set[int]:
        return set(self.changes)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What `save_edit` did: saved on the server, or kept in the journal (versions provisional)."""

    versions: dict[int, int]
    journaled: bool
    entry_id: str | None = None


@dataclass(slots=True)
class ReplayReport:
    applied: list[str] = field(default_factory=list)
    conflicts: list[tuple[JournalEntry, Exception]] = field(default_factory=list)
    remaining: int = 0  # still pending: the server went away again

    @property
    def finished(self) -> bool:
        return self.remaining == 0


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def journal_path(data_dir: str | os.PathLike, project_url: str) -> Path:
    """`<user data>/journal/<name>-<hash>.jsonl`: one journal per project, next to the user data."""
    digest = hashlib.sha256(project_url.encode()).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]+", "_", project_url.rsplit("/", 1)[-1])[:40] or "project"
    return Path(data_dir) / "journal" / f"{stem}-{digest}.jsonl"


class EditJournal:
    """Append-only JSON lines: `edit` records, then `applied`/`conflict`/`discarded` outcomes."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    @classmethod
    def for_project(cls, data_dir: str | os.PathLike, project_url: str) -> EditJournal:
        return cls(journal_path(data_dir, project_url))

    def _append(self, *records: dict[str, Any]) -> None:
        with self._lock:
            new = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a+", encoding="utf-8") as handle:
                if handle.tell() > 0 and not _ends_with_newline(self.path):
                    handle.write("\n")  # after a line torn by a crash, start a fresh one
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            if new:
                _fsync_dir(self.path.parent)

    def _records(self) -> list[dict[str, Any]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        records = []
        for line in lines:
            try:
                records.append(json.loads(line))
            except ValueError:  # a line torn by a crash mid-write was never reported as saved
                continue
        return records

    def add(self, changes: Mapping[int, Mapping[str, Any]], action: str = "edited",
            expected_versions: Mapping[int, int] | None = None, actor: str | None = None,
            entry_id: str | None = None) -> JournalEntry:
        entry = JournalEntry(
            id=entry_id or str(uuid.uuid4()),
            changes={int(k): dict(v) for k, v in changes.items()},
            action=action,
            expected_versions=None if expected_versions is None
            else {int(k): int(v) for k, v in expected_versions.items()},
            actor=actor,
            created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )
        self._append({
            "type": "edit", "id": entry.id, "action": entry.action, "actor": entry.actor,
            "created_at": entry.created_at.isoformat(),
            "changes": {str(k): v for k, v in entry.changes.items()},
            "expected_versions": None if entry.expected_versions is None
            else {str(k): v for k, v in entry.expected_versions.items()},
        })
        return entry

    def _state(self) -> tuple[list[JournalEntry], dict[str, str]]:
        entries, outcome = [], {}
        for record in self._records():
            if record.get("type") == "edit":
                expected = record.get("expected_versions")
                entries.append(JournalEntry(
                    id=record["id"],
                    changes={int(k): v for k, v in record["changes"].items()},
                    action=record.get("action", "edited"),
                    expected_versions=None if expected is None
                    else {int(k): int(v) for k, v in expected.items()},
                    actor=record.get("actor"),
                    created_at=dt.datetime.fromisoformat(record["created_at"]),
                ))
            elif record.get("type") in ("applied", "conflict", "discarded"):
                outcome[record["id"]] = record["type"]
        return entries, outcome

    def pending(self) -> list[JournalEntry]:
        entries, outcome = self._state()
        return [e for e in entries if e.id not in outcome]

    def conflicts(self) -> list[JournalEntry]:
        """Entries replay refused; they stay here until the user resolves them (`discard`)."""
        entries, outcome = self._state()
        return [e for e in entries if outcome.get(e.id) == "conflict"]

    def has_pending(self) -> bool:
        return bool(self.pending())

    def mark(self, entry_id: str, outcome: str, **details: Any) -> None:
        self._append({"type": outcome, "id": entry_id, **details})

    def discard(self, entry_id: str) -> None:
        """The user resolved a conflict (kept theirs, or re-applied theirs/yours themselves)."""
        self.mark(entry_id, "discarded")

    def compact(self) -> None:
        """Drop settled entries; removes the file when nothing is left to replay or resolve."""
        entries, outcome = self._state()
        keep = [e for e in entries if outcome.get(e.id) in (None, "conflict")]
        if not keep:
            with self._lock:
                self.path.unlink(missing_ok=True)
            return
        records = [r for r in self._records()
                   if r.get("id") in {e.id for e in keep} and r.get("type") in ("edit", "conflict")]
        tmp = self.path.with_suffix(".tmp")
        with self._lock:
            with tmp.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            _fsync_dir(self.path.parent)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_edit(editor: FigureEditor, journal: EditJournal,
              changes: Mapping[int, Mapping[str, Any]], action: str = "edited",
              expected_versions: Mapping[int, int] | None = None) -> SaveOutcome:
    """Apply an edit, or keep it in the journal when the server cannot be reached.

    While entries are pending, new edits queue behind them so they reach the server in order.
    A journaled edit's versions are provisional (expected + 1) so the next edit of the same figure
    chains onto it (figures edited without an expected version get none). StaleEditError and other
    refusals are raised as from FigureEditor.apply; invalid fields before anything is kept.
    """
    engine = editor.engine
    for fields in changes.values():
        for name, value in fields.items():
            validate_field(name, value)
    if journal.has_pending():
        entry = journal.add(changes, action, expected_versions, editor.actor_if_known())
        report = replay(engine, journal)
        for conflict_entry, error in report.conflicts:
            if conflict_entry.id == entry.id:
                raise error
        if entry.id in report.applied:
            return SaveOutcome(_versions_after(engine, changes), False, entry.id)
        return SaveOutcome(_provisional(changes, expected_versions), True, entry.id)
    entry_id = str(uuid.uuid4())
    try:
        versions = editor.apply(changes, action, expected_versions, edit_id=entry_id)
    except Exception as error:
        if not is_connection_error(error):
            raise
        journal.add(changes, action, expected_versions, editor.actor_if_known(), entry_id=entry_id)
        return SaveOutcome(_provisional(changes, expected_versions), True, entry_id)
    return SaveOutcome(versions, False, entry_id)


def _provisional(changes: Mapping[int, Any], expected: Mapping[int, int] | None) -> dict[int, int]:
    return {fid: expected[fid] + 1 for fid in changes if expected and fid in expected}


def _versions_after(engine: Engine, changes: Mapping[int, Any]) -> dict[int, int]:
    with engine.connect() as conn:
        rows = conn.execute(select(figures.c.id, figures.c.version)
                            .where(figures.c.id.in_(list(changes)))).all()
    return {fid: version for fid, version in rows}


def replay(project: Any, journal: EditJournal) -> ReplayReport:
    """Apply pending entries to a Project (or Engine) in order; stop, keeping the rest, if the
    server goes away again. Conflicts are reported and kept in the journal, never overwritten."""
    engine: Engine = getattr(project, "engine", project)
    report = ReplayReport()
    blocked: set[int] = {fid for e in journal.conflicts() for fid in e.figure_ids()}
    pending = journal.pending()
    for index, entry in enumerate(pending):
        try:
            if blocked & entry.figure_ids():
                raise StaleEditError(min(blocked & entry.figure_ids()), {}, entry.changes)
            with engine.connect() as conn:
                done = edit_already_applied(conn, entry.id)
            if not done:
                FigureEditor(engine, entry.actor).apply(
                    entry.changes, entry.action, entry.expected_versions,
                    edit_id=entry.id, changed_at=entry.created_at,
                )
        except Exception as error:
            if is_connection_error(error):
                report.remaining = len(pending) - index
                return report
            # Stale (StaleEditError), figure deleted (KeyError) or refused by the database:
            # kept for the user to resolve, and later edits of the same figures wait behind it.
            blocked |= entry.figure_ids()
            journal.mark(entry.id, "conflict", reason=str(error))
            report.conflicts.append((entry, error))
            continue
        journal.mark(entry.id, "applied")
        report.applied.append(entry.id)
    journal.compact()
    return report


POSTPONE = "postpone"  # an `ask` answer: stop here, keep this and later conflicts for another time

# ask(figure_id, theirs, yours, entry) -> the fields to write on their version, None to keep
# theirs, or POSTPONE.
Ask = Callable[[int, dict[str, Any], dict[str, Any], JournalEntry], Any]


@dataclass(slots=True)
class SettleReport:
    settled: int = 0  # conflict entries decided and removed from the journal
    written: list[int] = field(default_factory=list)  # figures given (some of) your values
    gone: list[int] = field(default_factory=list)  # figures deleted meanwhile: edit dropped
    postponed: bool = False
    replayed: ReplayReport = field(default_factory=ReplayReport)  # entries that waited behind


def settle_conflicts(project: Any, journal: EditJournal, ask: Ask,
                     actor: str | None = None) -> SettleReport:
    """Let the user decide each conflict that replay kept, oldest first, figure by figure.

    For each figure of a refused entry: if it was deleted meanwhile the edit is dropped (and
    listed in `gone`); if it already holds your values nothing is asked; otherwise `ask` gets
    their current row and your fields, and the answer is written on their version (asked again
    if it changes once more while the user decides). The entry then leaves the journal, and the
    entries that waited behind it are replayed. A connection error propagates: what was decided
    so far is written, the rest stays in the journal."""
    engine: Engine = getattr(project, "engine", project)
    editor = FigureEditor(engine, actor)
    report = SettleReport()
    while conflicts := journal.conflicts():
        entry = conflicts[0]
        for figure_id, fields in entry.changes.items():
            yours = {name: validate_field(name, value) for name, value in fields.items()}
            while True:
                theirs = editor.current([figure_id]).get(figure_id)
                if theirs is None:
                    report.gone.append(figure_id)
                    break
                if all(theirs.get(name) == value for name, value in yours.items()):
                    break
                decision = ask(figure_id, theirs, dict(yours), entry)
                if decision == POSTPONE:
                    report.postponed = True
                    journal.compact()
                    return report
                if not decision:
                    break
                try:
                    editor.apply({figure_id: decision}, entry.action,
                                 {figure_id: theirs["version"]})
                except StaleEditError:
                    continue  # changed again while the user was deciding: show the new values
                report.written.append(figure_id)
                break
        journal.discard(entry.id)
        report.settled += 1
        again = replay(project, journal)
        report.replayed.applied += again.applied
        report.replayed.conflicts += again.conflicts
        report.replayed.remaining = again.remaining
        if again.remaining:
            break
    journal.compact()
    return report
