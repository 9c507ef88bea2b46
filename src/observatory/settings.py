"""Settings: one table that feeds the CLI, the docs and (later) the API.

Resolution order for each setting: command-line option → environment variable → default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


def _default_db() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "observatory" / "observatory.db")


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "OBSERVATORY_DB", "~/.local/share/observatory/observatory.db",
            "Database: a SQLite file path or an SQLAlchemy URL (sqlite:///..., postgresql://...)."),
    Setting("actors", "OBSERVATORY_ACTORS", "",
            "Extra actor lexicon CSV (the columns of observatory/data/actors.csv) that extends or overrides the built-in one."),
    Setting("ontology", "OBSERVATORY_ONTOLOGY", "",
            "Side-group ontology JSON (groups such as regime_and_allies) that extends the built-in one."),
    Setting("assets", "OBSERVATORY_ASSETS", "",
            "Folder holding the npm map assets (node_modules); default: the project's node_modules after `npm ci`."),
    Setting("side_map", "OBSERVATORY_SIDE_MAP", "",
            "CSV mapping dataset actor names (ACLED/UCDP) to sides; extends the built-in table."),
)


def resolve(name: str, given: str | None = None) -> str:
    """The value of a setting: the given value, else its environment variable, else its default."""
    setting = next(s for s in SETTINGS if s.name == name)
    if given:
        return given
    from_env = os.environ.get(setting.env)
    if from_env:
        return from_env
    if name == "db":
        return _default_db()
    return setting.default
