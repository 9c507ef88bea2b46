"""Munitions that went off where they were stored ("caused by the detonation of old munitions at a military site", "the
explosion of ammunition stored in a depot", "ammunition kept in a warehouse of the army exploded"): a depot blast, an
explosion of its own (SCHEMA `other`), not a bomb planted against someone nor war remnants hit in a field. A strike or
shelling told beside it in the sentence is the event ("Israeli missiles caused the explosion of munitions stored at
the base")."""

from __future__ import annotations

import re
from typing import Final

_STOCK: Final = r"(?:munitions|ammunition|ordnance|shells|explosives|weapons|rockets)"
_STORE: Final = (r"(?:stored\s+|kept\s+|held\s+)?(?:at|in|inside)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:sites?|depots?|warehouses?|bases?|stores?|storehouses?|facility|facilities|arsenals?)\b")
#: The stored munitions going off ("the detonation of old munitions at a military site", "ammunition stored in a
#: depot exploded").
DEPOT_BLAST: Final = re.compile(
    r"\b(?:detonation|explosion|blast|detonating|exploding|igniting)s?\s+of\s+(?:the\s+|some\s+)?(?:[\w-]+\s+){0,2}?" + _STOCK
    + r"\s+" + _STORE + r"|\b" + _STOCK + r"\s+" + _STORE + r"\s+(?:had\s+)?(?:exploded|detonated|blew\s+up|went\s+off)\b",
    re.IGNORECASE,
)
DEPOT_STEMS: Final = ("munition", "ammunition", "ordnance", "shells", "explosives", "weapons", "rockets")
