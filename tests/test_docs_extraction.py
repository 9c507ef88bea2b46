"""The extraction codebook (docs/extraction.md) names every side, event type, vague quantity and qualifier the code
uses, so a vocabulary added to the code without its rule in the codebook fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from observatory.extract.numbers import QUALIFIERS, VAGUE
from observatory.models import EVENT_TYPES, SIDES

CODEBOOK = (Path(__file__).resolve().parents[1] / "docs" / "extraction.md").read_text(encoding="utf-8")


def _table_rows(heading: str) -> dict[str, str]:
    """First cell -> whole row of the first table under ``## heading``."""
    section = CODEBOOK.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {re.match(r"\| `([^`]+)`", line).group(1): line for line in rows}  # type: ignore[union-attr]


@pytest.mark.parametrize("side", SIDES)
def test_every_side_has_its_row(side: str) -> None:
    assert side in _table_rows("Sides"), f"docs/extraction.md: add a row for side {side!r} under ## Sides"


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_event_type_has_its_row(event_type: str) -> None:
    assert event_type in _table_rows("Event types"), f"docs/extraction.md: add a row for {event_type!r} under ## Event types"


def test_no_row_for_a_side_or_type_the_code_does_not_have() -> None:
    assert set(_table_rows("Sides")) == set(SIDES)
    assert set(_table_rows("Event types")) == set(EVENT_TYPES)


@pytest.mark.parametrize("phrase", sorted(VAGUE))
def test_every_vague_quantity_is_in_the_table_with_its_value(phrase: str) -> None:
    section = CODEBOOK.split("## Numbers\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and re.search(rf"(?:\| |, ){re.escape(phrase)}(?:,| \|)", line)]
    assert rows, f"docs/extraction.md: {phrase!r} is missing from the vague-quantity table"
    assert any(f"| {VAGUE[phrase]} |" in row for row in rows), f"docs/extraction.md gives {phrase!r} another value than {VAGUE[phrase]}"


@pytest.mark.parametrize("phrase", sorted(QUALIFIERS))
def test_every_qualifier_is_listed(phrase: str) -> None:
    section = CODEBOOK.split("## Numbers\n", 1)[1].split("\n## ", 1)[0]
    assert re.search(rf"(?:\| |, ){re.escape(phrase)}(?:,| \|)", section), f"docs/extraction.md: list qualifier {phrase!r}"
