"""A victim's relative named, then who he is in an apposition closed by a comma: "killing him and wounding his
brother, a civilian, before fleeing".

"his brother" and "a civilian" are one person: the relative is counted once, as the apposition says
(``kin_apposed``), not once with the dead man's side and again as a civilian. An apposition that goes on ("his brother,
a civilian who was travelling with him") is read elsewhere.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention, without

#: The relative's words: "brother", "son", "cousin", "wife".
_KIN = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:brothers?|sons?|fathers?|cousins?|nephews?|uncles?|wife|wives|mothers?|daughters?|"
    r"sisters?|relatives?)\s*$",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*,\s*")
#: The apposition closes with a comma right after its noun ("a civilian, before fleeing").
_CLOSED = re.compile(r"\s*,", re.IGNORECASE)
_ONE = frozenset({"a", "an", "one"})


def _same_person(kin: Mention, apposed: Mention, work: str) -> bool:
    """``apposed`` ("a civilian,") is the relative ``kin`` ("his brother") told again."""
    return (
        kin.role == apposed.role
        and kin.parent is None
        and apposed.parent is None
        and kin.value == 1
        and apposed.quantity.text.lower() in _ONE
        and _KIN.fullmatch(work, kin.quantity.end, kin.group_end) is not None
        and _COMMA.fullmatch(work, kin.group_end, apposed.quantity.start) is not None
        and _CLOSED.match(work, apposed.group_end) is not None
    )


def kin_apposed(mentions: list[Mention], work: str) -> list[Mention]:
    """The figures less a relative that the apposition after him tells again (see module doc)."""
    gone = {i for i in range(len(mentions) - 1) if _same_person(mentions[i], mentions[i + 1], work)}
    return without(mentions, gone) if gone else mentions
