"""One killed and two or more of his own side hurt beside him ("gunmen opened fire on a vehicle of the security
branch, killing an officer and injuring two members who were with him"; "a member of the Asayish was killed and two
of his colleagues were injured"): the gunmen fired on a group, an attack, not the targeted killing of one person.
Kin or an escort hurt with the one singled out ("wounding his wife and daughter", "his bodyguard was injured") leave
it a targeted killing, as does a single person hurt beside him.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.models import Casualty

#: Those hurt told as the victim's own kin or escort: "his wife and daughter", "his bodyguard", "her son".
_OWN_PEOPLE: Final = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:brothers?|sons?|daughters?|children|wife|husband|"
    r"father|mother|cousins?|nephews?|uncles?|family|relatives?|companions?|drivers?|"
    r"bodyguards?|guards?|escorts?|friends?)\b",
    re.IGNORECASE,
)


def company_hurt(casualties: tuple[Casualty, ...], told: str) -> bool:
    """One dead, and two or more of the same side injured with him, none of them told as his kin or escort."""
    dead = [c for c in casualties if c.killed and c.killed.best > 0]
    if len(dead) != 1 or dead[0].killed is None or dead[0].killed.best != 1:
        return False
    hurt = sum(c.injured.best for c in casualties if c.injured and c.side == dead[0].side)
    return hurt >= 2 and _OWN_PEOPLE.search(told) is None
