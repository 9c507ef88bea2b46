"""A governorate named only as the far end of a road from a town: the city at the road's end, not the incident's
province.

Construction handled: "near the village of X, on the road linking Kobani to Raqqa", "south-east of the town, on the
road connecting the city with Hama": the incident lies by the first town, and the name after "to" / "with" is the
city the road leads to. It gives the incident no governorate vote; the towns decide.

A road "between A and B" (or "linking A and B") names two ends of equal weight, and a road between two provinces
belongs to neither: those are left to the rules on roads.
"""

from __future__ import annotations

import re

from observatory.extract.places import PlaceMention, governorate_of
from observatory.extract.text import NAME_WORD

#: "the road linking Kobani to ", "the highway that connects the city with ": a town, then the road's far end.
_ROAD_FROM_TOWN = re.compile(
    r"\b(?:road|highway|route|motorway)\s+(?:that\s+)?(?:linking|links|connecting|connects|leading\s+from|from)\s+"
    rf"(?:the\s+)?(?P<town>city|town|{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+(?:to|with)\s+(?:the\s+city\s+of\s+)?$")


def road_far_end(place: PlaceMention, text: str) -> bool:
    """The governorate name is the far end of a road from a town ("the road linking Kobani to Raqqa")."""
    if place.governorate is None or place.strong:
        return False
    found = _ROAD_FROM_TOWN.search(text, max(0, place.start - 80), place.start)
    return found is not None and governorate_of(found.group("town")) is None
