"""Full-text search behind one interface: FTS5 on SQLite, tsvector/GIN on PostgreSQL.

Both treat what the user typed the same way: every word required, each matched as a prefix,
accents and case ignored (on PostgreSQL when the unaccent extension could be installed).
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.store.schema import figures

PG_CONFIG = "sitrep_text"  # created by migration 0001 on PostgreSQL
_PG_CONFIG_SQL = literal_column(f"'{PG_CONFIG}'::regconfig")
_HEADLINE = ('StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, '
             'FragmentDelimiter=" … "')


def fts_query(typed: str) -> str:
    """Turn what a user typed into an FTS5 query: each word a quoted prefix term, all required."""
    words = re.findall(r"\w+", typed, flags=re.UNICODE)
    return " ".join(f'"{word}"*' for word in words)


def ts_query(typed: str) -> str:
    """The same for PostgreSQL's to_tsquery: `'word':* & 'other':*`."""
    words = re.findall(r"[^\W_]+", typed, flags=re.UNICODE)
    return " & ".join(f"'{word}':*" for word in words)


_PG_DOCUMENT_SEARCH = text(
    f"SELECT d.id, d.title, ts_headline('{PG_CONFIG}', d.text, q.query, '{_HEADLINE}') "
    "FROM (SELECT id, title, text, ts_rank(search_fts, query) AS rank "
    f"      FROM documents, to_tsquery('{PG_CONFIG}', :match) AS query "
    "      WHERE search_fts @@ query ORDER BY rank DESC, id LIMIT :limit) AS d, "
    f"     to_tsquery('{PG_CONFIG}', :match) AS q(query) "
    "ORDER BY d.rank DESC, d.id"
)
_SQLITE_DOCUMENT_SEARCH = text(
    "SELECT rowid, title, snippet(documents_fts, 1, '[', ']', ' … ', 16) "
    "FROM documents_fts WHERE documents_fts MATCH :match ORDER BY bm25(documents_fts) LIMIT :limit"
)


def search_documents(conn: Connection, typed: str, limit: int) -> list[tuple[int, str, str]]:
    """(id, title, snippet with matches in [brackets]) for the best-matching articles."""
    if conn.dialect.name == "postgresql":
        match, statement = ts_query(typed), _PG_DOCUMENT_SEARCH
    else:
        match, statement = fts_query(typed), _SQLITE_DOCUMENT_SEARCH
    if not match:
        return []
    return [tuple(row) for row in conn.execute(statement, {"match": match, "limit": limit})]


def figure_text_clause(typed: str, dialect: str) -> ColumnElement | None:
    """Figures whose sentence, claimant or place contain every typed word (as a prefix)."""
    if dialect == "postgresql":
        match = ts_query(typed)
        if not match:
            return None
        query = func.to_tsquery(_PG_CONFIG_SQL, bindparam("figure_text", match, unique=True))
        return literal_column("figures.search_fts").bool_op("@@")(query)
    match = fts_query(typed)
    if not match:
        return None
    hits = select(literal_column("rowid")).select_from(table("figures_fts")).where(
        literal_column("figures_fts").op("MATCH")(match)
    )
    return figures.c.id.in_(hits)


def figure_text_ids_query(typed: str) -> tuple[str, tuple[str]] | None:
    """SQLite: the statement listing the ids of the figures that contain every typed word, read
    from the FTS5 index alone (no figure row is visited)."""
    match = fts_query(typed)
    if not match:
        return None
    return "SELECT rowid AS id FROM figures_fts WHERE figures_fts MATCH ?", (match,)
