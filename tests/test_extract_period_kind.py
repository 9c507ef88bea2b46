"""Many events of a kind told over a period after an incident ("rescuers responded to dozens of drone attacks since
the start of the season") are a tally of the area's events, not the kind of the incident told before them (paragraphs
written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled

_SNIPED = (
    "Snipers of the factions shot dead a regime soldier on the Kafr Amma front, west of Aleppo, on Tuesday, "
    "the monitor said. "
)


def test_dozens_of_drone_attacks_since_the_season_began_do_not_retype_the_sniping() -> None:
    row = titled(
        _SNIPED + "Rescuers say they responded to dozens of drone attacks since the start of the olive season."
    )
    assert kinds(row) == ["attack"]


def test_hundreds_of_strikes_in_recent_months_do_not_retype_the_sniping() -> None:
    row = titled(_SNIPED + "Farmers fear the fields after hundreds of drone strikes in recent months.")
    assert kinds(row) == ["attack"]


def test_a_drone_strike_told_after_the_sniping_is_its_own() -> None:
    row = titled(_SNIPED + "On Wednesday a drone struck a car near the town of al-Atarib, killing two civilians.")
    assert kinds(row) == ["attack", "drone_strike"]
