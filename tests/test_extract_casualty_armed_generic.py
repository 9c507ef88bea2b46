"""A figure of no side told as armed men never takes the civilian side of its incident (see
``casualty_armed_generic``). Every sentence here was written for these tests; places are real Syrian names."""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_gunmen_beside_a_woman_are_not_civilians() -> None:
    text = "Village fight\n\nThe fighting killed four gunmen and a woman in the village of Nawa on Monday."
    assert killed(text) == {"unknown": 4, "civilians": 1}


def test_fighters_beside_two_children() -> None:
    text = "Night clashes\n\nOvernight clashes near Tafas left three fighters and two children dead, residents said."
    assert killed(text) == {"unknown": 3, "civilians": 2}


def test_gunmen_who_killed_are_no_dead() -> None:
    # look-alike: gunmen counted as the doers leave the civilian dead as they were
    text = "Farm shooting\n\nTwo gunmen on a motorbike shot dead three farmers and a woman near Tafas on Sunday."
    assert killed(text) == {"civilians": 4}
