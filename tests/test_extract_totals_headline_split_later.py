"""A headline of people ("documented the death of 5,912 people across Syria in 2021") that the report breaks down by
side after a cue ("The dead are distributed as follows:") sentences later is not labelled, even where a sentence
between them names another period or the lines fall short of it (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_LEAD = ("The monitor has documented the death of 5,912 people across Syria in 2021. The drop came after the ceasefire "
         "in the north-west held for most of the year, although fighting raged in February. ")


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-01-01")["totals"])


def test_headline_broken_down_later_is_not_labelled() -> None:
    got = totals(_LEAD + "The dead are distributed as follows:\nCivilians: 1,505, including 360 children.\n"
                         "- 1,200 regime soldiers and loyal militiamen.\n- 940 fighters of HTS and the factions.\n"
                         "- 300 members of ISIS.\nThe rest could not be identified.")
    assert got == [("civilians", 1505), ("hts_rebels", 940), ("isis", 300), ("regime", 1200)]


def test_headline_with_lines_of_two_sides_stays() -> None:
    got = totals(_LEAD + "The dead are distributed as follows:\nCivilians: 1,505, including 360 children.\n"
                         "- 1,200 regime soldiers and loyal militiamen.\nThe rest could not be identified.")
    assert ("unknown", 5912) in got


def test_lines_past_the_headline_leave_it() -> None:
    got = totals(_LEAD + "The dead are distributed as follows:\nCivilians: 3,505, including 360 children.\n"
                         "- 2,200 regime soldiers and loyal militiamen.\n- 940 fighters of HTS and the factions.\n"
                         "- 300 members of ISIS.")
    assert ("unknown", 5912) in got
