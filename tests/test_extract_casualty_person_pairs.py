"""One victim named by his post and the people named after him with "and" (``casualty_the_one_and``,
``casualty_person_pairs``): "killing its commander and three of his men" (the figure after "the/its <post> and" takes
the verb's role), "wounding a commander and his driver", "killing an officer and his two bodyguards" (he and his people,
both of a side still open, are one figure: all of them counted, of the side the incident gives them), "killing the
officer and his driver" (the one named with "the" before "and his" is read too).
Look-alikes: people with a fate of their own ("... and his brother were later taken"), a figure with its own verb after the post ("killing the commander, and two soldiers were wounded",
"killing the commander and wounding two of his men"), a relative told in a clause of his own ("..., and his son was
abducted": not a victim), a side named in the first person's words ("a commander of the SDF and his driver").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sum(text: str, role: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[role].items():
            out[side] = out.get(side, 0) + n
    return out


def test_its_commander_and_his_men_killed() -> None:
    text = ("Cells of ISIS attacked a checkpoint of the National Defence Forces east of Kabajeb on Monday night, killing "
            "its commander and three of his men.")
    assert _sum(text, "killed") == {"regime": 4}


def test_the_commander_and_one_of_his_guards_wounded() -> None:
    text = ("Turkish drones hit a post of the military council west of Ain Issa on Friday, wounding the commander and "
            "one of his guards.")
    assert sum(_sum(text, "injured").values()) == 2


def test_the_leader_and_two_of_his_escorts_killed() -> None:
    text = "A roadside bomb struck a convoy of the Hamza Division near Jindires on Sunday, killing the leader and two of his escorts."
    assert sum(_sum(text, "killed").values()) == 3


def test_a_commander_and_his_driver_wounded() -> None:
    text = "Gunmen fired at a pickup of the Military Security near Inkhil on Sunday, wounding a commander and his driver."
    assert _sum(text, "injured") == {"regime": 2}


def test_an_officer_and_his_two_bodyguards_killed() -> None:
    text = ("Gunmen ambushed a car of the Air Force Intelligence outside Ibtaa on Monday, killing an officer and his two "
            "bodyguards.")
    assert _sum(text, "killed") == {"regime": 3}


def test_the_officer_and_his_driver_killed() -> None:
    text = "Gunmen ambushed a jeep of the Military Security outside Ibtaa on Monday, killing the officer and his driver."
    assert sum(_sum(text, "killed").values()) == 2


def test_look_alike_figure_with_its_own_verb() -> None:
    text = ("Cells of ISIS raided a post of the National Defence Forces east of Kabajeb on Monday, killing the "
            "commander, and two soldiers were wounded.")
    assert sum(_sum(text, "killed").values()) == 1
    assert sum(_sum(text, "injured").values()) == 2


def test_look_alike_killing_the_commander_and_wounding_his_men() -> None:
    text = ("Cells of ISIS raided a post of the National Defence Forces east of Kabajeb on Monday, killing the "
            "commander and wounding two of his men.")
    assert sum(_sum(text, "killed").values()) == 1
    assert sum(_sum(text, "injured").values()) == 2


def test_look_alike_son_abducted() -> None:
    text = "Gunmen shot dead a commander of the Fifth Corps in Busra al-Sham on Monday, and his son was abducted."
    assert _sum(text, "killed") == {"regime": 1}


def test_look_alike_side_named_for_the_first() -> None:
    text = "A bomb went off under a car near Amuda on Friday, killing a commander of the SDF and his driver."
    assert _sum(text, "killed") == {"sdf": 2}


def test_look_alike_people_with_a_fate_of_their_own() -> None:
    text = "Gunmen shot dead a commander near Nawa on Monday and his brother were later taken by the police."
    assert sum(_sum(text, "killed").values()) == 1


def test_a_commander_and_his_driver_killed_verb_after_both() -> None:
    text = "A commander and his driver were killed on Monday when a bomb went off under their car in Tafas."
    assert sum(_sum(text, "killed").values()) == 2


def test_look_alike_figure_with_a_fate_of_its_own_after_the_post() -> None:
    # review r39 rev9: the figure after "the <post> and" with its own finite verb is not the verb's victim
    text = ("Masked gunmen hit a jeep of the Military Security near Izraa on Monday, killing the driver and three "
            "passengers sustained injuries.")
    assert sum(_sum(text, "killed").values()) == 1
    assert sum(_sum(text, "injured").values()) == 3


def test_look_alike_wounding_the_driver_and_soldiers_died_later() -> None:
    text = ("Masked gunmen hit a truck of the Fourth Division near Tafas on Tuesday, wounding the driver and two soldiers "
            "died later of their wounds.")
    assert sum(_sum(text, "killed").values()) == 2


def test_look_alike_his_men_captured_or_fled_after_the_post() -> None:
    captured = ("Cells of ISIS hit a patrol of the Fourth Division near Maadan on Monday, killing the commander and two "
                "of his men were captured by the cells.")
    fled = ("Cells of ISIS hit a position of the Fourth Division near al-Sukhnah on Thursday, killing the commander and "
            "two others managed to flee.")
    assert sum(_sum(captured, "killed").values()) == 1
    assert sum(_sum(fled, "killed").values()) == 1


def test_look_alike_his_people_with_a_present_or_active_fate() -> None:
    missing = "A device blew up near a car in Tafas on Tuesday, killing a commander and his son is still missing."
    away = "Masked gunmen shot at a car in Jasim on Monday, wounding a commander and his driver sped away from the scene."
    assert sum(_sum(missing, "killed").values()) == 1
    assert sum(_sum(away, "injured").values()) == 1
