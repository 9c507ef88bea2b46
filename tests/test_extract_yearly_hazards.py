"""Mines or attacks named in a yearly toll of the area ("dozens are killed every year by landmines and attacks") or in
warnings ("despite warnings of landmines and IS attacks") are the area's hazards, not the kind of the shooting told
before them (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_killed_every_year_by_landmines_keeps_the_attack() -> None:
    row = titled(
        "ISIS gunmen opened fire on truffle hunters near the town of Kansafra on Sunday, killing 12 civilians, the "
        "monitor said.\n\nTruffle hunting is a lucrative but dangerous trade, and dozens are killed every year by "
        "landmines and attacks."
    )
    assert kinds(row) == ["attack"]


def test_mines_claiming_lives_each_season_keep_the_attack() -> None:
    row = titled(
        "Gunmen of ISIS attacked a group of shepherds near the village of Kansafra on Monday, killing four of them, "
        "the monitor said. Landmines left behind by the war still claim the lives of dozens of shepherds each season."
    )
    assert kinds(row) == ["attack"]


def test_mines_killing_shepherds_annually_keep_the_attack() -> None:
    row = titled(
        "Gunmen of ISIS attacked a group of shepherds near the village of Kansafra on Monday, killing four of them. "
        "Mines kill dozens of shepherds in the area annually."
    )
    assert kinds(row) == ["attack"]


def test_despite_warnings_of_landmines_keeps_the_attack() -> None:
    row = titled(
        "A week earlier, IS jihadists attacked truffle hunters in the desert east of Kansafra, killing nine civilians, "
        "the monitor said.\n\nImpoverished families risk their lives to collect truffles despite warnings of landmines "
        "and jihadist attacks."
    )
    assert kinds(row) == ["attack"]


def test_a_landmine_that_killed_shepherds_stays_a_landmine() -> None:
    row = titled(
        "A landmine exploded near the village of Kansafra on Monday, killing three shepherds, the monitor said."
    )
    assert kinds(row) == ["ied_landmine"]
