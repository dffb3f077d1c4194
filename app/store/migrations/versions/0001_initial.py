"""Documents, an empty figures table, and full-text search over articles.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("publisher", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source_path", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("original", sa.LargeBinary),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removed", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("figure_count", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_title", "documents", ["title"])
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE", name="fk_figures_document_id_documents"),
            nullable=False,
        ),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("measure", sa.String(16), nullable=False),
        sa.Column("who", sa.String(16), nullable=False),
        sa.Column("side", sa.Text),
        sa.Column("claimant", sa.Text),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("disputed_by", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(2)),
        sa.Column("as_of", sa.Date),
        sa.Column("since", sa.Date),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column(
            "parts_of",
            sa.Integer,
            sa.ForeignKey("figures.id", ondelete="SET NULL", name="fk_figures_parts_of_figures"),
        ),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_figures_document_id", "figures", ["document_id"])
    op.create_index("ix_figures_measure", "figures", ["measure"])
    op.create_index("ix_figures_status", "figures", ["status"])
    op.create_index("ix_figures_as_of", "figures", ["as_of"])

    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _create_text_search_config()
        op.execute(
            "ALTER TABLE documents ADD COLUMN search_fts tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('sitrep_text', title), 'A') || "
            "setweight(to_tsvector('sitrep_text', text), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_documents_search_fts ON documents USING gin (search_fts)")
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )


def _create_text_search_config() -> None:
    """PostgreSQL's counterpart of FTS5's unicode61 tokenizer: no stemming, accents folded when
    the (trusted) unaccent extension can be installed."""
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_ts_config WHERE cfgname = 'sitrep_text'").first():
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        unaccent = True
    except sa.exc.DBAPIError:
        unaccent = False
    op.execute("CREATE TEXT SEARCH CONFIGURATION sitrep_text (COPY = pg_catalog.simple)")
    if unaccent:
        op.execute(
            "ALTER TEXT SEARCH CONFIGURATION sitrep_text "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search_fts")
        op.execute("ALTER TABLE documents DROP COLUMN IF EXISTS search_fts")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS sitrep_text")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("figures")
    op.drop_table("documents")
