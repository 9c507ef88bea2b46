"""Incidents: kinds read from words that name two things (bombers, a body found) and from who was hurt.

* "bombers" are aircraft only when the text names them so (B-52, long-range, Russian, "bombers and fighter jets");
  bombers counted among the dead or said to have struck a gathering are men, not a strike from the air;
* a body "found dead" is not a man "found" alive and then shot: the execution read from "found ... shot him" needs a
  man taken alive; a body "found beheaded" with no one said to be taken is a murder (other);
* one killed and two or more of his side injured with him is an attack on a group, not a targeted killing;
* a detainee who died under torture is a death in custody (other, as "tortured to death" is read), not an attack.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import kinds
from incident_cases import run
from observatory.extract.events import event_type


@pytest.mark.parametrize(
    "text",
    [
        "Russian bombers struck positions of the group in the desert east of Homs.",
        "The strikes were carried out by long-range bombers flown from abroad.",
        "US B-52 bombers hit weapons depots near the border.",
        "Strategic bombers and fighter jets pounded the outskirts of the town overnight.",
        "Tu-22 bombers and Su-34 jets bombed the villages at dawn.",
    ],
)
def test_bombers_named_as_aircraft_are_an_airstrike(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] == "airstrike"


@pytest.mark.parametrize(
    "text",
    [
        "Eleven fighters of the group died in the assault, including the two bombers.",
        "Twelve militants were killed, among them the bombers.",
        "The bomber struck a gathering of fighters near the bakery, killing four.",
    ],
)
def test_bombers_who_are_men_are_no_airstrike(text: str) -> None:
    hit = event_type(text)
    assert hit is None or hit[0] != "airstrike"


def test_a_suicide_bomber_stays_a_suicide_bombing() -> None:
    hit = event_type("A suicide bomber struck near a bakery in the town, killing nine people.")
    assert hit is not None and hit[0] == "suicide_bombing"


def test_bombers_who_blew_themselves_up_are_a_suicide_bombing() -> None:
    hit = event_type("Two bombers blew themselves up at the gate of the base.")
    assert hit is not None and hit[0] == "suicide_bombing"


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were found dead near the village on Friday with bullet wounds, and no one said who had killed them.",
        "A woman was found dead inside the camp after unknown persons shot her in the head.",
    ],
)
def test_a_body_found_dead_is_no_execution(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] != "execution"


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen found him wounded near the post and shot him dead.",
        "The gunmen captured the driver alive and later killed him on the road.",
    ],
)
def test_a_man_taken_alive_and_shot_is_an_execution(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] == "execution"


@pytest.mark.parametrize(
    "text",
    [
        "A man was found beheaded in a tent in the second sector of the camp on Monday.",
        "The body of a young woman was found beheaded near the market, the camp's guards said.",
    ],
)
def test_a_body_found_beheaded_with_no_one_taken_is_other(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The body of a herder was found beheaded in the desert, two days after he was abducted by gunmen said to be ISIS "
        "members.",
        "ISIS cells beheaded a young man they accused of working with the council.",
    ],
)
def test_a_beheading_of_a_captive_or_told_as_a_deed_stays_an_execution(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] == "execution"


def test_one_killed_and_two_of_his_unit_hurt_is_an_attack() -> None:
    row = run(
        "Unknown gunmen opened fire on a car of the Military Security near the town of Nawa in the countryside "
        "of Daraa on Monday, killing an officer and injuring two members of the branch who were with him."
    )
    assert kinds(row) == ["attack"]


def test_one_killed_with_his_wife_and_son_hurt_stays_an_assassination() -> None:
    row = run(
        "Unknown gunmen opened fire on a car near the town of Nawa in the countryside of Daraa on Monday, killing "
        "a member of the Military Security and injuring his wife and son."
    )
    assert kinds(row) == ["assassination"]


def test_one_killed_alone_stays_an_assassination() -> None:
    row = run(
        "Unknown gunmen opened fire on a member of the Military Security near the town of Nawa in the countryside "
        "of Daraa on Monday, killing him."
    )
    assert kinds(row) == ["assassination"]


@pytest.mark.parametrize(
    "text",
    [
        "A young man from the village died under torture in a prison run by the faction, a month after he was arrested.",
        "The network documented the death of a farmer due to torture inside a detention centre of the military police.",
        "The group said its member was tortured to death by the militia that had detained him.",
        "The monitor recorded the death of a young man under torture in a prison of the security branch.",
    ],
)
def test_a_detainee_who_died_under_torture_is_a_death_in_custody(text: str) -> None:
    hit = event_type(text)
    assert hit is not None and hit[0] == "other"


def test_a_detainee_who_died_under_torture_is_no_targeted_killing() -> None:
    row = run(
        "A young man from the town of Jindires died under torture on Monday in a prison run by a faction in the "
        "countryside of Aleppo, two months after he was arrested at a checkpoint."
    )
    assert kinds(row) == ["other"]


def test_deaths_under_torture_counted_for_a_month_are_no_incident() -> None:
    row = run(
        "At least 90 civilians were killed in Syria in April 2021, a monitoring network said on Thursday.\n"
        "Government forces killed 35 of them and Russian forces killed 8.\n"
        "The network also recorded 5 deaths under torture, most in government detention."
    )
    assert "other" not in kinds(row)
