"""Incidents: a day's country-wide toll whose sentence closes with "as follows:" and whose next lines each narrate one
event ("- A grocer was shot dead by ...", "Hasakah: Two fighters were killed in ...", also after a side's bare count
"Civilians: 2") gives one incident per line; lines that only count a side's dead by cause ("- Three, including a boy,
killed by shelling on X") stay parts of the total.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_TITLE = "Daily tally | Three people killed on Wednesday\n"
_TOTAL = "The monitor has counted the deaths of three people across Syrian territory on Wednesday, March 12, 2025, as follows:\n"
_NARRATED = (
    "- A grocer was shot dead by two masked men on a motorbike outside his shop in the town of Nawa in the western "
    "countryside of Daraa.\n"
    "- Two fighters of the Turkish-backed factions were killed in a shootout between rival groups in the town of "
    "Jarablus in the eastern countryside of Aleppo.\n"
)


def _incidents(text: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = contract(_TITLE + text, date(2025, 3, 13))["incidents"]
    return rows


def test_bullets_that_narrate_events_are_incidents_of_the_day() -> None:
    rows = _incidents(_TOTAL + _NARRATED)
    assert len(rows) == 2
    assert [r["date"] for r in rows] == ["2025-03-12", "2025-03-12"]


def test_a_sides_bare_count_may_head_the_narrated_lines() -> None:
    assert len(_incidents(_TOTAL + "Civilians: 1\n" + _NARRATED)) == 2


def test_province_labels_heading_narrated_lines() -> None:
    lines = (
        "Daraa: A grocer was shot dead by two masked men outside his shop in the town of Nawa.\n"
        "Aleppo: Two fighters of the Turkish-backed factions were killed in a shootout in the town of Jarablus.\n"
    )
    assert len(_incidents(_TOTAL + lines)) == 2


def test_lines_counting_a_sides_dead_by_cause_stay_a_breakdown() -> None:
    lines = (
        "Civilians: 3, including a boy:\n"
        "- Two, including a boy, killed by regime shelling on the countryside of Idlib;\n"
        "- One killed by a stray bullet in Daraa countryside.\n"
    )
    assert _incidents(_TOTAL + lines) == []
