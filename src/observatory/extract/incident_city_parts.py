"""The governorate of an incident placed only in a part of a city: a neighbourhood, a district, a prison.

Construction handled: a report about one city (it names one governorate, at least twice) tells an incident placed only
"in the X neighbourhood", "the western neighbourhood of X" or "at the X prison". Such names are common to many cities
("the industrial quarter", "the stadium district"), so a town of the same name that the gazetteer places in a province
the report never speaks of is not where the incident lay: the neighbourhood is one of the city the report is about.

A place named with no word of a city part keeps the gazetteer's governorate (a town the report does not place may lie
in a province it does not name). Nor does a neighbourhood of the capital move to the countryside around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.places import PlaceMention, governorate_mentions

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

_CITY_AND_COUNTRYSIDE = {"Damascus", "Rural Damascus"}
#: "X neighbourhood", "X's district", "X prison": the place is a part of a city.
_PART_AFTER = re.compile(r"['’]?s?\s+(?:neighbou?rhoods?|district|quarter|prison)\b", re.IGNORECASE)
#: Prisons named after the town they stand in ("Sednaya prison" is in Rural Damascus, whatever report tells of it).
_TOWN_PRISONS = {"sednaya", "saydnaya", "saidnaya", "adra", "tadmur", "palmyra"}
#: "the neighbourhood of X", "the western district of X".
_PART_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|district|quarter)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _city_part(place: PlaceMention, text: str) -> bool:
    """The place is named as a part of a city ("in the X neighbourhood", "the eastern district of X")."""
    if place.name.lower() in _TOWN_PRISONS:
        return False  # ("died in Sednaya prison": the town's prison)
    return bool(_PART_AFTER.match(text, place.end) or _PART_BEFORE.search(text, max(0, place.start - 30), place.start))


def city_part_governorates(drafts: list[Draft], own: list[str | None], text: str) -> list[str | None]:
    """``own`` with incidents placed only in city parts moved to the one governorate the report speaks of."""
    mentions = governorate_mentions(text, 0, len(text))
    named = {p.governorate for p in mentions}
    if len(named) != 1 or len(mentions) < 2:
        return own
    city = named.pop()
    out = list(own)
    for k, draft in enumerate(drafts):
        if own[k] is None or own[k] == city or {own[k], city} == _CITY_AND_COUNTRYSIDE or not draft.places:
            continue  # (the capital's neighbourhoods lie in Damascus, in a report on the Damascus countryside)
        if all(p.governorate is None and _city_part(p, text) for p in draft.places):
            out[k] = city
    return out
