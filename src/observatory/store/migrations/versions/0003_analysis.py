"""Analysis tables: statements, event merges and splits, named regions, control points and polygons.

Revision ID: 0003
"""

from __future__ import annotations

from alembic import op

from observatory.store.analysis_tables import ANALYSIS_TABLES

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in ANALYSIS_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(ANALYSIS_TABLES):
        table.drop(bind, checkfirst=True)
