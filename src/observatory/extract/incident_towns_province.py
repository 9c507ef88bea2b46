"""Governorates: of several provinces an incident names with province words, the one its towns lie in.

An incident that names two provinces with province words ("gunners stationed in the Hama countryside shelled X in
Jabal al-Zawiya in the southern countryside of Idlib", "militants who control the Idlib region fired on Y in the
al-Ghab plain of Hama province") lies in the one that all its towns lie in, where that one is named right after its
last town and no other province is named after it: the other is where a side is stationed or what it holds, not where
the event took place. Towns of one province told between two provinces keep none.
"""

from __future__ import annotations

from typing import Any

from observatory.extract.places import PlaceMention

#: How far after the last town its province is still named beside it ("X in the southern countryside of Idlib").
_BESIDE = 60


def towns_province(places: tuple[PlaceMention, ...] | list[PlaceMention], geo: list[Any], strong: set[str]) -> str | None:
    """The province, among ``strong``, that every town of the incident resolves to and that is named right after the
    last of them (and no other after it); None otherwise."""
    found = {str(getattr(r, "admin1", None)) for r in geo}
    towns = [p for p in places if not p.governorate]
    if not towns or len(geo) != len(towns) or len(found) != 1 or not found <= strong:
        return None
    own = found.pop()
    last = towns[-1]
    after = [p for p in places if p.governorate and p.start > last.end]
    if not after or after[0].governorate != own or after[0].start - last.end > _BESIDE or \
            any(p.governorate != own for p in after):
        return None
    return own
