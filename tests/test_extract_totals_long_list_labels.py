"""A line of a statistics list whose label runs past 40 characters ("Al-Nusra Front and other jihadist factions: 595
fighters.") is a line of the list: it keeps the block open for the lines after it.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

from totals_cases import totals

_HEAD = "The monitor documented the deaths of 2,100 people across Syria in June 2016. They are distributed as follows:\n"


def test_a_long_label_line_keeps_the_list_open() -> None:
    text = (_HEAD + "Civilians: 700 civilians.\nFighters of the Islamic factions and rebel groups: 410 "
            "fighters.\nRegime forces: 650 soldiers and officers.\nHezbollah militiamen: 40 members.")
    assert sorted(totals(text)) == [("civilians", 700), ("hts_rebels", 410), ("pro_iran_foreign", 40), ("regime", 650)]


def test_a_long_label_line_with_a_trailing_clause() -> None:
    text = (_HEAD + "ISIS: 300 members.\nJabhat Fateh al-Sham and the other jihadist groups: 210 fighters, most of them "
            "foreigners.\nSDF and the YPG: 90 fighters.")
    assert sorted(totals(text)) == [("hts_rebels", 210), ("isis", 300), ("sdf", 90)]


def test_a_long_heading_with_a_colon_and_no_figure_is_no_line() -> None:
    text = (_HEAD + "Civilians: 700 civilians.\n\nThe deadliest incidents recorded in the course of the month were these: "
            "on June 3, warplanes struck a market in Douma, killing 25 civilians.")
    assert ("civilians", 700) in totals(text)
    assert ("civilians", 25) not in totals(text)
