""""So far" told of what is not known ("for reasons that are still unknown so far") is no running toll
(``totals_sentences._UNKNOWN_SO_FAR``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md. Look-alike that stays a total: a toll that
has "so far" risen since a day.
"""

from __future__ import annotations

from totals_cases import totals


def test_reasons_unknown_so_far_is_one_event() -> None:
    assert totals("Gunmen shot dead a young man near his house in the eastern countryside of Daraa last night, for reasons "
                  "that are still unknown so far.") == []


def test_toll_risen_so_far_stays_a_total() -> None:
    assert totals("The number of people killed in the province since early 2023 has so far risen to 83.") == [("unknown", 83)]
