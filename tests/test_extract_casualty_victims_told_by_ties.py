"""Victims told by their ties rather than by a group's name: "a man known to be collaborating with Hezbollah"
(``mention_sides.SERVICE``), "members of a militia backed by Iran" (``casualty_groups.group_end``: the patron after
"backed by" is part of the figure's words), "two militiamen of Syrian nationality, from the town of X, and a soldier"
(an aside on where they come from keeps the list together), "an IRGC officer and his Syrian bodyguard" (the bodyguard
is a figure of his own, a Syrian working for Iran's men: regime).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_known_to_be_collaborating() -> None:
    text = ("Killing in Nawa\n\nOn Tuesday, unknown gunmen shot dead a man known to be collaborating with Lebanese "
            "Hezbollah near the town of Nawa.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_known_to_have_cooperated() -> None:
    text = ("Killing in Jasim\n\nGunmen killed a young man known to have cooperated with the Military Security in "
            "Jasim on Monday.")
    assert killed(text) == {"regime": 1}


def test_a_militia_backed_by_iran() -> None:
    text = ("Strike near Albu Kamal\n\nAn unidentified drone struck a truck near Albu Kamal on Sunday, killing three "
            "members of a militia backed by Iran.")
    assert killed(text) == {"pro_iran_foreign": 3}


def test_syrian_members_of_a_militia_backed_by_iran() -> None:
    text = ("Strike near al-Mayadin\n\nAircraft struck a position near al-Mayadin on Sunday. The dead included three "
            "Syrian members of a militia backed by Iran and two non-Syrian fighters.")
    assert killed(text) == {"regime": 3, "pro_iran_foreign": 2}


def test_an_aside_on_their_town_keeps_the_list() -> None:
    text = ("Quarrel in al-Mayadin\n\nA quarrel turned into clashes between an Iranian-backed militia and the Air Force "
            "Intelligence in al-Mayadin on Sunday. Three militiamen of Syrian nationality, from the town of al-Quriyah, "
            "and an intelligence member were killed.")
    assert killed(text) == {"regime": 4}


def test_a_syrian_bodyguard_of_an_iranian_officer() -> None:
    text = ("Drone strike near al-Mayadin\n\nAn officer of the Iranian Revolutionary Guard and his Syrian bodyguard "
            "were killed on Sunday when a drone hit their car near al-Mayadin.")
    assert killed(text) == {"pro_iran_foreign": 1, "regime": 1}


def test_a_bodyguard_of_a_commander() -> None:
    text = ("Drone strike near Qamishli\n\nA commander of the SDF and his bodyguard were killed on Sunday when a drone "
            "hit their car near Qamishli.")
    assert killed(text) == {"sdf": 2}


def test_a_toll_of_soldiers_revised_downward() -> None:
    text = ("Strikes near Manbij\n\nTurkish strikes on army posts near Manbij killed 12 Syrian soldiers on Monday night, "
            "a monitor said.\nThe monitor later revised the toll of soldiers killed downward to 11.")
    assert killed(text) == {"regime": 11}
