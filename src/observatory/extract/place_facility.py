"""A place named as a facility: "X airport", "X military airbase", "X camp", "X station".

Construction handled: an airport, air base or camp named after a town ("the Nairab military airport", "the Neirab
camp", "Kuweires airbase"), or a pumping station named by a short code ("the T3 station": "T3" alone is too short a
name to read). The place words take the town's name alone, and the town of that name may lie in another
governorate than the facility (the Nayrab airport and camp of Aleppo, and a village Al-Nayrab in Idlib). The name is
read first with the facility word that follows it; where the gazetteer knows such a facility (an entry of class base,
airport, camp or station), that reading is kept, else the name is read on its own as before.

Left alone: a facility word before the name ("the camp of X"), and a facility the gazetteer does not know (the town's
reading stands).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

#: The facility word right after a name: "X airport", "X military airport", "X air base", "X camp", "X station".
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:military[ \t]+)?(?:air[ \t]*port|air[ \t]*base|air[ \t]*field|camp|(?:pumping[ \t]+)?station)\b",
    re.IGNORECASE,
)
#: The gazetteer classes each facility word names (an airport is an air base's entry; a camp, a camp's).
_CLASSES = {"camp": frozenset({"camp"}), "station": frozenset({"station"})}
_AIR = frozenset({"base", "airport"})


def facility_or_place(geocoder: Any, name: str, text: str, end: int, context: str | None) -> Any:
    """The geocoder's reading of the place ``name`` that ends at ``end`` in ``text``: as the facility the next words
    name ("Nairab military airport"), where the gazetteer knows one, else as the name alone."""
    after = _FACILITY_AFTER.match(text, end) if text else None
    if after is not None:
        facility = geocoder.geocode(name + after.group(0), context)
        classes = _CLASSES.get(after.group(0).split()[-1].lower(), _AIR)
        if getattr(facility, "lat", None) is not None and getattr(facility, "feature_class", None) in classes:
            # (under the name the incident's places use, so that its readings are still found by that name)
            return _named(facility, name)
    return geocoder.geocode(name, context)


def _named(result: Any, name: str) -> Any:
    """``result`` under ``name``, where it is a dataclass (a GeocodeResult); as it is otherwise."""
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        return dataclasses.replace(result, name=name)
    return result
