"""Governorates: a road between two governorates, with a town on it named beside it.

An incident told "on the road between A and B, near C" (or "in the C desert on the road linking A with B", "near C, on
the highway between A and B") lies where C lies, when C lies in one of the two governorates the road joins: the town
tells which stretch of the road the event took place on. A road between towns of two governorates with no town named
beside it, or with towns of both (or of neither) governorate, stays in neither (SCHEMA: roads between governorates ->
null). The town may be named first in the headline and only again beside the road: the mention beside the road
counts. It may also be named in another sentence of the incident, as where the event took place ("the bus came under
fire in the C area", "ambushed the bus near the village of C"); named only as where a victim came from ("from C"), it
is not.
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


#: Words that place the event at a town, right before its name: "near the village of X", "in the X area" (not "came
#: from X", where a victim lived).
_AT_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|in|at)\s+(?:the\s+)?(?:(?:village|town|area|outskirts)\s+of\s+"
                        r"(?:the\s+)?)?$", re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+area\b", re.IGNORECASE)


def _placed_at(place: PlaceMention, ends: tuple[PlaceMention, PlaceMention], text: str) -> bool:
    """The road's sentence, or one after it, places the event at the town ("clashed near X, ... to cut the road between
    A and B"; "the bus came under fire in the X area", "ambushed the bus near the village of X"): "near X", "near the
    village of X", "in the X area". (Named so in a sentence before the road's, it is where an earlier incident lay.)"""
    named = re.compile(r"(?<![\w'\u2019-])" + re.escape(place.name) + r"(?![\w'\u2019-])")
    for m in named.finditer(text):
        if m.start() < ends[0].start and _BREAK.search(text, m.end(), ends[0].start):
            continue
        before = _AT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and (not before.group(0).lower().startswith(("in", "at")) or "of" in before.group(0).lower() or
                       _AREA_AFTER.match(text, m.end())):
            return True
    return False


def road_town_governorate(places: list[PlaceMention], ends: tuple[PlaceMention, PlaceMention], geo: list[Any],
                          road_governorates: set[str], text: str) -> str | None:
    """The one governorate, among those the road's ends lie in, where the towns named beside the road lie (as the
    geocoder resolved them); None when they lie in none of them, in both, or no other town is named beside it (a
    town named in another sentence may be where a victim came from, not where the road was cut)."""
    end_names = {ends[0].name, ends[1].name}
    towns = {p.name for p in places if p.name not in end_names and not p.governorate and
             (_beside(p, ends, text) or _placed_at(p, ends, text))}
    found = {str(admin1) for admin1 in (getattr(r, "admin1", None) for r in geo if getattr(r, "name", None) in towns)
             if admin1 in GOVERNORATES}
    if len(found) == 1 and found <= road_governorates:
        return found.pop()
    return None
