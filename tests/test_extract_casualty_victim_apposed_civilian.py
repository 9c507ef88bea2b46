""""A young man was killed ... Local sources said the victim, a 30-year-old civilian, ...": a victim of no side that
the text restates as "the victim/the young man, a civilian" is a civilian (``mention_sides._CIVILIAN_SAID``; SCHEMA:
victims the text calls civilians); a victim the text calls nothing stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_the_victim_a_civilian_after_a_reporting_verb() -> None:
    text = ("Raid near Karama\n\nA young man was killed and his father was injured when gunmen stormed their house in "
            "Karama on Monday. Local sources said the victim, a 30-year-old civilian who worked as a mechanic, was shot "
            "in the chest.")
    assert killed(text) == {"civilians": 1}


def test_the_young_man_a_civilian_inside_a_clause() -> None:
    text = ("Shooting near Karama\n\nGunmen shot dead a young man near Karama on Monday. According to local sources, the "
            "gunmen had accused the young man, a civilian who sold fuel, of working with the SDF.")
    assert killed(text) == {"civilians": 1}


def test_a_young_man_told_nothing_of() -> None:
    text = ("Shooting near Karama\n\nGunmen shot dead a young man near Karama on Monday, before fleeing.")
    assert killed(text) == {"unknown": 1}


def test_another_man_a_civilian_is_not_the_victim() -> None:
    text = ("Shooting near Karama\n\nGunmen shot dead a young man near Karama on Monday. Earlier, a man, a civilian from "
            "the town, was hurt by a mine near Dibsi.")
    assert killed(text) == {"unknown": 1}


def test_a_civilian_turned_fighter() -> None:
    text = ("Shooting near Karama\n\nGunmen shot dead a young man near Karama on Monday. The man, a civilian-turned-fighter "
            "who had joined a local group, had returned from Raqqa.")
    assert "civilians" not in killed(text)
