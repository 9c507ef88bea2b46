"""How a sentence's figures meet those an incident already holds (``casualty_absorbed`` via ``core._absorb``):
a whole told before and restated with a part of another side ("killed 20 pro-Iran fighters ... 20 pro-Iran fighters
were killed, among them five Syrians") keeps only the rest on its side; two figures of one side in one sentence
outgrow an earlier smaller figure ("Man and his wife killed" over "a man and his wife").
Look-alikes (must not change): a later smaller figure of the same side alone does not replace the larger one; a title's
pair told again in the body stays two (the sum rule's own case, wAC-003, needs a title drafted apart from the body).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_whole_restated_with_syrian_part() -> None:
    text = ("Strikes on Mayadin\n\nAirstrikes on Mayadin on Monday night killed 20 pro-Iran fighters, a monitor said. "
            "\"At least 20 pro-Iran fighters were killed, among them five Syrians,\" the monitor said.")
    assert killed(text) == {"pro_iran_foreign": 15, "regime": 5}


def test_title_pair_told_again_stays_two() -> None:
    text = ("Man and his wife killed in shelling on Kafr Nabl\n\nRegime artillery shelled Kafr Nabl on Monday, killing a "
            "civilian man and his wife.")
    assert killed(text) == {"civilians": 2}


def test_smaller_later_figure_does_not_replace() -> None:
    text = ("Shelling on Kafr Nabl\n\nRegime artillery shelled Kafr Nabl on Monday, killing four civilians. Two civilians "
            "were killed in the first salvo.")
    assert killed(text) == {"civilians": 4}
