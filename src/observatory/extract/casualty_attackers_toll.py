"""A toll put "among the attackers" (used by ``mention_sides.attackers_side``).

"the monitor put the toll among the attackers at six": the bare figure after the toll of the attackers is of the group
an earlier sentence said attacked ("ISIS cells attacked positions of ..."), not of the side that was hit.
(tests/test_extract_casualty_toll_among_attackers.py)
"""

from __future__ import annotations

import re

from observatory.extract.gates import has_any

#: "the (death) toll among the attackers at", "the number of dead among the assailants to": the figure comes next.
_TOLL_AMONG_ATTACKERS = re.compile(
    r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|killed|fatalities|deaths))\s+(?:among|of)\s+(?:the\s+)?"
    r"(?:attackers|assailants|raiders|infiltrators)\s+(?:at|to|as)\s+(?:about\s+|at\s+least\s+)?$",
    re.IGNORECASE)


def toll_among_attackers(work: str, start: int, q_start: int) -> bool:
    """Whether the figure at ``q_start`` is the toll the sentence puts among the attackers."""
    before = work[max(start, q_start - 90):q_start]
    return has_any(before.lower(), ("attackers", "assailants", "raiders", "infiltrators")) and \
        _TOLL_AMONG_ATTACKERS.search(before) is not None
