"""A monitor's count told in the present ("The report documents the deaths of 84 civilians", "..., documenting the killing
of") right after the period it covers is a total of that period, like one told in the past ("The report documented ...")
(``totals_blocks.counted_toll``); the lines by perpetrator after it follow it.

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (SNHR monthly lines are totals). Look-alikes:
the past tense (unchanged), and a count of the dead of one attack named in the sentence (an incident).
"""

from __future__ import annotations

from totals_cases import totals

_HEAD = "The network has released its monthly report on civilian deaths in Syria in May 2023.\n"
_LINES = "According to the report, Syrian regime forces killed 20 civilians, while Russian forces killed three civilians."


def test_report_documents_in_the_present_is_a_total() -> None:
    text = _HEAD + "The report documents the deaths of 84 civilians, including 17 children, at the hands of the parties.\n" + _LINES
    assert sorted(totals(text)) == [("civilians", 3), ("civilians", 20), ("civilians", 84)]


def test_report_documented_in_the_past_unchanged() -> None:
    text = _HEAD + "The report documented the deaths of 84 civilians, including 17 children, at the hands of the parties.\n" + _LINES
    assert sorted(totals(text)) == [("civilians", 3), ("civilians", 20), ("civilians", 84)]


def test_dead_of_one_attack_stay_an_incident() -> None:
    assert totals(_HEAD + "The report documents the deaths of 6 civilians in the attack on the market in the town.") == []
