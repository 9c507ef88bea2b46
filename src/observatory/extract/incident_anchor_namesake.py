"""A village placed by the town it lies beside ("Zorava, east of Kobani", "the village of X, east of Qamishli city"),
where the gazetteer's one place of the village's name lies in a far governorate.

The text says where the village is: a few kilometres from the town named after it. When the gazetteer resolves the
village to a place of another governorate lying far from the town (more than :data:`FAR_KM`), it found a namesake (or a
loose spelling) elsewhere, and the incident lies in the town's governorate. Left alone: a village that resolves to the
town's governorate or near the town (a place across a provincial line), an anchor that is no city or town in the
gazetteer, and an incident that names a governorate of its own or other places elsewhere.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: Between the village and its anchor: ", east of", ", 5 km north-west of the town of", " south of the city of".
_BESIDE: Final = re.compile(
    r",?\s+(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers)\s+)?"
    r"(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?\Z",
    re.IGNORECASE,
)
#: Farther than this from the town it is placed by, the village the gazetteer found is another one.
FAR_KM: Final = 60.0
#: Gazetteer classes of a town a village can be placed by.
_TOWNS: Final = frozenset({"city", "town", "capital"})


def anchored_namesakes(
    drafts: list[Draft], geos: list[list[Any]], own: list[str | None], text: str
) -> list[str | None]:
    """``own``, with the anchor town's governorate for an incident left with none whose village is placed by a town
    ("X, east of Y") and resolves to a governorate that does not border the town's."""
    out = list(own)
    for k, (draft, geo) in enumerate(zip(drafts, geos, strict=True)):
        if own[k] is None and not any(p.governorate for p in draft.places):
            out[k] = _anchor_governorate(draft, geo, text)
    return out


def _anchor_governorate(draft: Draft, geo: list[Any], text: str) -> str | None:
    """The anchor town's governorate, where the draft's places are a far village and the town it is placed by."""
    found = {getattr(r, "name", None): r for r in geo}
    places = draft.places
    for village, town in zip(places, places[1:], strict=False):
        if village.end > town.start or not _BESIDE.search(text, village.end, town.start):
            continue
        near, anchor = found.get(village.name), found.get(town.name)
        if near is None or anchor is None or getattr(anchor, "feature_class", None) not in _TOWNS:
            continue
        far, home = getattr(near, "admin1", None), getattr(anchor, "admin1", None)
        if far is None or home is None or far == home or _km(near, anchor) <= FAR_KM:
            continue
        others = {getattr(r, "admin1", None) for name, r in found.items() if name not in (village.name, town.name)}
        return str(home) if others <= {home, None} else None
    return None


def _km(a: Any, b: Any) -> float:
    """The great-circle distance between two results' points, in kilometres (0 where either has none)."""
    lat1, lon1, lat2, lon2 = (getattr(r, f, None) for r in (a, b) for f in ("lat", "lon"))
    if None in (lat1, lon1, lat2, lon2):
        return 0.0
    p1, p2, dl = math.radians(float(lat1)), math.radians(float(lat2)), math.radians(float(lon2) - float(lon1))  # type: ignore[arg-type]
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))
