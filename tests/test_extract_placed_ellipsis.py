""""killed four civilians in A and three in B", "shot dead a farmer in A and another in B", "killing five soldiers in
the first and two in the second": a figure with no noun of its own, told with its own place right after a figure told
with its place, counts more people of that figure's side (``casualty_placed_ellipsis``); a figure with a noun of its
own so placed ("... in the first and a civilian in the second") is killed too, of its own side.
Look-alikes: a figure with its own verb, a period tally in the passive, and a month after "in" count nothing more.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bare_figure_in_a_second_town() -> None:
    text = ("Raids on Idlib countryside\n\nRussian jets killed five civilians in Binnish and two in Taftanaz during "
            "raids on Wednesday afternoon.")
    assert killed(text) == {"civilians": 7}


def test_another_in_a_second_village() -> None:
    text = ("Killings in Daraa\n\nArmed men on a motorbike shot dead a farmer in Inkhil and another in Jasim late on "
            "Thursday, local sources said.")
    assert killed(text) == {"civilians": 2}


def test_first_and_second_of_two_posts() -> None:
    text = ("Desert raids\n\nISIS cells raided two army posts near Arak and al-Tayyibah at night, killing five soldiers "
            "in the first and two in the second.")
    assert killed(text) == {"regime": 7}


def test_former_and_latter_with_a_noun_of_its_own() -> None:
    text = ("Drone strikes in the northeast\n\nTurkish drones hit two cars near Derbasiyah and Amuda on Friday, killing "
            "two SDF fighters in the former and a civilian in the latter.")
    assert killed(text) == {"sdf": 2, "civilians": 1}


def test_own_verb_of_hurting_is_not_more_dead() -> None:
    text = ("Shelling on Jabal al-Zawiya\n\nRegime artillery killed three civilians in Kansafra and wounded two in "
            "Fleifel on Saturday morning.")
    assert killed(text) == {"civilians": 3}


def test_another_arrested_is_not_killed() -> None:
    text = ("Raid in Daraa countryside\n\nGunmen shot dead a civilian in Sahem al-Golan and another was arrested in "
            "Tasil by regime patrols on Monday.")
    assert killed(text) == {"civilians": 1}


def test_a_month_after_in_is_not_a_town() -> None:
    text = ("Attack near Palmyra\n\nISIS cells killed four soldiers near Palmyra on Sunday, after they had ambushed "
            "a bus there and killed nine in March.")
    assert killed(text) == {"regime": 4}
