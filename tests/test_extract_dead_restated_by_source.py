"""The dead of an incident, first told with who they were, then restated by a source as plain people of the same
number (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md): the restated "people" are the
same dead, not more of unknown side (``casualty_said_again``).

Near misses left alone: the source's sentence tells of more dead ("also"), of another event with its own cause or
place, or of a different number.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_according_to_the_monitor_people_are_the_shepherds() -> None:
    text = ("Syria, May 4: Masked men on motorbikes killed four herders on the grazing land of Wadi al-Hasa in the "
            "Deir ez-Zor desert. According to the monitor, four people were killed and their flocks were driven off.")
    assert killed_sums(text) == {"civilians": 4}


def test_monitor_said_people_died_at_once() -> None:
    text = ("Syria, May 4: A buried mine went off under a tractor near Tell Abyad quarry in Raqqa province, killing two "
            "farm workers. The monitor said that two people died at once.")
    assert killed_sums(text) == {"civilians": 2}


def test_restated_in_the_same_blast() -> None:
    text = ("Syria, May 4: A buried mine went off under a tractor near Tell Abyad quarry in Raqqa province, killing two "
            "farm workers. The monitor said two people lost their lives in the same blast.")
    assert killed_sums(text) == {"civilians": 2}


def test_near_miss_also_killed_is_more_dead() -> None:
    text = ("Syria, May 4: Masked men on motorbikes killed four herders on the grazing land of Wadi al-Hasa in the "
            "Deir ez-Zor desert. According to the monitor, four people were also killed.")
    assert sum(killed_sums(text).values()) == 8


def test_near_miss_another_cause_and_place_is_more_dead() -> None:
    text = ("Syria, May 4: A buried mine went off under a tractor near Tell Abyad quarry in Raqqa province, killing two "
            "farm workers. The monitor said two people were killed in regime shelling on Ain Issa.")
    assert sum(killed_sums(text).values()) == 4


def test_near_miss_a_different_number_is_left_alone() -> None:
    text = ("Syria, May 4: Masked men on motorbikes killed four herders on the grazing land of Wadi al-Hasa in the "
            "Deir ez-Zor desert. According to the monitor, five people were killed.")
    assert killed_sums(text).get("civilians") == 4
