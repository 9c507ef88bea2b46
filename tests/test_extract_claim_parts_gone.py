"""Casualties: when a claim's figures are dropped as a restatement of the monitor's toll, the figures that are parts of
them go too, however deep ("nine, among them four women, two of whom were sisters"): a part of a part of a dropped
figure is dropped, not left pointing at a figure that is gone (which made the whole report fail).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from observatory.extract.casualty_claims import _line_gone


def _m(start: int, parent: int | None) -> Any:
    return SimpleNamespace(quantity=SimpleNamespace(start=start), parent=parent)


def test_a_part_of_a_part_of_a_dropped_figure_goes() -> None:
    mentions = [_m(10, None), _m(20, 0), _m(30, 1), _m(40, None)]
    assert [_line_gone(mentions, i, {10}) for i in range(4)] == [True, True, True, False]


def test_parts_of_a_kept_figure_stay() -> None:
    mentions = [_m(10, None), _m(20, 0), _m(30, 1)]
    assert not any(_line_gone(mentions, i, {99}) for i in range(3))
