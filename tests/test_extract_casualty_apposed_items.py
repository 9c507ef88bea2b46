"""People restated one by one in an apposition closed before the verb are parts of the figure, whatever their noun
("Two women, a nurse and a teacher, were killed": two dead, not four; ``casualty_apposed_items``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_two_trades_restate_the_figure() -> None:
    text = ("Shelling on Sarmin\n\nTwo civilians, a farmer and a teacher, were killed on Monday when artillery shells hit "
            "their house on the eastern edge of Sarmin.")
    assert killed(text) == {"civilians": 2}


def test_refugee_and_displaced_woman_restate_the_figure() -> None:
    text = ("Gunfire in Al-Hol\n\nTwo women, a Somali refugee and an Iraqi displaced woman, were shot dead by masked "
            "gunmen near the market of Al-Hol camp on Friday night.")
    assert killed(text) == {"civilians": 2}


def test_apposition_of_people_of_no_side_word() -> None:
    text = ("Shells on Ariha\n\nTwo women, a nurse and a teacher, were killed on Sunday afternoon when shells hit the "
            "road outside the hospital of Ariha.")
    assert killed(text) == {"civilians": 2}


def test_near_a_list_of_more_people_is_not_a_restatement() -> None:
    text = ("Shelling on Kafr Takharim\n\nTwo civilians, a soldier and a policeman were killed on Monday when shells "
            "fell on a checkpoint at the entrance of Kafr Takharim.")
    assert sum(killed(text).values()) == 4


def test_near_a_list_of_armed_items_stays_apart() -> None:
    text = ("Attack near Nawa\n\nTwo civilians, a soldier and a policeman, died on Monday in a gun attack that gunmen "
            "launched on a roadblock west of Nawa.")
    assert sum(killed(text).values()) == 4


def test_near_a_whole_of_another_count_is_not_restated() -> None:
    text = ("Raid on Jisr al-Shughur\n\nThree civilians, a farmer and his neighbour, were wounded and a child was killed "
            "when a drone struck a field near Jisr al-Shughur on Thursday.")
    assert killed(text) == {"civilians": 1}
