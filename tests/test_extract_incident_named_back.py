"""Incident bounds: the event named back after a source's words, aircraft striking in response, and a second
victim of its own event joined by "and".

Every sentence here was written for these tests; the places are real Syrian names or invented ones.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def killed(row: dict) -> list[dict]:
    return [i["killed"] for i in row["incidents"]]


# --- the event named back after a source's words ----------------------------------------------------------------------


def test_the_raid_named_back_after_according_to_is_the_same_incident() -> None:
    row = run(
        "Coalition helicopters carried out a raid on Tuesday at dawn on a village east of al-Shaddadi, killing a "
        "senior ISIS commander, the SDF said.\n"
        "According to the statement, the raid on the village of Tal Barak targeted a house used by the "
        "commander and his aides.",
        date(2022, 5, 4),
    )
    assert len(row["incidents"]) == 1


def test_the_blast_that_also_killed_sheep_is_the_landmine_told_before() -> None:
    row = run(
        "Two shepherds were killed on Friday when a landmine exploded as they grazed their flock in the desert "
        "east of Salamiyah, a monitor said.\n"
        "The monitor said the blast, near the village of Tal Dara, also killed dozens of their sheep.",
        date(2021, 3, 6),
    )
    assert kinds(row) == ["ied_landmine"]
    assert killed(row) == [{"civilians": 2}]


def test_the_attack_said_to_have_taken_place_on_a_day_is_the_same_one() -> None:
    row = run(
        "ISIS on Wednesday claimed an attack on an army checkpoint in the desert east of Homs, saying its "
        "fighters killed ten soldiers.\n"
        "In a statement on its channels, the group said the attack took place on Tuesday night near the "
        "village of Jubb al-Jarrah.",
        date(2021, 5, 6),
    )
    assert len(row["incidents"]) == 1


def test_another_attack_named_for_comparison_adds_nothing_to_the_incident() -> None:
    row = run(
        "Six soldiers were killed on Monday when ISIS cells ambushed a convoy near al-Kawm, a monitor said.\n"
        "The ambush is the deadliest since an attack on a bus near Kabajeb killed 20 soldiers last year.",
        date(2021, 3, 9),
    )
    assert killed(row)[0] == {"regime": 6}


# --- aircraft striking in response ------------------------------------------------------------------------------------


def test_aircraft_striking_in_response_in_the_area_are_an_incident_of_their_own() -> None:
    row = run(
        "ISIS cells attacked positions of regime forces near the town of al-Sukhnah in Homs province on Friday, "
        "killing nine soldiers, a monitor said.\n"
        "Russian warplanes carried out air strikes on ISIS hideouts in the area in response, the monitor said, "
        "without giving a toll.",
        date(2021, 4, 11),
    )
    assert sorted(kinds(row)) == ["airstrike", "attack"]


# --- a second victim of its own event joined by "and" -----------------------------------------------------------------


def test_a_member_wounded_by_an_ied_after_and_is_another_incident() -> None:
    row = run(
        "Earlier this week, a former rebel fighter was found dead with gunshot wounds on the road between Douma "
        "and Harasta, and a member of the regime's Military Security was wounded when an IED exploded near "
        "his car in Saqba.",
        date(2020, 11, 18),
    )
    assert len(row["incidents"]) == 2
    assert "ied_landmine" in kinds(row)
