"""Publish a local project to a server, or save a local copy of a team project: copy documents,
figures (same ids, subset links, versions) and their history between any two projects.

The copy runs in one transaction on the destination, so a cancelled or failed copy leaves it as
empty as it was. Rows are streamed from the source in batches, with progress between batches.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.engine import Connection

from app.domain import ProgressToken
from app.store.changes import record_changes
from app.store.errors import ProjectError
from app.store.schema import documents, figure_history, figures
from app.store.transactions import write_transaction

COPIED_TABLES: tuple[Table, ...] = (documents, figures, figure_history)
DOCUMENT_BATCH = 200  # documents carry their original bytes and text


@dataclass(frozen=True, slots=True)
class CopyReport:
    documents: int
    figures: int
    history: int

    def summary(self) -> str:
        return (f"Copied {self.documents} article(s), {self.figures} figure(s) and "
                f"{self.history} history entries.")


def _count(conn: Connection, table: Table) -> int:
    return conn.scalar(select(func.count()).select_from(table)) or 0


def _require_empty(dst: Connection, name: str) -> None:
    if any(_count(dst, table) for table in COPIED_TABLES):
        raise ProjectError(f"{name} already holds articles; copy into an empty project.")


class _Progress:
    def __init__(self, token: ProgressToken, total: int) -> None:
        self.token, self.total, self.done = token, total, 0

    def step(self, rows: int, message: str) -> None:
        self.token.check()
        self.done += rows
        self.token.report(self.done, self.total, message)


def _copy_table(src: Connection, dst: Connection, table: Table, batch: int,
                progress: _Progress, label: str) -> int:
    """Copy every row with its id; a subset link to a later figure is set in a second pass."""
    copied = 0
    query = select(table).order_by(table.c.id)
    result = src.execution_options(stream_results=True, yield_per=batch).execute(query)
    columns = list(result.keys())
    if table is figures:
        id_at, link_at = columns.index("id"), columns.index("parts_of")
    for rows in result.partitions(batch):
        values = [tuple(row) for row in rows]
        if table is figures:
            values = [_without_forward_link(row, id_at, link_at) for row in values]
        _insert_rows(dst, table, columns, values)
        copied += len(values)
        progress.step(len(values), label)
    return copied


def _without_forward_link(row: tuple, id_at: int, link_at: int) -> tuple:
    link = row[link_at]
    if link is None or link < row[id_at]:
        return row
    return (*row[:link_at], None, *row[link_at + 1:])


def _insert_rows(dst: Connection, table: Table, columns: list[str], rows: list[tuple]) -> None:
    """COPY on PostgreSQL (several times faster than INSERTs), executemany on SQLite."""
    if dst.dialect.name != "postgresql":
        dst.execute(insert(table), [dict(zip(columns, row)) for row in rows])
        return
    names = ", ".join(f'"{name}"' for name in columns)
    cursor = dst.connection.cursor()
    try:
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def _secondary_indexes(dst: Connection) -> list[tuple[str, str, str]]:
    """(kind, name, SQL that recreates it) of the copied tables' indexes (and, on SQLite,
    full-text triggers) that no constraint depends on."""
    tables = ", ".join(f"'{t.name}'" for t in COPIED_TABLES)
    if dst.dialect.name == "sqlite":
        return [tuple(row) for row in dst.exec_driver_sql(
            f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({tables}) "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type"
        )]
    return [("index", name, sql) for name, sql in dst.exec_driver_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes AS i "
        f"WHERE i.schemaname = current_schema() AND i.tablename IN ({tables}) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)"
    )]


@contextmanager
def _indexes_built_at_the_end(dst: Connection) -> Iterator[None]:
    """Drop secondary indexes (and SQLite's full-text triggers), copy, then build them once:
    several times faster than maintaining them row by row. DDL is transactional on both, so a
    rollback undoes this too."""
    saved = _secondary_indexes(dst)
    for kind, name, _ in saved:
        dst.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield
    if dst.dialect.name == "sqlite":
        for fts in ("documents_fts", "figures_fts"):
            dst.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for _, _, sql in saved:
        dst.exec_driver_sql(sql)


def _copy_forward_links(src: Connection, dst: Connection, batch: int) -> None:
    query = select(figures.c.id, figures.c.parts_of).where(figures.c.parts_of >= figures.c.id)
    links = [{"figure_id": fid, "parent": parent} for fid, parent in src.execute(query)]
    statement = (update(figures).where(figures.c.id == bindparam("figure_id"))
                 .values(parts_of=bindparam("parent")))
    for start in range(0, len(links), batch):
        dst.execute(statement, links[start:start + batch])


def _reset_sequences(dst: Connection) -> None:
    """Explicit ids do not advance PostgreSQL's sequences; move them past the copied rows."""
    if dst.dialect.name != "postgresql":
        return
    for table in COPIED_TABLES:
        name = table.name
        dst.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
        )


def _vacuum(engine) -> None:
    """On PostgreSQL, statistics and the visibility map right away (autovacuum would take a
    while): without them the first sorts scan and sort the table instead of walking an index."""
    if engine.dialect.name != "postgresql":
        return
    try:
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM (ANALYZE) documents, figures, figure_history"
            )
    except DBAPIError:  # not the tables' owner: autovacuum will do it
        pass


def copy_project(src, dst, token: ProgressToken | None = None,
                 batch_size: int = 5000) -> CopyReport:
    """Copy everything from project `src` into the empty project `dst` (either kind, either way).

    Raises Cancelled (from the token) or the error that stopped it; `dst` is then unchanged.
    """
    token = token or ProgressToken()
    with src.engine.connect() as source, write_transaction(dst.engine) as target:
        _require_empty(target, dst.display_name)
        totals = {table.name: _count(source, table) for table in COPIED_TABLES}
        progress = _Progress(token, sum(totals.values()))
        labels = {"documents": "articles", "figures": "figures", "figure_history": "history"}
        counts = {}
        with _indexes_built_at_the_end(target):
            for table in COPIED_TABLES:
                batch = DOCUMENT_BATCH if table is documents else batch_size
                counts[table.name] = _copy_table(source, target, table, batch, progress,
                                                 labels[table.name])
                if table is figures:
                    _copy_forward_links(source, target, batch_size)
            token.check()
        _reset_sequences(target)
        record_changes(target, "imported", None)
    _vacuum(dst.engine)
    token.report(progress.total, progress.total, "")
    return CopyReport(counts["documents"], counts["figures"], counts["figure_history"])
