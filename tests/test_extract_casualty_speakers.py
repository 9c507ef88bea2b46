""""A commander of the Military Council told the agency that seven fighters were killed": the one who speaks is no
casualty; the figure of the clause he speaks is the toll (``casualty_speakers``). Look-alikes: a person coordinated
with the next figure ("A civilian and three fighters were killed") and a person named by "said" after the toll stay.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_spokesman_of_a_group_said_that_is_no_victim() -> None:
    text = ("Raid in Deir Ezzor countryside\n\nA spokesman of the Syrian Democratic Forces said that five ISIS members "
            "lost their lives, having been killed in a dawn raid near the village of Al-Busayrah on Sunday.")
    assert killed(text) == {"isis": 5}


def test_commander_told_an_agency_that_is_no_victim() -> None:
    text = ("Clashes near Hajin\n\nAn SDF commander told the news agency on Sunday that three fighters were killed "
            "during overnight fighting with ISIS cells on the edge of Hajin.")
    assert killed(text) == {"sdf": 3}


def test_member_of_a_force_told_that_members_of_the_force_died() -> None:
    text = ("Drone strike near Qamishli\n\nA Turkish drone hit a pickup truck on the road west of Qamishli on Monday. "
            "A member of the Asayish told a local radio station that two members of the force were killed.")
    assert killed(text) == {"sdf": 2}


def test_coordinated_person_before_a_figure_still_counts() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery pounded Kansafra in the southern countryside of Idlib on Friday. "
            "A civilian and three regime soldiers died in the shelling.")
    assert killed(text) == {"civilians": 1, "regime": 3}


def test_victim_before_said_after_the_toll_still_counts() -> None:
    text = ("Gunmen kill a man in Daraa\n\nMasked men on a motorbike gunned down a man at a bakery near Tafas, west "
            "of Daraa city, on Sunday evening, local sources said.")
    assert killed(text) == {"unknown": 1}
