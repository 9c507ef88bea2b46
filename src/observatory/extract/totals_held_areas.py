"""Areas named by the side that holds them, inside a share of a toll told with "accounted for" (used by
``totals_accounted`` and ``totals_subjects``).

"Regime-held areas accounted for 45 of the deaths", "areas controlled by the SDF accounted for 30", "areas under the
control of HTS accounted for 12": the side named is the holder of a place, not the side of the dead nor their killer.
Such a share is one of a place (as "Afrin accounted for 17 of the deaths" is), and the side of its subject is read only
before the area ("Civilians in regime-held areas accounted for 45 of the dead": civilians).
"""

from __future__ import annotations

import re
from typing import Final

_PLACE: Final = (
    r"(?:areas?|regions?|territor(?:y|ies)|parts?|zones?|districts?|neighbou?rhoods?|towns?|villages?|cities)"
)
#: "regime-held areas", "SDF-controlled territory", "the opposition held parts", "Turkish-run areas".
_BEFORE: Final = re.compile(
    rf"\b[\w'’]+(?:\s+[\w'’]+)?[\s-](?:held|controlled|run|administered|dominated)\s+{_PLACE}\b", re.IGNORECASE
)
#: "areas held by the SDF", "territory controlled by regime forces", "areas under (the control of) HTS (control)".
_AFTER: Final = re.compile(
    rf"\b{_PLACE}\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:(?:held|controlled|run|administered)\s+by|under(?:\s+the\s+control\s+of)?)\s+"
    r"(?:the\s+)?[^,.;:()]{2,60}?(?=\s*(?:[,.;:()]|$|\b(?:accounted|account|made|represented|comprised|were|was|saw|recorded|for)\b))",
    re.IGNORECASE,
)


def held_areas(work: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in work[start:end] of areas named by the side that holds them, in text order."""
    found = [m.span() for pattern in (_BEFORE, _AFTER) for m in pattern.finditer(work, start, end)]
    return sorted(found)


def before_held_area(work: str, start: int, end: int) -> int:
    """Where the subject work[start:end] stops naming sides: at its first area named by its holder, else ``end``."""
    areas = held_areas(work, start, end)
    return areas[0][0] if areas else end


def in_held_area(at: int, areas: list[tuple[int, int]]) -> bool:
    """Whether the name at ``at`` lies inside one of ``areas`` (it names the holder of a place)."""
    return any(lo <= at < hi for lo, hi in areas)
