"""An incident whose towns the gazetteer puts in two governorates, one each: the report's other incidents decide.

Construction handled: "a bomb killed two fighters on the edge of the town of A, near the B crossroads", where the
gazetteer knows A as a town (city, town or village) of one province and B only as a bare populated name of another
(a name many hamlets share): with one vote each the incident alone cannot tell; when every other located incident
of the report lies in A's province, the incident lies there too.

Left alone: an incident in a desert or the Badia (it spans the provinces of its towns); one that names a governorate
itself, a road or a stretch joining two places ("the road between A and B", "the Homs-Palmyra road"); towns in more
than two governorates, or two settlements in two; a report whose other located incidents lie in the bare name's
province, in both, in a third, or nowhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from observatory.models import GOVERNORATES

#: A desert or the Badia: it spans the provinces of the towns it is named by ("the desert of Al-Sukhnah and the Badia
#: of al-Mayadin" lies in neither Homs nor Deir Ezzor alone).
_DESERT = re.compile(r"\b(?:deserts?|badia)\b", re.IGNORECASE)


def in_desert(text: str, start: int, end: int) -> bool:
    """The span text[start:end] places its event in a desert."""
    return bool(_DESERT.search(text, start, end))


#: Gazetteer classes of a settlement the gazetteer knows as such; a bare "populated" place is a name shared by many.
_SETTLEMENTS = frozenset({"city", "capital", "town", "village"})


def split_governorates(geo: Sequence[Any]) -> set[str]:
    """The governorate of an incident's towns that the gazetteer knows as a city, town or village, where its other
    towns, as many, resolve to no settlement (a bare populated name, an area) in one other governorate; else an empty
    set."""
    votes = Counter(str(a) for a in (getattr(r, "admin1", None) for r in geo
                                     if getattr(r, "feature_class", None) != "river") if a in GOVERNORATES)
    if len(votes) != 2 or len(set(votes.values())) != 1:
        return set()
    settled = {str(getattr(r, "admin1", None)) for r in geo if getattr(r, "feature_class", None) in _SETTLEMENTS}
    return settled if len(settled) == 1 and settled <= set(votes) else set()


def settle_split(own: list[str | None], splits: list[set[str]]) -> list[str | None]:
    """``own`` with each split incident put where all the report's other located incidents lie, if that is the
    governorate of its settlement."""
    out = list(own)
    for k, settled in enumerate(splits):
        others = {gov for j, gov in enumerate(own) if j != k and gov}
        if own[k] is None and settled and others == settled:
            out[k] = others.pop()
    return out
