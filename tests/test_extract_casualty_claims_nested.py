"""A claim's figure that goes takes its shares with it, down every level: a share of a share of a dropped figure is
dropped too, and no kept figure points at one that went (which had failed the whole report with a KeyError).
"""

from __future__ import annotations

from observatory.extract.casualty_claims import gone_with_parents
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier


def _m(start: int, parent: int | None) -> Mention:
    return Mention(
        "killed", Quantity(3, Qualifier.EXACT, start, start + 1, "3"), "regime", start, start + 1, parent=parent
    )


def test_a_share_of_a_share_goes_with_the_dropped_figure() -> None:
    chain = [_m(0, None), _m(10, 0), _m(20, 1)]
    assert [gone_with_parents(chain, i, {0}) for i in range(3)] == [True, True, True]


def test_figures_above_the_dropped_one_stay() -> None:
    chain = [_m(0, None), _m(10, 0), _m(20, 1)]
    assert [gone_with_parents(chain, i, {10}) for i in range(3)] == [False, True, True]


def test_a_figure_of_its_own_stays() -> None:
    mentions = [_m(0, None), _m(10, None)]
    assert [gone_with_parents(mentions, i, {0}) for i in range(2)] == [True, False]
