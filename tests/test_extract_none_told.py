"""A kind of event said not to have happened ("there were no air strikes on the area") is not the kind of the
event the sentence tells (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def test_no_air_strikes_on_the_area_leaves_the_clashes_told() -> None:
    row = titled(
        "On Friday there were no air strikes on the area, but clashes broke out between regime forces and "
        "jihadists near the town of Kansafra, killing two fighters, the monitor said."
    )
    assert kinds(row) == ["clash"]


def test_no_shelling_was_recorded_leaves_the_attack_told() -> None:
    row = titled(
        "No shelling was recorded on Friday, but gunmen attacked an army checkpoint near the town of Kansafra, "
        "killing two soldiers, the monitor said."
    )
    assert kinds(row) == ["attack"]


def test_air_strikes_told_after_a_truce_stay_air_strikes() -> None:
    row = titled("Russian air strikes on Friday killed five civilians near the town of Kansafra, the monitor said.")
    assert kinds(row) == ["airstrike"]


def test_no_fighting_reported_leaves_the_drone_strike_told() -> None:
    row = titled(
        "No fighting was reported between the two armies. But near the town of Kansafra, a Turkish drone strike "
        "hit a car carrying soldiers on Monday, killing two of them, the monitor said."
    )
    assert kinds(row) == ["drone_strike"]


def test_there_were_no_clashes_leaves_the_shelling_told() -> None:
    row = titled(
        "There were no clashes on the front lines on Tuesday. Regime artillery shelled the village of Kansafra, "
        "killing three civilians, activists said."
    )
    assert kinds(row) == ["shelling"]


def test_no_attacks_recorded_leaves_the_airstrike_told() -> None:
    row = titled(
        "No attacks were recorded on the posts overnight; Russian warplanes then bombed the town of Kansafra on "
        "Wednesday, killing four civilians, the monitor said."
    )
    assert kinds(row) == ["airstrike"]


def test_drone_strike_not_ruled_out_leaves_the_depot_blast() -> None:
    row = titled(
        "A series of explosions shook an ammunition depot of the army near the town of Kansafra at dawn on Tuesday, "
        "killing a soldier. The monitor said two soldiers were killed, and did not rule out that the blasts were caused "
        "by a drone strike."
    )
    assert kinds(row) == ["other"]


def test_strike_without_ruling_out_is_no_kind() -> None:
    assert event_type("Officials spoke of a fire at the site, without ruling out an Israeli air strike.") is None
    assert event_type("The source could not exclude the possibility of a drone attack on the base.") is None
