"""Local gunmen named as a part ("two of the local gunmen") or only as "the gunmen"/"the attackers" after the paragraph
has called them local (``mention_sides.local_gunmen``, ``casualty_local_referents``): the local factions of Daraa
(SCHEMA: hts_rebels), of no side in Sweida; "others" hurt after them share their side. Not read where the paragraph
names other armed men too, or where another figure of the sentence has no side yet.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_part_of_the_local_gunmen_and_others_hurt() -> None:
    text = ("Gunfight in Inkhil\n\nA gunfight broke out at dawn on Monday between local gunmen and an ISIS cell hiding in a farm "
            "near Inkhil in the northern countryside of Daraa, after which four of the local gunmen were dead and six others "
            "were hurt.")
    assert killed(text) == {"hts_rebels": 4}
    assert injured(text) == {"hts_rebels": 6}


def test_part_of_the_local_gunmen_in_sweida() -> None:
    text = ("Gunfight in Qrayya\n\nA gunfight broke out on Monday between local gunmen and a kidnapping gang at Qrayya in "
            "the southern countryside of Sweida, after which one of the local gunmen was dead.")
    assert killed(text) == {"unknown": 1}


def test_the_gunmen_called_local_before() -> None:
    text = ("Raid near Nawa\n\nFighting erupted on Monday night between government troops and local gunmen near Nawa in the "
            "western countryside of Daraa, after the gunmen raided an Air Force Intelligence post. The fighting left four "
            "soldiers and two of the gunmen dead.")
    assert killed(text) == {"regime": 4, "hts_rebels": 2}


def test_the_attackers_called_local_gunmen() -> None:
    text = ("Raid near Sahem al-Jawlan\n\nLocal gunmen raided an army post near Sahem al-Jawlan in the Yarmouk Basin on Monday, "
            "sparking a gunfight in which a conscript and three of the attackers died.")
    assert killed(text) == {"regime": 1, "hts_rebels": 3}


def test_bare_gunmen_beside_local_fighters() -> None:
    text = ("Fighting near Da'el\n\nFighting between army units and local fighters on the edge of Da'el town in Daraa killed "
            "five soldiers and three gunmen on Monday.")
    assert killed(text) == {"regime": 5, "hts_rebels": 3}


def test_other_gunmen_in_the_paragraph_keep_the_bare_word_unread() -> None:
    text = ("Fighting near Da'el\n\nLocal gunmen and gunmen affiliated with the Air Force Intelligence exchanged fire on the "
            "edge of Da'el town in Daraa on Monday, and three of the gunmen died.")
    assert "hts_rebels" not in killed(text)


def test_an_unsided_figure_beside_keeps_the_bare_word_unread() -> None:
    text = ("Raid near Tasil\n\nThree members of a gang were killed together with one of the attackers on "
            "Monday, when local gunmen raided a house in Tasil in the western countryside of Daraa.")
    assert "hts_rebels" not in killed(text)


def test_a_named_armed_group_in_the_paragraph_keeps_the_bare_word_unread() -> None:
    text = ("Attack on Jasim\n\nLocal gunmen in the town of Jasim in Daraa countryside were attacked by ISIS cells on Monday, "
            "and two fighters were killed in the ensuing clashes.")
    assert "hts_rebels" not in killed(text)
    text = ("Clashes near Tafas\n\nLocal gunmen clashed on Monday with a cell of the Islamic State near Tafas in the western "
            "countryside of Daraa, and three of the gunmen died.")
    assert "hts_rebels" not in killed(text)


def test_the_attackers_of_a_named_group_they_stormed_stay_local() -> None:
    text = ("Raid in Jasim\n\nLocal gunmen stormed an ISIS hideout in Jasim in the northern countryside of Daraa on Monday; "
            "an ISIS member blew himself up as they broke in, wounding three of the attackers.")
    assert injured(text) == {"hts_rebels": 3}
