"""One victim of no side restated by his civilian trade in an apposition is a civilian ("a drone hit a tractor, killing
its driver, a farmer in his forties", "a bomb ... exploded, injuring the driver, a retired employee").

SCHEMA: victims are civilians where the text describes them as such (shepherds, farmers, workers, ...). The apposition
", a farmer ..." right after one victim told by his role or kin word names what he was; the trade is the victim's own,
not another person of a list. Not read so: a list ("killing a man, a farmer and a child": the trade is one more
item, followed by "and"), a victim told of a side, or a figure of more than one.
Tests: tests/test_extract_trade_apposed.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.person_trades import TRADES

#: ", a farmer", ", a retired employee", ", a 45-year-old teacher": the apposition's civilian trade.
_TRADE: Final = re.compile(
    r",\s+(?:an?\s+)(?:[\w-]+\s+){0,2}?(?:farmer|employee|teacher|worker|labou?rer|student|shepherd|nurse|pharmacist|"
    rf"merchant|trader|shopkeeper|vendor|baker|mechanic|farm\s+worker|father\s+of\s+\w+|{TRADES})\b",  # ("a vegetable seller")
    re.IGNORECASE)
#: What closes the apposition: a description of the man, a clause or the sentence's end; not "and" (a list goes on).
_CLOSED: Final = re.compile(r"\s*(?:[,.;:]|\s(?:in|from|who|aged|working|living|with|near|at|on)\b|$)", re.IGNORECASE)


def trade_apposed(m: Mention, work: str) -> Mention:
    """One victim of no side followed by his civilian trade in an apposition: of the civilians (see module doc)."""
    if m.value != 1 or m.side not in (None, "unknown") or m.parent is not None or m.label is not None:
        return m
    hit = _TRADE.match(work, m.group_end)
    if hit is None or _CLOSED.match(work, hit.end()) is None:
        return m
    return replace(m, side="civilians", actor=None, nationality=None, generic=False)
