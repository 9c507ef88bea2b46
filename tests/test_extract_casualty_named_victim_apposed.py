"""One victim named by his name and then said who he was (``casualty_named_apposed``): "gunmen shot dead Yasser
Hamdan, a former fighter of the opposition factions" (hts_rebels), "killing Ali al-Ibrahim, a member of the SDF" (sdf),
"wounding Mahmoud Saleh, a civilian" (an injury). Look-alikes: a place named before an apposition counts no one; a
named group is no person's name.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_named_former_rebel_shot_dead() -> None:
    text = ("Killing near Tafas\n\nUnidentified gunmen shot dead Yasser Hamdan, a former fighter of the opposition factions, "
            "near Tafas on Sunday evening.")
    assert killed(text) == {"hts_rebels": 1}


def test_named_member_of_a_side_killed() -> None:
    text = ("Attack near Al-Busayrah\n\nISIS cells opened fire on a checkpoint near Al-Busayrah on Sunday, killing Ali "
            "al-Ibrahim, a member of the SDF.")
    assert killed(text) == {"sdf": 1}


def test_named_civilian_wounded() -> None:
    text = ("Shooting in Jasim\n\nGunmen on a motorcycle opened fire in Jasim on Sunday, wounding Mahmoud Saleh, a civilian "
            "who owns a shop in the town.")
    assert injured(text) == {"civilians": 1}


def test_a_place_with_an_apposition_counts_no_one() -> None:
    text = ("Shelling on Kafr Nabl\n\nRegime forces shelled Kafr Nabl, a town in the southern countryside of Idlib, on "
            "Sunday.")
    assert killed(text) == {}
