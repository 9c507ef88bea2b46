"""What a source called a victim (``text_described_as``): "killing a man whom local activists described as a leader of
Hurras al-Din" is read as "killing a man, a leader of Hurras al-Din"; "one of whom ... identified as" as "one of them";
"two people whom residents described as civilians" as "two people, all of them civilians". Only where what he was
called gives a side and ends the clause; "described as a collaborator of X" stays with ``casualty_work_told``.

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from observatory.extract.text import working_copy


def test_one_described_as_a_leader_of_a_group() -> None:
    text = ("Drone strike near Atarib\n\nA drone of the US-led coalition hit a pickup truck west of Atarib late on Tuesday, "
            "killing a man whom local activists described as a leader of Hurras al-Din.")
    assert killed(text) == {"hts_rebels": 1}


def test_one_of_whom_identified_as_a_commander() -> None:
    text = ("Drone strike near Atarib\n\nA drone of the US-led coalition hit a pickup truck west of Atarib late on Tuesday, "
            "killing three men, one of whom the monitor's sources identified as a field commander of Hurras al-Din.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 2}


def test_people_described_as_civilians() -> None:
    text = ("Raid near Mayadin\n\nA night raid by the coalition on a farmhouse near al-Mayadin on Thursday left four people "
            "dead, whom relatives and neighbours described as civilians. Dozens of villagers protested the next day.")
    assert killed(text) == {"civilians": 4}


def test_the_working_copy_keeps_its_length() -> None:
    text = "killing two men, one of whom SOHR sources identified as a commander of Hurras al-Din."
    work = working_copy(text)
    assert len(work) == len(text) and "of them a commander" in work and "whom" not in work


def test_a_label_that_gives_no_side_is_left_as_it_is() -> None:
    text = "a mortar shell killed two boys whom their uncle identified as Omar and Bilal, near the school."
    assert working_copy(text) == text


def test_a_collaborator_is_left_to_the_tie_reader() -> None:
    text = ("Drone strike near Hadar\n\nAn Israeli drone hit a motorbike near Hadar on Sunday, killing its driver, whom the "
            "monitor described as a collaborator of Lebanon's Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}
