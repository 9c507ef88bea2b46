"""The dead of no named side take the side a later statement gives them (``casualty_named_after``).

* "... killing nine people. The dead are all civilians": civilians;
* "... killing 14 people. State media said the victims were military personnel": regime;
* "... killing ten people ... (paragraphs later) ... all ten were civilians": civilians, the number repeated;
* not: "the dead were mostly military personnel", "Most of the victims were civilians", "the victims were executed
  by ...", "all eight were civilians" after ten dead, nor a statement told after the next incident has begun.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled
from contract_rows import killed_sums as killed


def test_the_dead_are_all_civilians_in_the_next_sentence() -> None:
    text = (
        "Car bomb in Jarablus\n\nA car bomb went off near the vegetable market of Jarablus on Monday, killing nine people "
        "and wounding 15 others. The dead are all civilians, among them two children, the monitor said."
    )
    assert killed(text) == {"civilians": 9}



def test_victims_said_to_be_military_personnel_are_the_regimes() -> None:
    text = (
        "Bus bombing in Homs\n\nTwo bombs planted on a bus exploded on the outskirts of Homs city on Sunday morning, "
        "killing 14 people. State media said the victims were military personnel heading to their units."
    )
    assert killed(text) == {"regime": 14}


def test_the_number_repeated_later_names_them_across_paragraphs() -> None:
    text = (
        "Strikes on Arman\n\nAircraft struck two houses in the town of Arman in Sweida on Thursday before dawn, killing "
        "ten people, residents said.\n\nA second raid hit a farm near the village of Malh, causing only damage.\n\n"
        "The monitor said all ten were civilians, three of them children."
    )
    assert killed(text) == {"civilians": 10}


def test_another_number_repeated_changes_nothing() -> None:
    text = (
        "Strikes on Arman\n\nAircraft struck two houses in the town of Arman in Sweida on Thursday before dawn, killing "
        "ten people, residents said.\n\nA second raid hit a farm near the village of Malh, causing only damage.\n\n"
        "The monitor said all eight were civilians."
    )
    assert killed(text) == {"unknown": 10}


def test_mostly_military_personnel_keeps_the_people_unknown() -> None:
    text = (
        "Bus bombing in Homs\n\nTwo bombs planted on a bus exploded on the outskirts of Homs city on Sunday morning, "
        "killing 14 people. The dead were mostly military personnel, a military source said."
    )
    assert killed(text) == {"unknown": 14}


def test_most_of_the_victims_were_civilians_keeps_them_unknown() -> None:
    text = (
        "Car bomb in Jarablus\n\nA car bomb went off near the vegetable market of Jarablus on Monday, killing nine people. "
        "Most of the victims were civilians, the monitor said."
    )
    assert killed(text) == {"unknown": 9}


def test_what_was_done_to_the_victims_names_no_side() -> None:
    text = (
        "Bodies found in the desert\n\nThe bodies of 12 people were found on Friday in the desert east of al-Mayadin. The "
        "victims were executed by ISIS fighters with gunshots to the head, local sources said."
    )
    assert "isis" not in killed(text)


def test_a_statement_after_the_next_incident_is_that_incidents() -> None:
    row = titled(
        "Artillery shells fell on the town of Ariha on Tuesday, killing four people. Separately, two gunmen shot dead "
        "three soldiers at a checkpoint near Saraqib. The dead were all members of the 25th Division."
    )
    assert {"regime": 4} not in killed_per_incident(row)


def test_one_victim_described_in_the_next_sentence() -> None:
    text = (
        "Killing in Nawa\n\nUnknown gunmen shot dead a man in the town of Nawa in the western countryside of Daraa on "
        "Tuesday evening. The slain man, a former commander in the Free Syrian Army, had refused to join any formation "
        "after the settlement."
    )
    assert killed(text) == {"hts_rebels": 1}


def test_one_victim_described_by_no_side_stays_unknown() -> None:
    text = (
        "Killing in Nawa\n\nUnknown gunmen shot dead a man in the town of Nawa in the western countryside of Daraa on "
        "Tuesday evening. The slain man, a father of three, ran a bakery in the town."
    )
    assert killed(text) == {"unknown": 1}
