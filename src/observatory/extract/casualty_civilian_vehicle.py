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
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.incident_posts import POST_NAMED
from observatory.extract.mention_sides import Mention

#: The hit told of a civilian vehicle: "targeted a civilian car", "went off in a civilian car", "fire on a civilian bus".
_HIT_CIVILIAN_VEHICLE = re.compile(
    r"\b(?:target(?:ed|ing)|str(?:uck|iking)|hit(?:ting)?|fired\s+(?:at|on)|opened\s+fire\s+on|shelled|bombed|"
    r"(?:went\s+off|exploded|detonated)\s+(?:in|inside|under|near))\s+(?:an?|the|their|his|her)\s+civilian\s+"
    r"(?:car|vehicle|bus|minibus|truck|van|motorcycle|motorbike|tractor)\b", re.IGNORECASE)


def aboard_civilian_vehicle(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon,
                            on: date | None) -> list[Mention]:
    """Figures of no side told after the hit of a civilian vehicle in the same sentence are civilians (module doc);
    not the men of a post named between ("near a civilian bus at a checkpoint of X, wounding four guards") nor those
    the figure's own words tie to a side ("two men believed to be ISIS commanders")."""
    hit = _HIT_CIVILIAN_VEHICLE.search(work, start, mentions[0].quantity.start) if mentions else None
    if hit is None:
        return mentions
    return [replace(m, side="civilians", generic=False)
            if m.side in (None, "unknown") and not m.quantity.vague and m.quantity.start > hit.end()
            and not POST_NAMED.search(work, hit.end(), m.quantity.start) and not _own_side(m, work, lexicon, on) else m
            for m in mentions]


def _own_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> bool:
    """The figure's words, up to the next comma or stop, name a side ("two men believed to be ISIS commanders")."""
    words = re.split(r"[.;,]", work[m.quantity.end:m.quantity.end + 60], maxsplit=1)[0]
    return any(a.side not in (None, "unknown", "civilians") for a in lexicon.find(work, m.quantity.end, m.quantity.end + len(words), on))
