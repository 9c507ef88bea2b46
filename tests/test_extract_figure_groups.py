"""A number that counts groups, places or things is no casualty figure (``figure_groups.counts_groups``, called by
``figures.is_count``): "the two factions", "three groups of gunmen", "two villages" count no one hurt.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_fighters_of_the_two_factions_are_not_two_more() -> None:
    text = ("Infighting in Afrin\n\nA gunfight that set the Hamza Division against the Sultan Murad Division in Afrin on Monday "
            "killed two fighters of the two factions.")
    assert killed(text) == {"turkey_factions": 2}


def test_factions_quarrelling_are_no_dead() -> None:
    text = ("Infighting in Azaz\n\nA quarrel between two Turkish-backed factions over a checkpoint in Azaz killed three of "
            "their fighters on Sunday.")
    assert killed(text) == {"turkey_factions": 3}


def test_factions_dead_after_their_noun_are_the_fighters_only() -> None:
    text = ("Infighting in al-Bab\n\nThe quarrel left four gunmen of the two factions dead and three others hurt near the "
            "clock tower of al-Bab on Friday.")
    assert sum(killed(text).values()) == 4


def test_groups_of_gunmen_are_not_counted() -> None:
    text = ("Clashes in Busra al-Sham\n\nClashes among three groups of gunmen in Busra al-Sham killed six people on "
            "Friday.")
    assert sum(killed(text).values()) == 6


def test_near_misses_still_count_people() -> None:
    faction_fighters = "Infighting in Azaz\n\nTwo faction fighters lost their lives in a quarrel at a market in Azaz on Sunday."
    members_of = ("Shelling on Tadif\n\nRegime shells struck a post near Tadif on Sunday, killing three members of the "
                  "factions.")
    cells = "Raid in the desert\n\nCoalition helicopters raided a hideout near al-Shaddadi, leaving two ISIS cells dead."
    forces = "Ambush near Maadan\n\nAn ambush near Maadan on Tuesday killed 12 government forces, a local source said."
    assert sum(killed(faction_fighters).values()) == 2
    assert sum(killed(members_of).values()) == 3
    assert sum(killed(cells).values()) == 2
    assert sum(killed(forces).values()) == 12
