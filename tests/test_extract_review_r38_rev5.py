"""Review of round 38 (rev5): near readings of the leader-and-his-men pass (``casualty_leader_men``) and of kin told
"along with his" (``casualty_along_with.along_his``) that stay as they were before.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_aides_along_with_him_who_were_wounded() -> None:
    # the aides have a fate of their own after a comma: they were hurt, not killed with him
    text = ("Drone strike near Hasakah\n\nA Turkish drone struck a pickup near Hasakah on Sunday, killing an SDF officer "
            "in addition to his three aides, who were wounded.")
    assert killed(text) == {"sdf": 1}
    assert injured(text) == {"sdf": 3}


def test_bodyguards_as_well_as_him_who_survived_with_wounds() -> None:
    text = ("Drone strike near Hasakah\n\nA Turkish drone struck a pickup near Hasakah on Sunday, killing an SDF officer "
            "as well as his two bodyguards, who survived with wounds.")
    assert killed(text) == {"sdf": 1}


def test_others_with_a_breakdown_do_not_follow_the_men() -> None:
    # "others, including a child": the hurt are not shown to be of the unit; none of them is lost either
    text = ("Ambush near Tabqa\n\nIslamic State cells ambushed a bus of the 25th Division near Tabqa on Monday, killing "
            "a colonel and six of his men, while five others, including a boy, were injured.")
    assert killed(text) == {"regime": 7}
    assert sum(injured(text).values()) == 5
    assert "regime" not in injured(text)


def test_others_told_as_passers_by_do_not_follow_the_men() -> None:
    text = ("Ambush near Tabqa\n\nIslamic State cells ambushed a bus of the 25th Division near Tabqa on Monday, killing "
            "a colonel and six of his men, while two others, farmers working nearby, were injured.")
    assert "regime" not in injured(text)


def test_leader_of_the_gunmen_is_not_the_target_side() -> None:
    # the leader is of the gunmen, not of the regime forces they fought; his men are not made regime with him
    text = ("Clashes near Nawa\n\nClashes broke out between regime forces and local gunmen near Nawa on Wednesday, "
            "killing a commander of the gunmen and three of his men.")
    assert killed(text).get("regime", 0) <= 1


def test_wives_along_with_a_fighter_take_not_his_side() -> None:
    # the family of a fighter is not of his side: the commander stays one of his side, as before
    text = ("Strike near Ariha\n\nA Russian jet bombed a farm near Ariha on Thursday, killing a Hurras al-Din commander "
            "along with his three wives.")
    assert killed(text).get("hts_rebels", 0) <= 1
