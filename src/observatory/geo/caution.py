"""Precision rules: when a match that looks clean is still too weak to answer without the context's support.

The gazetteer a user loads knows one village of a name where Syria often has several; most wrong answers are
an exact match to the one village the data knows while the place meant is a namesake missing from it. These
rules find the cases where the data itself shows that a namesake elsewhere is likely, and make the geocoder
answer "unresolved" (with the reason) instead of guessing a governorate:

* :func:`facility_namesake` — a small settlement chosen over a base, oil field, dam or checkpoint of the same
  name in another governorate: facilities are named after the settlement beside them, so a settlement of
  that name lies in (or straddles into) the facility's governorate too. Town-sized places and the places
  the curated supplement lists (the ones reports mean by the name) are not small.
* :func:`weak_dominance` — the heaviest namesake (a town among villages) answers for a bare name, but not for
  "X farm" / "X suburb" (a part named after an X says nothing about which X), and not when the name is shared
  by places in more than :data:`TOWN_RULE_MAX_GOVERNORATES` governorates and the heaviest is no city (another
  namesake, listed as a village or missing, is as likely meant). "X town" likewise takes the only town among
  namesake villages only within that many governorates.

The functions are pure: they read entries and return the reason to decline (a string) or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from observatory.geo.index import CLASS_WEIGHT, Entry

# Facilities: named after a place (the "X air base" beside the village X); a bare name rarely means them.
FACILITY_CLASSES = frozenset({"base", "checkpoint", "station", "field", "dam", "camp", "bridge", "building"})
# Classes of small settlements, the ones whose namesakes are many and often missing from the data.
SMALL_CLASSES = frozenset({"village", "populated"})
SMALL_POPULATION = 1000  # a populated place of this many people is a town, whatever its class
# "X town" takes the only town among namesakes in at most this many governorates.
TOWN_RULE_MAX_GOVERNORATES = 3


def facility_namesake(candidates: Sequence[Entry], kept: Sequence[Entry], best: Entry) -> str | None:
    """Why ``best`` (a village) is not a safe answer when facilities of its name, set aside because the
    string names a settlement, lie in another governorate; None when there are none."""
    heaviest = max((e.weight for e in kept if e.place.admin1 == best.place.admin1), default=best.weight)
    if (best.place.feature_class not in SMALL_CLASSES or (best.place.population or 0) >= SMALL_POPULATION
            or max(heaviest, best.weight) >= CLASS_WEIGHT["town"]):
        return None  # a town-sized place, or one the curated supplement lists as the place reports mean
    kept_ids = {id(e) for e in kept}
    elsewhere = sorted({e.place.admin1 for e in candidates
                        if id(e) not in kept_ids and e.place.feature_class in FACILITY_CLASSES
                        and e.place.admin1 and e.place.admin1 != best.place.admin1})
    if not elsewhere:
        return None
    return (f"ambiguous: {best.place.name} ({best.place.admin1}) is a small place, and a facility of this name lies "
            f"in {', '.join(elsewhere)} (facilities are named after a settlement beside them)")


def weak_dominance(ranked: Sequence[Entry], governorates: int, *, part_of_place: bool) -> str | None:
    """Why the heaviest of ``ranked`` (namesakes in ``governorates`` governorates, heaviest first) may not answer
    by its weight alone; None when it may. A reason for a part of a place begins "names part of a place"."""
    top = ranked[0]
    if part_of_place:
        return (f"names part of a place; {top.place.name} ({top.place.admin1}) is only the largest of its namesakes "
                f"in {governorates} governorates")
    if governorates > TOWN_RULE_MAX_GOVERNORATES and top.weight < CLASS_WEIGHT["admin2"]:
        return f"ambiguous: places of this name lie in {governorates} governorates and none of them is a city"
    return None
