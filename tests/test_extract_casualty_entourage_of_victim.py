"""Men counted out of a victim's own entourage (``casualty_kin``): "killed a senior ISIS official and two of his aides",
"a commander of the SDF was killed along with three of his men", "killing him and wounding four of his fighters": they
are of the victim's side. Look-alikes: the relatives of a civilian stay civilians; the men of a victim of no known side
keep no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_aides_of_an_official_killed_with_him() -> None:
    text = ("Raid near Al-Shaddadi\n\nA raid by the US-led coalition killed a senior ISIS official and three of his aides near "
            "Al-Shaddadi at dawn on Friday.")
    assert killed(text) == {"isis": 4}


def test_men_killed_along_with_their_commander() -> None:
    text = ("Ambush near Tadmur\n\nA commander of the National Defence Forces was killed along with two of his men in an "
            "ambush near Tadmur on Monday.")
    assert killed(text) == {"regime": 3}


def test_fighters_of_a_victim_wounded() -> None:
    text = ("Blast near Azaz\n\nAn IED went off in the car of a commander of the Hamza Division near Azaz, killing him and "
            "wounding four of his fighters.")
    assert injured(text) == {"turkey_factions": 4}


def test_relatives_of_a_civilian_stay_civilians() -> None:
    text = ("Shelling on Darat Izza\n\nShelling killed a civilian and two of his relatives in Darat Izza on Sunday.")
    assert killed(text) == {"civilians": 3}


def test_men_of_a_man_of_no_side_keep_no_side() -> None:
    text = ("Killing near Jasim\n\nGunmen shot dead a man and two of his companions near Jasim on Sunday.")
    assert set(killed(text)) <= {"unknown"}
