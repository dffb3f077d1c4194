"""PostgreSQL: the figure sort indexes end with id, so sorting a million figures is an index scan.

SQLite indexes carry the rowid (= id) already; PostgreSQL's do not, so without the tie-breaker
every `ORDER BY <column>, id` sorted the whole table. Nothing changes on SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SORT_INDEXES = {
    "ix_figures_document_start": ("document_id", "start"),
    **{f"ix_figures_{column}": (column,) for column in (
        "value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "place",
        "as_of", "status", "confidence")},
}


def _rebuild(with_id: bool) -> None:
    for name, columns in SORT_INDEXES.items():
        op.drop_index(name, "figures")
        op.create_index(name, "figures", [*columns, "id"] if with_id else list(columns))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(with_id=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(with_id=False)
