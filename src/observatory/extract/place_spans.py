"""Governorate votes of an incident's resolved places, where a place may stretch over several governorates.

A range such as Jabal al-Bishri lies over Raqqa, Deir ez-Zor and Homs: named alone, the incident is in none of
them (SCHEMA: an event over several governorates -> null), and named beside a town it splits the evidence as a
town of another governorate would ("between al-Sukhnah and Jabal al-Bishri" -> null). A province the text names
still places it ("Jabal al-Bishri in the Raqqa desert" -> Ar-Raqqa): that is read before the places vote.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from observatory.geo.result import SEVERAL_GOVERNORATES
from observatory.models import GOVERNORATES

#: The vote of a place over several governorates: it counts against each of them, and wins for none.
SEVERAL = "(several governorates)"


def over_several(result: Any) -> bool:
    """The geocoder placed the string on a range or desert over several governorates."""
    return getattr(result, "lat", None) is not None and getattr(result, "reason", None) == SEVERAL_GOVERNORATES


def place_votes(geo: Sequence[Any]) -> list[str]:
    """One vote per resolved place: its governorate, or SEVERAL for a place over several (a bank of the Euphrates,
    which runs through three governorates, is no vote at all: where the geocoder puts it is arbitrary)."""
    votes = []
    for result in geo:
        if getattr(result, "feature_class", None) == "river":
            continue
        admin1 = getattr(result, "admin1", None)
        if admin1 in GOVERNORATES:
            votes.append(str(admin1))
        elif over_several(result):
            votes.append(SEVERAL)
    return votes


def voted(winner: str | None) -> str | None:
    """The governorate a vote settles on (None where a place over several governorates wins)."""
    return None if winner == SEVERAL else winner
