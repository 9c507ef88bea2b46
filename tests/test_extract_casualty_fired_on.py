""""Security forces opened fire on a group of protesters, killing a young man": the people hit by fire aimed at
protesters or at a family are civilians (``casualty_fired_on``); a figure naming an armed man, or one set apart from
the fire, keeps its own side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_a_young_man_and_others_among_protesters() -> None:
    text = ("Shooting in Sweida\n\nA young man was killed and two others were injured on Monday when security forces "
            "opened fire on a group of protesters in Sweida city.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}


def test_men_of_a_family_fired_on() -> None:
    text = ("Shooting in Jindires\n\nGunmen of a faction opened fire on members of a Kurdish family in Jindires on "
            "Monday, killing three men and wounding a fourth.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 1}


def test_a_soldier_beside_the_family_keeps_his_side() -> None:
    text = ("Raid in Busra\n\nGunmen opened fire on a family in Busra on Monday, killing two members of the family and "
            "a soldier guarding the house.")
    assert killed(text) == {"civilians": 2, "regime": 1}


def test_a_death_set_apart_from_the_fire() -> None:
    text = ("Shooting in Sweida\n\nSecurity forces opened fire on protesters in Sweida city on Monday, while two men "
            "were killed by unknown gunmen near Shahba.")
    assert "civilians" not in killed(text)


def test_armed_men_among_the_protesters_fired_on() -> None:
    text = ("Shooting in Sweida\n\nGunmen opened fire on protesters and NDF men in Sweida on Monday, killing two men.")
    assert "civilians" not in killed(text)


def test_protesters_some_of_whom_were_armed() -> None:
    text = ("Shooting in Sweida\n\nSecurity forces opened fire on protesters, some of whom were armed, in Sweida on "
            "Monday, killing three men.")
    assert "civilians" not in killed(text)


def test_a_death_of_another_cause_in_the_sentence() -> None:
    text = ("Shooting in Daraa\n\nTwo men were killed when regime forces shelled a village near Daraa on Monday, hours "
            "after gunmen fired on mourners in the town.")
    assert "civilians" not in killed(text)


def test_protesters_named_with_an_adjective() -> None:
    text = ("Shooting in Sweida\n\nGuards opened fire on anti-government protesters who tried to enter a party office in "
            "Sweida city on Tuesday, killing one man and wounding three others.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}
