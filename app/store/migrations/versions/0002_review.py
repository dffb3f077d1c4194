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


def downgrade() -> None:
    op.drop_table("figure_history")
    op.drop_index("ix_figures_document_start", "figures")
    op.create_index("ix_figures_document_id", "figures", ["document_id"])
    for column in SORT_INDEXES:
        if column != "status":
            op.drop_index(f"ix_figures_{column}", "figures")
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("origin")
