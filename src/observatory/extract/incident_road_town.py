"""Governorates: a road between two governorates, with a town on it named beside it.

An incident told "on the road between A and B, near C" (or "in the C desert on the road linking A with B", "near C, on
the highway between A and B") lies where C lies, when C lies in one of the two governorates the road joins: the town
tells which stretch of the road the event took place on. A road between towns of two governorates with no town named
beside it, or with towns of both (or of neither) governorate, stays in neither (SCHEMA: roads between governorates ->
null). The town may be named first in the headline and only again beside the road: the mention beside the road counts.
"""

from __future__ import annotations

import re
from typing import Any

from observatory.extract.places import PlaceMention
from observatory.models import GOVERNORATES

#: How far from the road's ends a town still stands beside it ("on the road between A and B, near the village of C").
_BESIDE = 80
_BREAK = re.compile(r"[.!?;\n]")


def _beside(place: PlaceMention, ends: tuple[PlaceMention, PlaceMention], text: str) -> bool:
    """The town is named in the same clause as the road, right before or after it (there, or again there after the
    headline named it first: "near X on the A-B highway", then "near the village of X, on the highway linking A to B")."""
    named = re.compile(r"(?<![\w'\u2019-])" + re.escape(place.name) + r"(?![\w'\u2019-])")  # the whole name, not part of a word
    return any(_beside_at(m.start(), m.end(), ends, text) for m in named.finditer(text))


def _beside_at(start: int, end: int, ends: tuple[PlaceMention, PlaceMention], text: str) -> bool:
    """The name at ``start``..``end`` stands in the road's clause, right before or after the road's ends."""
    if ends[0].start - _BESIDE <= end <= ends[0].start:
        return not _BREAK.search(text, end, ends[0].start)
    if ends[1].end <= start <= ends[1].end + _BESIDE:
        return not _BREAK.search(text, ends[1].end, start)
    return False


def road_town_governorate(places: list[PlaceMention], ends: tuple[PlaceMention, PlaceMention], geo: list[Any],
                          road_governorates: set[str], text: str) -> str | None:
    """The one governorate, among those the road's ends lie in, where the towns named beside the road lie (as the
    geocoder resolved them); None when they lie in none of them, in both, or no other town is named beside it (a
    town named in another sentence may be where a victim came from, not where the road was cut)."""
    end_names = {ends[0].name, ends[1].name}
    towns = {p.name for p in places if p.name not in end_names and not p.governorate and _beside(p, ends, text)}
    found = {str(admin1) for admin1 in (getattr(r, "admin1", None) for r in geo if getattr(r, "name", None) in towns)
             if admin1 in GOVERNORATES}
    if len(found) == 1 and found <= road_governorates:
        return found.pop()
    return None
