"""One more person told by rank in a later sentence of the same incident: "..., killing two soldiers. A third soldier
was killed ...", "a civilian died ... A second civilian died of his wounds" (tests in tests/test_extract_misread_counts.py).

The rank counts on from the people of its side and role told before: "a third" after two is the one more that makes
three, so it adds one to that figure. Only when the figure before is exactly one less than the rank ("a third" after
five restates no count, and is left as it was).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import ORDINAL_ONE_RE

_RANKS: Final = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _rank(m: Mention) -> int | None:
    """The rank of a figure told as "a third" (3), or None for any other figure."""
    text = m.quantity.text.strip()
    if ORDINAL_ONE_RE.fullmatch(text) is None:
        return None
    return _RANKS.get(text.split()[-1].lower())


def counted_on(before: Mention, m: Mention) -> Mention | None:
    """``before`` (the incident's figure of ``m``'s side and role, told in an earlier sentence) with one more, when ``m``
    is the next one by rank; None otherwise."""
    rank = _rank(m)
    if rank is None or m.rose or m.parent is not None or m.role != before.role or before.value != rank - 1:
        return None
    return replace(before, quantity=replace(before.quantity, value=before.value + 1))
