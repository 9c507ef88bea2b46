"""A victim's own men told with him take the side his own clause gives him: "a former commander in the Free Syrian
Army who joined the Fourth Division ... was killed along with one of his escorts": the commander is the regime's (the
group he joined, ``mention_sides.joined_side``), and so is his escort, whom the nearest name had given the side the
commander had left (tests/test_extract_round66_readings.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: A victim's own men: "one of his escorts", "two of his guards", "his driver".
_HIS_MEN = re.compile(r"(?:[\w-]+\s+of\s+)?his\s+(?:[\w-]+\s+)?(?:escorts?|guards?|bodyguards?|companions?|aides?|driver|men)\b",
                      re.IGNORECASE)


def his_men_follow(before: list[Mention], after: list[Mention], work: str) -> list[Mention]:
    """``after`` (``before`` re-sided by the groups the victims joined) with each victim's own men, told after him with
    the side he had before, on his new side."""
    moved = [(old.side, new) for old, new in zip(before, after, strict=True) if old.side != new.side and new.side is not None]
    if not moved:
        return after
    out = list(after)
    for k, m in enumerate(after):
        for side, leader in moved:
            if m.side == side and m.quantity.start > leader.quantity.start and _HIS_MEN.match(work, m.quantity.start, m.group_end):
                out[k] = replace(m, side=leader.side, actor=leader.actor, nationality=leader.nationality, generic=False)
    return out
