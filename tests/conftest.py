"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
IN_CI = os.environ.get("CI", "").lower() == "true"


def need(condition: bool, reason: str) -> None:
    """Skip a test outside CI when something it needs is missing; under CI=true fail instead."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the repository (real reports, gazetteer data, boundaries, UCDP rows)."""
    need(SHARED.is_dir(), f"{SHARED} is absent: clone the project beside its shared/ folder to run this test")
    return SHARED


@pytest.fixture()
def tmp_db(tmp_path: Path) -> Path:
    """Path of a fresh SQLite database file (created on first use by Store.open)."""
    return tmp_path / "observatory.db"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads or writes the user's default database."""
    monkeypatch.setenv("OBSERVATORY_DB", str(tmp_path / "default.db"))
    yield
