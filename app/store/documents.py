"""Queries over stored articles: add with dedup, list sorted and filtered in SQL, full-text search."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from app.domain import Document, Figure, ParsedArticle, RemovedSpan
from app.store.changes import record_changes
from app.store.figures import insert_figures
from app.store.fulltext import fts_query, search_documents  # noqa: F401 (fts_query: old path)
from app.store.schema import documents

LIBRARY_ORDER = {
    "title": documents.c.title,
    "publisher": documents.c.publisher,
    "published": documents.c.published,
    "figure_count": documents.c.figure_count,
    "imported_at": documents.c.imported_at,
}


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """What the library shows for one article, without its text."""

    id: int
    title: str
    publisher: str | None
    published: dt.date | None
    published_inferred: bool
    figure_count: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    snippet: str


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class DocumentStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def find_by_hash(self, content_hash: str) -> int | None:
        with self._engine.connect() as conn:
            return conn.scalar(_FIND_BY_HASH, {"content_hash": content_hash})

    def add(
        self, article: ParsedArticle, content_hash: str, found: Sequence[Figure] = ()
    ) -> int | None:
        """Store one article and its figures in one transaction; None if its text is already stored."""
        with self._engine.begin() as conn:
            document_id = add_document(conn, article, content_hash, found)
            if document_id is not None:
                record_changes(conn, "imported", None, document_ids=[document_id])
            return document_id

    def batch(self, max_articles: int = 25, max_seconds: float = 0.3) -> ArticleBatch:
        """A writer that commits several articles per transaction (see ArticleBatch)."""
        return ArticleBatch(self._engine, max_articles, max_seconds)

    def get(self, document_id: int) -> Document | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(documents).where(documents.c.id == document_id)
            ).mappings().first()
        if row is None:
            return None
        return Document(
            id=row["id"],
            title=row["title"],
            text=row["text"],
            content_hash=row["content_hash"],
            imported_at=row["imported_at"],
            path=row["source_path"],
            publisher=row["publisher"],
            url=row["url"],
            published=row["published"],
            published_inferred=row["published_inferred"],
            language=row["language"],
            removed=_load_removed(row["removed"]),
            figure_count=row["figure_count"],
        )

    def original(self, document_id: int) -> bytes | None:
        with self._engine.connect() as conn:
            return conn.scalar(select(documents.c.original).where(documents.c.id == document_id))

    def count(self) -> int:
        with self._engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(documents)) or 0

    def list(
        self, search: str = "", order_by: str = "published", descending: bool = False
    ) -> list[DocumentRow]:
        """Library rows, filtered on title or publisher and sorted in SQL; ties broken by id."""
        column = LIBRARY_ORDER.get(order_by)
        if column is None:
            raise ValueError(f"cannot sort the library by {order_by!r}")
        query = select(
            documents.c.id,
            documents.c.title,
            documents.c.publisher,
            documents.c.published,
            documents.c.published_inferred,
            documents.c.figure_count,
        )
        if search.strip():
            pattern = _like_pattern(search.strip())
            query = query.where(
                or_(
                    documents.c.title.ilike(pattern, escape="\\"),
                    documents.c.publisher.ilike(pattern, escape="\\"),
                )
            )
        ordering = column.desc() if descending else column.asc()
        nulls = column.is_(None)  # undated articles sort last either way
        query = query.order_by(nulls, ordering, documents.c.id)
        with self._engine.connect() as conn:
            return [DocumentRow(*row) for row in conn.execute(query)]

    def search_text(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search over titles and article text, best matches first (FTS5 on SQLite,
        tsvector on PostgreSQL); matched words are in [brackets] in the snippet."""
        with self._engine.connect() as conn:
            rows = search_documents(conn, text, limit)
        return [SearchHit(document_id=r[0], title=r[1], snippet=r[2]) for r in rows]

    def set_published(self, document_id: int, published: dt.date | None, inferred: bool) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(documents)
                .where(documents.c.id == document_id)
                .values(published=published, published_inferred=inferred)
            )
            record_changes(conn, "document", None, document_ids=[document_id])

    def delete(self, document_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(documents.delete().where(documents.c.id == document_id))
            record_changes(conn, "document_deleted", None, document_ids=[document_id])


_FIND_BY_HASH = select(documents.c.id).where(documents.c.content_hash == bindparam("content_hash"))
_INSERT_DOCUMENT = insert(documents)


def add_document(
    conn: Connection, article: ParsedArticle, content_hash: str, found: Sequence[Figure] = ()
) -> int | None:
    """Write one article and its figures inside the caller's transaction, which records the
    change; None (and nothing written) if its text is already stored."""
    if conn.scalar(_FIND_BY_HASH, {"content_hash": content_hash}) is not None:
        return None
    document_id = conn.execute(
        _INSERT_DOCUMENT,
        {
            "title": article.title,
            "publisher": article.publisher,
            "url": article.url,
            "source_path": article.path,
            "published": article.published,
            "published_inferred": article.published_inferred,
            "language": article.language,
            "original": article.original,
            "text": article.text,
            "removed": _dump_removed(article.removed),
            "content_hash": content_hash,
            "imported_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            "figure_count": len(found),
        },
    ).inserted_primary_key[0]
    insert_figures(conn, document_id, found)
    return document_id


class ArticleBatch:
    """Adds articles in one open transaction and commits them together, which costs far less per
    article than a commit each (SQLite's commit and full-text index flush dominate).

    Each article is whole or absent whatever happens: `commit()` stores everything added since
    the last one, leaving without it (or an error) rolls all of that back. `due()` says when the
    batch is full or old enough to commit; callers report progress only after a commit. The first
    batch holds one article and each next one twice as many, up to `max_articles`, so progress
    shows at once and long imports still commit rarely.
    """

    def __init__(self, engine: Engine, max_articles: int = 25, max_seconds: float = 0.3) -> None:
        self._engine = engine
        self._max_articles = max_articles
        self._limit = 1
        self._max_seconds = max_seconds
        self._conn: Connection | None = None
        self._transaction = None
        self._opened_at = 0.0
        self._added = 0
        self._document_ids: list[int] = []

    @property
    def pending(self) -> int:
        """Articles added (stored or found to be duplicates) since the last commit."""
        return self._added

    def add(self, article: ParsedArticle, content_hash: str, found: Sequence[Figure] = ()
            ) -> int | None:
        """Write one article into the open transaction; None if its text is already stored."""
        if self._conn is None:
            self._conn = self._engine.connect()
            self._transaction = self._conn.begin()
            self._opened_at = time.monotonic()
        document_id = add_document(self._conn, article, content_hash, found)
        self._added += 1
        if document_id is not None:
            self._document_ids.append(document_id)
        return document_id

    def due(self) -> bool:
        return self._conn is not None and (
            self._added >= self._limit
            or time.monotonic() - self._opened_at >= self._max_seconds
        )

    def commit(self) -> None:
        """Store what was added; the change rows go last, so PostgreSQL's numbering lock is held
        only for the commit itself."""
        if self._conn is None:
            return
        try:
            if self._document_ids:
                record_changes(self._conn, "imported", None, document_ids=self._document_ids)
            self._transaction.commit()
            self._limit = min(2 * self._limit, self._max_articles)
        finally:
            self._close()

    def rollback(self) -> None:
        if self._conn is not None:
            try:
                self._transaction.rollback()
            finally:
                self._close()

    def _close(self) -> None:
        conn, self._conn, self._transaction = self._conn, None, None
        self._added = 0
        self._document_ids = []
        conn.close()

    def __enter__(self) -> ArticleBatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Anything not committed by then is rolled back: never a half article."""
        self.rollback()


def _dump_removed(spans: Sequence[RemovedSpan]) -> str:
    return json.dumps([[s.text, s.reason, s.position] for s in spans], ensure_ascii=False)


def _load_removed(raw: str | None) -> list[RemovedSpan]:
    if not raw:
        return []
    return [RemovedSpan(text=t, reason=r, position=p) for t, r, p in json.loads(raw)]
