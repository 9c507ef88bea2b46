"""Shares of a total told by how its dead died (``totals_kinds``): folded into the total's
``of_which``, not totals of their own; shares of a list by killer, or by area, stay totals.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import full, totals

_BLOCK = ("The monitor has documented the deaths of 190 people in the Badia since early 2024. They are distributed as "
          "follows:\n- 140 regime soldiers and loyalists, including 12 officers. Of them, 102 {how}.\n"
          "- 50 ISIS members, killed in Russian airstrikes.")

FOLDED = [
    # a sentence opening "Of them," after the total: mines, ISIS and unidentified gunmen
    ("Since the start of the truffle season, the monitor has recorded the deaths of 55 civilians in the Badia. Of them, "
     "30 were killed by mines left over from the war, 16 were killed in ambushes laid by ISIS cells, and nine were shot "
     "dead by unidentified gunmen.",
     [("civilians", 55, {"mines_erw": 30})]),
    # "N of them" inside the sentence of the total
    ("According to the monitor's figures, 48 civilians have died while gathering truffles since early February 2023, "
     "including six children; 35 of them died in explosions of unexploded ordnance and 13 in attacks by ISIS.",
     [("civilians", 48, {"children": 6, "mines_erw": 35})]),
    ("Since January 2024, 33 shepherds have been killed in the desert of Deir ez-Zor, 21 of them by landmines and 12 "
     "by Daesh cells.",
     [("civilians", 33, {"mines_erw": 21, "killed_by_isis": 12})]),
    # one share by ISIS after a line of regime soldiers
    (_BLOCK.format(how="were killed in ISIS raids and ambushes"),
     [("isis", 50, {}), ("regime", 140, {"officers": 12, "killed_by_isis": 102})]),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_shares_by_cause_fold_into_the_total(text: str, expected: list[tuple[str, int, dict[str, int]]]) -> None:
    assert [(s, k, o) for s, k, _, _, o in full(text)] == expected


NOT_FOLDED = [
    # a list by killer: every share stays a total, the landmines' too
    ("In May 2023, SNHR documented the killing of 80 civilians in Syria. Of them, 30 were killed by Russian airstrikes, "
     "while 12 were killed by mines.",
     [("civilians", 12), ("civilians", 30), ("civilians", 80)]),
    # shares larger than the total split no total
    ("Since early 2023, 20 civilians have been killed in the Hama desert. Of them, 25 were killed by landmines and 12 in "
     "ISIS attacks.",
     [("civilians", 12), ("civilians", 20), ("civilians", 25)]),
    # a share by area is a regional total
    (_BLOCK.format(how="were killed in the Homs desert"), [("isis", 50), ("regime", 102), ("regime", 140)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FOLDED)
def test_shares_by_killer_or_area_stay_totals(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
