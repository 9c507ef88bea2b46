"""Drop ``ix_events_external`` (source, external_id): no query reads it, since an event's id is already a hash
of its source and external id, and keeping it up to date cost about a fifth of a bulk import's time.

Revision ID: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_events_external")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_events_external ON events (source, external_id)")
