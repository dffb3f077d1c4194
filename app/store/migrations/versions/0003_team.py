"""Team mode: a change feed for refreshing open windows, and a marker table for server databases.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "figure_changes",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("figure_id", sa.Integer),
        sa.Column("document_id", sa.Integer),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.Text),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("edit_id", sa.String(36)),
    )
    op.create_index("ix_figure_changes_edit_id", "figure_changes", ["edit_id"])
    if sa.inspect(op.get_bind()).has_table("sitrep_meta"):
        return  # marked before its schema was migrated
    op.create_table(
        "sitrep_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sitrep_meta")
    op.drop_index("ix_figure_changes_edit_id", "figure_changes")
    op.drop_table("figure_changes")
