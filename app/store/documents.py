"""Queries over stored articles: add with dedup, list sorted and filtered in SQL, full-text search."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, or_, select, update

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
            return conn.scalar(select(documents.c.id).where(documents.c.content_hash == content_hash))

    def add(
        self, article: ParsedArticle, content_hash: str, found: Sequence[Figure] = ()
    ) -> int | None:
        """Store one article and its figures in one transaction; None if its text is already stored."""
        with self._engine.begin() as conn:
            if conn.scalar(select(documents.c.id).where(documents.c.content_hash == content_hash)):
                return None
            document_id = conn.execute(
                insert(documents).values(
                    title=article.title,
                    publisher=article.publisher,
                    url=article.url,
                    source_path=article.path,
                    published=article.published,
                    published_inferred=article.published_inferred,
                    language=article.language,
                    original=article.original,
                    text=article.text,
                    removed=_dump_removed(article.removed),
                    content_hash=content_hash,
                    imported_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    figure_count=len(found),
                )
            ).inserted_primary_key[0]
            insert_figures(conn, document_id, found)
            record_changes(conn, "imported", None, document_ids=[document_id])
            return document_id

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


def _dump_removed(spans: Sequence[RemovedSpan]) -> str:
    return json.dumps([[s.text, s.reason, s.position] for s in spans], ensure_ascii=False)


def _load_removed(raw: str | None) -> list[RemovedSpan]:
    if not raw:
        return []
    return [RemovedSpan(text=t, reason=r, position=p) for t, r, p in json.loads(raw)]
