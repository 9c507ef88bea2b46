"""Gazetteer tables: imported places and OCHA admin boundaries.

Revision ID: 0002
"""

from __future__ import annotations

from alembic import op

from observatory.store.gazetteer import GAZETTEER_TABLES

revision = "0002"
down_revision = "0001"
branch_labels = ("gazetteer",)
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in GAZETTEER_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(GAZETTEER_TABLES):
        table.drop(bind, checkfirst=True)
