"""Aircraft named without a strike (a helicopter flying over an area, aircraft grounded by the weather, warplanes that
came in to back the troops) make no airstrike; where the same aircraft go on to fire or bomb, the strike is told
(paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled

_RAID = (
    "Gunmen of a local militia stormed an SDF checkpoint in the village of Diban, east of Deir Ezzor, on Monday "
    "night, killing two of its members, the monitor said. "
)


def test_a_helicopter_flying_over_the_area_is_no_airstrike() -> None:
    row = titled(_RAID + "The monitor also saw a Russian helicopter flying over the river crossings near the village.")
    assert kinds(row) == ["attack"]


def test_aircraft_grounded_by_a_storm_are_no_airstrike() -> None:
    row = titled(
        "Cells of the Islamic State stormed posts of the SDF near Hajin, east of Deir Ezzor, on Friday night, "
        "killing six fighters, during a dust storm that grounded the coalition's aircraft."
    )
    assert kinds(row) == ["attack"]


def test_warplanes_that_intervened_to_back_the_troops_are_no_airstrike() -> None:
    row = titled(
        "Cells of the Islamic State stormed army posts east of Palmyra in Homs province on Sunday, killing four "
        "soldiers, the monitor said. Russian warplanes intervened to support the troops."
    )
    assert kinds(row) == ["attack"]


def test_helicopters_flying_over_that_fired_on_positions_struck() -> None:
    row = titled(
        "Russian helicopters flew over the desert of Aqirbat, east of Hama, on Sunday and fired machine guns "
        "at positions of the Islamic State, the monitor said, without casualties reported."
    )
    assert kinds(row) == ["airstrike"]


def test_helicopters_that_later_flew_over_without_strikes_are_no_airstrike() -> None:
    row = titled(
        _RAID + "Coalition helicopters later flew over the area without carrying out strikes, the monitor said."
    )
    assert kinds(row) == ["attack"]


def test_warplanes_flying_over_and_carrying_out_strikes_strike() -> None:
    # (review r45 rev2: "carrying out strikes" was read as no strike)
    row = titled("Russian warplanes were flying over the area, carrying out strikes on the outskirts of the town of Kabani.")
    assert kinds(row) == ["airstrike"]


def test_helicopters_that_evacuated_the_wounded_are_no_airstrike() -> None:
    row = titled(_RAID + "Coalition helicopters evacuated the wounded to a base near al-Shaddadi.")
    assert kinds(row) == ["attack"]
