"""A strike named by the United States ("a US strike on a depot", "American strikes"): an airstrike, whatever kind of
strike the report named last before it. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_a_us_strike_is_an_airstrike() -> None:
    row = contract("Strikes on militias\n\nIran-backed groups fired a drone at the US base at the Conoco field on "
                   "Monday, causing no casualties.\n\nOn Tuesday, a US strike on a depot near Al-Mayadin killed four "
                   "fighters of Iran-backed militias.")
    assert kinds(row) == ["drone_strike", "airstrike"]


def test_look_alike_a_turkish_strike_after_drones_stays_a_drone_strike() -> None:
    row = contract("Drone strikes\n\nTurkish drones struck a car near Qamishli on Monday, killing two SDF members.\n\n"
                   "On Tuesday, a Turkish strike on a checkpoint near Amuda killed another fighter.")
    assert kinds(row) == ["drone_strike", "drone_strike"]
