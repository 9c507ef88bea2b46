"""A toll told by a bare number before a colon and its parts: "killing five: three Iraqis and two Afghans", "The
strikes killed seven: three Lebanese members of Hezbollah, two soldiers and two militiamen" (used by ``casualties``;
tests/test_extract_colon_whole.py).

The number names no people of its own, but the figures right after the colon are its parts, so it is a whole of
persons (as "killing five people: ..." is). A colon followed by anything but a figure ("kill 15: monitor", a headline's
source) is no such list.
"""

from __future__ import annotations

import re

from observatory.extract.numbers import Quantity

_COLON = re.compile(r"\s*:\s*(?:at\s+least\s+|about\s+|nearly\s+)?")


def bare_before_colon(work: str, group_end: int, parts: list[Quantity]) -> bool:
    """Whether the figure whose words end at ``group_end`` (with no noun) is followed by a colon and a figure of
    ``parts`` (the figures after it in the sentence) right after that colon."""
    colon = _COLON.match(work, group_end)
    return colon is not None and ":" in colon.group() and any(q.start == colon.end() for q in parts[:1])
