""""... a major of the Fourth Division, who was among the dead": one of the toll told before, named again in a
relative clause, not one more dead (``casualty_among_relative``). Look-alikes: with no toll told before, the clause is
the only word of the death and stands; "wounded a driver, who was taken to hospital" is no such clause; a new figure
"among the dead" ("Three officers were among the dead") is read as a part elsewhere.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_mourned_officer_among_the_dead_is_one_of_them() -> None:
    text = ("Raid on Deir Hafer\n\nSix members of the Syrian National Army were killed on Wednesday when SDF fighters "
            "raided their post near Deir Hafer. Opposition pages mourned a lieutenant of the Military Security who was "
            "among the dead.")
    assert killed(text) == {"turkey_factions": 6}


def test_commander_among_those_killed_after_a_comma() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone struck a pick-up truck near Amuda on Friday, killing three members "
            "of the SDF. Local sources said the truck was carrying a field commander of the police, who was among those "
            "killed.")
    assert killed(text) == {"sdf": 3}


def test_no_toll_before_keeps_the_one_named() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery shelled Kansafra, south of Idlib, on Sunday. "
            "Activists named a civilian, who was among the dead, as a local baker.")
    assert killed(text) == {"civilians": 1}


def test_relative_clause_of_another_kind_is_read_as_before() -> None:
    text = ("Attack near Tal Tamr\n\nTwo SDF fighters lost their lives on Thursday when masked gunmen opened fire on a "
            "checkpoint near Tal Tamr, and a civilian driver, who was passing by, was wounded.")
    assert killed(text) == {"sdf": 2}


def test_plain_part_among_the_dead_unchanged() -> None:
    text = ("Ambush near Mayadin\n\nNine members of regime forces were killed in an ISIS ambush near al-Mayadin on "
            "Tuesday. Two officers were among the dead.")
    assert killed(text) == {"regime": 9}


def test_a_death_told_in_its_own_sentence_is_one_more() -> None:
    # review r39 rev10: the figure is the object of its own verb of death, the clause an aside on a series of killings
    text = ("Killings in Daraa\n\nMasked men killed two brothers near Nawa on Monday. On Tuesday, a gunman on a "
            "motorcycle shot dead a former rebel leader in Inkhil, who was among those killed, sources said, in a "
            "string of assassinations this spring.")
    assert sum(killed(text).values()) == 3


def test_among_the_dead_of_an_event_not_told_is_one_more() -> None:
    # review r39 rev10: "among the dead in an attack ..." names another event, not the toll told before
    text = ("Shelling on Ariha\n\nRegime rockets killed 3 civilians in Ariha on Saturday. Opposition pages mourned a "
            "field commander of the rebels, who was among the dead in an attack on army posts near Kafranbel.")
    assert sum(killed(text).values()) == 4
