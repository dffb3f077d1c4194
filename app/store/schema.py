"""The project database schema, as SQLAlchemy Core tables shared by SQLite and PostgreSQL.

Alembic migrations under `migrations/` create and evolve it; this module is what queries use.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("publisher", Text),
    Column("url", Text),
    Column("source_path", Text),
    Column("published", Date),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("language", String(16)),
    Column("original", LargeBinary),
    Column("text", Text, nullable=False),
    Column("removed", Text, nullable=False, default="[]"),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("imported_at", DateTime, nullable=False),
    Column("figure_count", Integer, nullable=False, default=0),
)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_title", documents.c.title)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(16), nullable=False),
    Column("measure", String(16), nullable=False),
    Column("who", String(16), nullable=False),
    Column("side", Text),
    Column("claimant", Text),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("disputed_by", Text),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("as_of", Date),
    Column("since", Date),
    Column("sentence", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False, default=0),
    Column("end", Integer, nullable=False, default=0),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("parts_of", Integer, ForeignKey("figures.id", ondelete="SET NULL")),
    Column("status", String(16), nullable=False, default="unreviewed"),
    Column("extractor_version", String(32)),
    Column("version", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("origin", String(16), nullable=False, default="extractor"),  # "extractor" or "human"
)
# On PostgreSQL migration 0004 adds id to the end of these (SQLite indexes carry it as the rowid),
# so `ORDER BY <column>, id` walks an index there too.
Index("ix_figures_document_start", figures.c.document_id, figures.c.start)
for _name in ("measure", "status", "as_of", "value", "low", "high", "qualifier",
              "who", "side", "claimant", "place", "confidence"):
    Index(f"ix_figures_{_name}", figures.c[_name])
# Migration 0005: covering indexes for the common filters (a date range shown by value; a measure
# and a review status together), so SQLite finds the matching ids without reading figure rows.
Index("ix_figures_as_of_value", figures.c.as_of, figures.c.value)
Index("ix_figures_measure_status", figures.c.measure, figures.c.status)

figure_history = Table(
    "figure_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("figure_id", Integer, ForeignKey("figures.id", ondelete="CASCADE"), nullable=False),
    Column("changed_at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(16), nullable=False),  # extracted, added, edited, confirmed, rejected...
    Column("changes", Text, nullable=False),  # JSON {field: [old, new]}
    Column("version", Integer, nullable=False),
)
Index("ix_figure_history_figure_id", figure_history.c.figure_id)

# One row per committed write, in commit order: open windows poll it (or LISTEN on PostgreSQL)
# to show other analysts' changes; edit_id lets an offline journal replay each edit exactly once.
figure_changes = Table(
    "figure_changes",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("figure_id", Integer),
    Column("document_id", Integer),
    Column("kind", String(16), nullable=False),  # edited, added, deleted, restored, imported...
    Column("actor", Text),
    Column("changed_at", DateTime, nullable=False),
    Column("edit_id", String(36)),
)
Index("ix_figure_changes_edit_id", figure_changes.c.edit_id)

# Marks a database as a Sitrep project where SQLite's application_id is not available.
sitrep_meta = Table(
    "sitrep_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
