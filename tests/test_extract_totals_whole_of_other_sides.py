"""A figure whose words gave it one side ("41 fighters", "33 militiamen") split exactly into parts of two sides or more,
where its side does not hold the others, is an overall figure: the parts are the totals, not it
(``totals_blocks.whole_of_sides``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (Iranian-backed militiamen the text calls
Syrian are regime, the non-Syrian ones pro_iran_foreign; a regime total that holds Russians or non-Syrian militiamen stays
a regime total with its parts as ``of_which``). Look-alikes: that regime total.
"""

from __future__ import annotations

from totals_cases import totals


def test_fighters_split_into_two_sides() -> None:
    assert sorted(totals("SOHR has documented the deaths of 38 fighters since yesterday morning: 24 fighters of the "
                         "factions, including two non-Syrians, and 14 regime soldiers and loyal militiamen.")) == [
        ("hts_rebels", 24), ("regime", 14)]


def test_militiamen_split_by_nationality() -> None:
    assert sorted(totals("SOHR has documented 11 strikes on Iranian-backed groups since early 2023, which killed 26 "
                         "militiamen: 19 of non-Syrian nationalities and seven Syrians.")) == [("pro_iran_foreign", 19), ("regime", 7)]


def test_regime_total_holding_non_syrians_stays_whole() -> None:
    assert sorted(totals("The number of regime forces killed in the desert since early 2023 has risen to 60, including 12 "
                         "non-Syrian militiamen.")) == [("regime", 60)]


def test_regime_total_holding_russians_stays_whole() -> None:
    assert sorted(totals("The number of regime soldiers killed in the desert since early 2023 has risen to 152, including "
                         "two Russian soldiers and 17 non-Syrian militiamen.")) == [("regime", 152)]
