"""The people aboard a civilian vehicle that was hit (tests in tests/test_extract_civilian_vehicle.py).

"a drone struck a civilian car ..., injuring the driver", "an explosive device went off in a civilian car, injuring a
man and his son", "hit a civilian car ..., injuring two men who were on board": the text calls the vehicle that was
hit civilian, so the victims of no side told after it in the same sentence are civilians (SCHEMA: victims described as
civilians). The vehicle must be what was hit, not what attackers rode in ("gunmen in a civilian car opened fire on a
checkpoint"), and a figure the text gives a side of its own keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: The hit told of a civilian vehicle: "targeted a civilian car", "went off in a civilian car", "fire on a civilian bus".
_HIT_CIVILIAN_VEHICLE = re.compile(
    r"\b(?:target(?:ed|ing)|str(?:uck|iking)|hit(?:ting)?|fired\s+(?:at|on)|opened\s+fire\s+on|shelled|bombed|"
    r"(?:went\s+off|exploded|detonated)\s+(?:in|inside|under|near))\s+(?:an?|the|their|his|her)\s+civilian\s+"
    r"(?:car|vehicle|bus|minibus|truck|van|motorcycle|motorbike|tractor)\b", re.IGNORECASE)


def aboard_civilian_vehicle(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """Figures of no side told after the hit of a civilian vehicle in the same sentence are civilians (module doc)."""
    hit = _HIT_CIVILIAN_VEHICLE.search(work, start, mentions[0].quantity.start) if mentions else None
    if hit is None:
        return mentions
    return [replace(m, side="civilians", generic=False)
            if m.side in (None, "unknown") and not m.quantity.vague and m.quantity.start > hit.end() else m
            for m in mentions]
