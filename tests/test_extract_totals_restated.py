"""A total that running text tells again (the same side and figure, a period that agrees, in another sentence or in
the title) is one total, not two; equal figures of distinct categories (lines of a list, shares of one sentence by
perpetrator) stay apart (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import contract, titled, total_pairs


def test_window_toll_told_again_in_a_later_paragraph_is_one_total() -> None:
    row = titled("At least six regime soldiers were killed over the past 72 hours in ISIS ambushes in the Homs desert, the "
                 "monitor said.\n\nThe militants laid several ambushes near Palmyra and Arak in the past 72 hours, killing at "
                 "least six regime soldiers, according to the monitor.", "2024-02-03")
    assert total_pairs(row) == [("regime", 6)]


def test_title_figure_with_a_closed_year_and_body_figure_with_an_open_one_are_one_total() -> None:
    row = contract("Turkish drones killed 23 SDF fighters in north-east Syria during 2023, monitor says\n\nThe monitor has "
                   "documented the deaths of 23 SDF fighters in Turkish drone strikes since the beginning of 2023, most of them "
                   "in the countryside of Qamishli.")
    assert total_pairs(row) == [("sdf", 23)]


def test_equal_shares_of_one_sentence_by_perpetrator_stay_apart() -> None:
    row = titled("In March 2023, ISIS cells killed nine people (4 civilians and 5 SDF members), while Turkish drones killed "
                 "11 people (6 civilians and 5 SDF members), the monitor said.", "2023-04-01")
    assert total_pairs(row).count(("sdf", 5)) == 2


def test_equal_lines_of_a_list_stay_apart() -> None:
    row = titled("Since early 2023, the monitor has documented the deaths of 40 fighters of the factions, as follows:\n"
                 "- 30 members of Hayat Tahrir al-Sham.\n- 5 members of Ahrar al-Sham.\n- 5 members of the Sham Legion.",
                 "2023-06-01")
    assert total_pairs(row).count(("hts_rebels", 5)) == 2
