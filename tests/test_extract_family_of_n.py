""""a family of five was killed": the figure counted as a household is a family, so its members are civilians (SCHEMA:
families), not people of no side (``mention_sides.family_or_work``). Other people told in the same sentence keep
their own side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_family_of_five_people_killed_in_an_air_raid() -> None:
    text = ("Raid on Kafr Nabudah\n\nRussian jets bombed Kafr Nabudah on Saturday night, where a family of five people "
            "died when their home collapsed.")
    assert killed(text) == {"civilians": 5}


def test_family_of_six_without_a_noun() -> None:
    text = ("Shelling on Maarat Harma\n\nRegime rockets fell on Maarat Harma on Tuesday, where a family of six was "
            "killed in its house.")
    assert killed(text) == {"civilians": 6}


def test_people_beside_a_family_keep_no_side() -> None:
    text = ("Blast in Azaz\n\nA car bomb went off in Azaz on Monday, killing four people, while a family of three "
            "living nearby escaped unharmed.")
    assert killed(text) == {"unknown": 4}
