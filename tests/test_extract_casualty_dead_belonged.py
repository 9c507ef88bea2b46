""""Of the dead, 46 were civilians and seven belonged to the Military Security": a part of a toll told before tied to
its side by "belonged to", "came from" or "served with" as well as by "were"; a later part may leave the verb out
("three belonged to X and two to Y"); a tie to kin ("belonged to the same family") names no side
(``casualty_roles.those_killed``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_AMBUSH = ("Ambush in the desert\n\nTwenty people were killed on Tuesday when ISIS cells ambushed a convoy of truffle "
           "pickers near al-Sukhnah, east of Homs, the Syrian Observatory for Human Rights said. ")


def test_of_the_dead_part_belonged_to() -> None:
    text = _AMBUSH + "Of the dead, 14 were civilians and six belonged to the regime's Military Security branch."
    assert killed(text) == {"civilians": 14, "regime": 6}


def test_part_came_from_after_an_aside() -> None:
    text = _AMBUSH + ("Among the dead, 14 were civilians – most of them from the same village – while six came from "
                      "the National Defence Forces escorting them.")
    assert killed(text) == {"civilians": 14, "regime": 6}


def test_part_served_with() -> None:
    text = _AMBUSH + "Of the victims, 14 were civilians, and six served with the Fourth Division."
    assert killed(text) == {"civilians": 14, "regime": 6}


def test_first_part_belonged_to() -> None:
    text = _AMBUSH + "Six of the dead belonged to the Military Security and 14 were civilians."
    assert killed(text) == {"civilians": 14, "regime": 6}


def test_kin_is_no_side() -> None:
    text = ("Shooting in Jindires\n\nFour civilians were killed on Monday when gunmen opened fire on a family in "
            "Jindires, north of Aleppo. Three of the dead belonged to the same family.")
    assert killed(text) == {"civilians": 4}
