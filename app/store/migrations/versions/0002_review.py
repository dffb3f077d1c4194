"""Review workflow: figure origin, edit history, and indexes for sorting and filtering in SQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SORT_INDEXES = ("value", "low", "high", "qualifier", "who", "side", "claimant", "place",
                "confidence", "status")


def upgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.add_column(
            sa.Column("origin", sa.String(16), nullable=False, server_default="extractor")
        )
    for column in SORT_INDEXES:
        if column != "status":
            op.create_index(f"ix_figures_{column}", "figures", [column])
    op.drop_index("ix_figures_document_id", "figures")
    op.create_index("ix_figures_document_start", "figures", ["document_id", "start"])
    op.create_table(
        "figure_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "figure_id",
            sa.Integer,
            sa.ForeignKey("figures.id", ondelete="CASCADE", name="fk_figure_history_figure_id_figures"),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_figure_history_figure_id", "figure_history", ["figure_id"])
    if op.get_bind().dialect.name == "sqlite":
        _create_figures_fts()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE figures ADD COLUMN search_fts tsvector GENERATED ALWAYS AS ("
            "to_tsvector('sitrep_text', coalesce(sentence, '') || ' ' || coalesce(claimant, '') "
            "|| ' ' || coalesce(place, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_figures_search_fts ON figures USING gin (search_fts)")


def _create_figures_fts() -> None:
    """Free-text filtering of a million figures needs an index, not LIKE over every sentence."""
    columns = "sentence, claimant, place"
    new_values = "new.id, new.sentence, new.claimant, new.place"
    old_values = "'delete', old.id, old.sentence, old.claimant, old.place"
    op.execute(
        f"CREATE VIRTUAL TABLE figures_fts USING fts5({columns}, content='figures', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER figures_fts_ai AFTER INSERT ON figures BEGIN "
        f"INSERT INTO figures_fts(rowid, {columns}) VALUES ({new_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER figures_fts_ad AFTER DELETE ON figures BEGIN "
        f"INSERT INTO figures_fts(figures_fts, rowid, {columns}) VALUES ({old_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER figures_fts_au AFTER UPDATE OF {columns} ON figures BEGIN "
        f"INSERT INTO figures_fts(figures_fts, rowid, {columns}) VALUES ({old_values}); "
        f"INSERT INTO figures_fts(rowid, {columns}) VALUES ({new_values}); END"
    )
    op.execute("INSERT INTO figures_fts(figures_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_figures_search_fts")
        op.execute("ALTER TABLE figures DROP COLUMN IF EXISTS search_fts")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("figures_fts_ai", "figures_fts_ad", "figures_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS figures_fts")
    op.drop_table("figure_history")
    op.drop_index("ix_figures_document_start", "figures")
    op.create_index("ix_figures_document_id", "figures", ["document_id"])
    for column in SORT_INDEXES:
        if column != "status":
            op.drop_index(f"ix_figures_{column}", "figures")
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("origin")
