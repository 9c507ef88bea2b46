"""A risen toll opened by "the number of ... killed" far before its verb (``casualty_rises.far_toll``): "The number of
soldiers killed in <a long description of the attack> has risen to 14" is the incident's latest toll, however long the
description. Look-alike: a number of dead with no rise is read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_number_of_soldiers_killed_far_before_the_rise() -> None:
    text = ("Toll of desert ambush rises\n\nThe number of regime soldiers killed in the ambush set up by ISIS cells for a "
            "military bus on the road between Al-Sukhnah and Palmyra in the eastern countryside of Homs on Thursday night "
            "has risen to 14, SOHR said.")
    assert killed(text) == {"regime": 14}


def test_number_of_fighters_killed_far_before_the_rise() -> None:
    text = ("Toll of attack rises\n\nThe number of SDF fighters killed in the attack launched by ISIS cells on a checkpoint "
            "near Al-Shuhayl town, east of Deir Ezzor, on Monday night has risen to nine.")
    assert killed(text) == {"sdf": 9}


def test_plain_toll_without_rise_is_read_as_before() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling on the market of Ariha killed nine civilians on Monday morning.")
    assert killed(text) == {"civilians": 9}
