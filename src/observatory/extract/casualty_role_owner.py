"""A role word after a figure that belongs to someone else (read by ``casualties._role``; tests in
tests/test_extract_round70_readings.py).

* "arrested seven men, including two brothers of the slain man": "slain" is the man's, whose kin the figure counts;
* "Two other young men managed to flee, one of them with a gunshot wound": the wound is the one's, a part told after
  a comma, not the whole's.

Either way the figure takes no role from that word.
"""

from __future__ import annotations

import re
from typing import Final

_OF_THE: Final = re.compile(r"\bof\s+the\s*$", re.IGNORECASE)
_SLAIN_ONE: Final = re.compile(r"\s*(?:slain|killed|dead|murdered)\s+(?:young\s+)?(?:man|woman|boy|girl|youth|victim|soldier|fighter)\b",
                               re.IGNORECASE)
_PART_BETWEEN: Final = re.compile(r",\s*(?:one|two|three|four|five)\s+of\s+(?:them|whom)\s+with\b", re.IGNORECASE)


def role_of_another(work: str, figure_end: int, group_end: int, role_at: int) -> bool:
    """Whether the role word at ``role_at`` after a figure's words (ending at ``group_end``) belongs to another
    person: the one the figure's people are kin of, or a part told between them and it."""
    return (_OF_THE.search(work, max(figure_end, group_end - 12), group_end) is not None and _SLAIN_ONE.match(work, group_end) is not None
            or _PART_BETWEEN.search(work, group_end, role_at) is not None)
