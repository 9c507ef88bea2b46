"""A leader killed with "N of his men" whose side only the sentence gives (``casualty_leader_men``).

"killing a brigadier general and five of his men" after an ambush on a unit: six of the unit's side, not one of it and
five of no known side; "others" hurt right after the men follow them. Near readings that stay as they were: a leader of
a side named in his own words, men of a civilian, and people "of his" that are no entourage.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_general_and_his_men_of_the_ambushed_unit() -> None:
    text = ("Ambush near Maadan\n\nIslamic State cells ambushed a truck of the 4th Division outside Maadan on Tuesday, "
            "killing a brigadier general and five of his men.")
    assert killed(text) == {"regime": 6}


def test_men_then_others_hurt_of_the_same_unit() -> None:
    text = ("Ambush near Maadan\n\nIslamic State cells ambushed a truck of the 4th Division outside Maadan on Tuesday. The "
            "attackers killed a colonel and four of his men, while eight others were injured.")
    assert killed(text) == {"regime": 5}
    assert injured(text) == {"regime": 8}


def test_commander_of_the_militia_and_his_fighters() -> None:
    text = ("Strike in the Mayadin desert\n\nAn unidentified drone hit a convoy of Zainebiyoun militiamen near al-Mayadin "
            "on Thursday, killing a commander of the militia and three of his fighters.")
    assert killed(text) == {"pro_iran_foreign": 4}


def test_leader_of_a_named_side_stays_as_it_was() -> None:
    # look-alike: the leader's side is told in his own words; the men already share it
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car near Amuda on Monday, killing a commander of the SDF and "
            "two of his escorts.")
    assert killed(text) == {"sdf": 3}


def test_people_of_his_town_are_not_his_men() -> None:
    # look-alike: "two people from his village" are not his entourage
    text = ("Shelling on Kafr Nabl\n\nRegime artillery shelled Kafr Nabl on Sunday, killing a farmer and two people "
            "from his village.")
    assert killed(text) == {"civilians": 1, "unknown": 2}


def test_men_hurt_where_the_leader_died() -> None:
    text = ("Attack near Inkhil\n\nUnknown gunmen fired on a post of the regime forces near Inkhil on Friday, killing a "
            "lieutenant and wounding four of his men.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 4}


def test_leader_dead_then_his_men_hurt_in_a_clause_of_their_own() -> None:
    text = ("Attack near Inkhil\n\nUnknown gunmen fired on a post of the regime forces near Inkhil on Friday. A lieutenant "
            "was killed and two of his men were wounded.")
    assert injured(text) == {"regime": 2}
