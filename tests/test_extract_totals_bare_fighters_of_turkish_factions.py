"""Bare "11 fighters" in a total whose sentence named the factions as Turkey's (infighting among the factions in
"Olive Branch" areas) are of the Turkish-backed factions, as "fighters of the factions" there already were
(``totals_sides``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (SNA factions in Afrin / Turkish operation
areas -> turkey_factions). A look-alike: the same sentence set in Idlib keeps the rebel factions.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_bare_fighters_in_turkish_operation_areas_are_turkey_factions() -> None:
    assert _pairs("Since early 2022, the monitor has documented 9 incidents of infighting among the factions in 'Olive "
                  "Branch' areas, which have killed 15 people: 11 fighters and four civilians.") \
        == [("civilians", 4), ("turkey_factions", 11)]


def test_bare_fighters_in_idlib_stay_rebels() -> None:
    assert _pairs("Since early 2022, the monitor has documented 9 incidents of infighting among the factions in the "
                  "countryside of Idlib, which have killed 15 people: 11 fighters and four civilians.") \
        == [("civilians", 4), ("hts_rebels", 11)]
