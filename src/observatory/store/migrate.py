"""Alembic migrations run programmatically: every command that opens a store brings it to the newest schema.

Each feature adds its own revision under ``migrations/versions``; features may branch from ``0001`` and
are applied together with ``upgrade heads``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from observatory.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Create or migrate the schema to all heads; does nothing when already current."""
    cfg = _config(engine)
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        command.upgrade(cfg, "heads")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot create or migrate the database at {engine.url!r}: {exc}",
                         fix="check the path or URL and that you may write there") from exc
