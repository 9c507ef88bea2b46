"""A running total whose rise sets the day's dead in between ("... has risen, with today's victims, to 340"): a total of
the side named before it, as "has risen to 340" is (``text_toll_wordings``; sentences written for these tests)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_running_total_risen_with_todays_victims() -> None:
    text = (
        "According to the monitor's figures, the number of regime troops and allied gunmen of Syrian and foreign "
        "nationalities who were killed in raids, ambushes and mine blasts by ISIS cells in the eastern steppe since "
        "January 2022 has risen, with today's victims, to 340, including 25 officers."
    )
    assert ("regime", 340) in total_pairs(titled(text, "2023-03-02"))
