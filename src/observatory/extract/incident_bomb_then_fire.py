"""How an ambush was carried out: a bomb set off, then fire opened ("the cells detonated an IED on the first vehicle
before opening fire with machine guns on the rest of the convoy", "targeted the convoy with a roadside bomb and then
opened fire"): the blast is the start of the ambush told, not another incident, whatever spot the sentence names.
"""

from __future__ import annotations

import re

_BOMB_THEN_FIRE = re.compile(
    r"\b(?:detonated|exploded|set\s+off|blew\s+up|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:IED|explosive\s+device|"
    r"bomb|landmine|mine)s?\b[^.;]{0,120}?\b(?:before\s+opening\s+fire|(?:and\s+)?then\s+opened\s+fire)\b",
    re.IGNORECASE,
)


def bomb_then_fire(text: str) -> bool:
    """Whether the sentence tells a bomb set off and then fire opened: the method of the attack told."""
    return _BOMB_THEN_FIRE.search(text) is not None
