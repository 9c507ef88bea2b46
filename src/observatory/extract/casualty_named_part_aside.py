"""A list item broken down by one person named without a number, then the list's next item (used by ``casualties``).

"The dead were five officers of the Guard, among them the head of its intelligence unit, four Syrian guards and two
civilians": the aside ("among them the head of ...", "including their commander and his deputy") names one or two of
the five, not a figure; the list goes on after its comma, so "four Syrian guards" is the next item of the same role,
not a part of the five (tests/test_extract_casualty_named_part_aside.py).
"""

from __future__ import annotations

import re

#: ", among them the head of its intelligence unit, ": a breakdown cue, a definite or possessed person with no figure,
#: and the comma that ends the aside.
_NAMED_PART = re.compile(r"\s*,\s*(?:including|among\s+them|among\s+whom)\s+(?:the|his|their|its)\s+[^.;:,\d]{1,80}?,\s*(?:and\s+)?",
                         re.IGNORECASE)


def after_named_part(work: str, last_end: int, start: int) -> bool:
    """Whether ``work[last_end:start]`` is a one-person aside on the item before, closed by a comma."""
    return _NAMED_PART.fullmatch(work, last_end, start) is not None
