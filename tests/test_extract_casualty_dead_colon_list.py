"""A restated toll listed after "The dead are:" (``casualty_restated.LEFT_DEAD_CUE``): the parts are the latest
tolls of their sides; plain people ("five men") in a list restating civilians are civilians; "others" opening the next
sentence take the side of the toll the list restates, not of one of its parts.
Look-alike: "The victims are:" after a period's figure is not read (such lists often give a statistic's parts).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_dead_are_colon_list_by_side() -> None:
    text = ("Strikes near Kiswah\n\nSOHR said six people were killed in strikes on depots near Kiswah after midnight. "
            "The dead are: three members of Lebanese Hezbollah, two non-Syrian Iranian-backed militiamen and a regime soldier.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 1}


def test_plain_men_in_a_list_of_civilians() -> None:
    text = ("Airstrikes on Kafr Nabl\n\nThe death toll of the Russian airstrikes on Kafr Nabl has risen to 11 civilians. "
            "The dead are: four children, three women and four men. More than 15 others were wounded.")
    assert killed(text) == {"civilians": 11}
    assert injured(text) == {"civilians": 15}
