"""Covering indexes for the figures table's common filters, so a filter is answered by an index.

`(as_of, value)` serves a date range shown by value: the matches are found and their sort key read
without visiting a figure row. `(measure, status)` answers "killed, unreviewed" (the reviewer's
queue) and the status counts under a measure filter from the index alone. On PostgreSQL both end
with id, as the sort indexes do since 0004, so they allow index-only scans.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FILTER_INDEXES = {
    "ix_figures_as_of_value": ("as_of", "value"),
    "ix_figures_measure_status": ("measure", "status"),
}


def upgrade() -> None:
    with_id = op.get_bind().dialect.name == "postgresql"
    for name, columns in FILTER_INDEXES.items():
        op.create_index(name, "figures", [*columns, "id"] if with_id else list(columns))


def downgrade() -> None:
    for name in FILTER_INDEXES:
        op.drop_index(name, "figures")
