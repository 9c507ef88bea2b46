"""Core tables: sources, batches, reports, events, casualties, claims, cumulative claims, actors.

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from observatory.store.schema import CORE_TABLES

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in CORE_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(CORE_TABLES):
        table.drop(bind, checkfirst=True)
