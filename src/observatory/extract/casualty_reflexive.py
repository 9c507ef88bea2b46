"""A figure told after a reflexive victim ("..., killing himself and two of the attackers") shares the reflexive's
verb (used by ``casualties``; tests in tests/test_extract_reflexive_victims.py).

A bomber who "blew himself up ..., killing himself and three soldiers and wounding five others" killed the two soldiers:
the verb before "himself" is the role of the figure after "and", not the verb that comes after the figure's words
("and wounding four others"). Only a reflexive pronoun stands between the verb and "and": "killing him and his two
guards" is read elsewhere, and "killing himself and wounding two" has its own verb before the figure.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention, verb_role

#: "killing himself and", "killed herself along with", "wounding themselves as well as", right before the figure.
REFLEXIVE_THEN = re.compile(
    r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:himself|herself|themselves)\s*,?\s*"
    r"(?:and|along\s+with|together\s+with|as\s+well\s+as)\s*$",
    re.IGNORECASE)


#: The figure's own passive verb right after its words: "killing himself, and two soldiers were wounded".
_OWN_VERB = re.compile(r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b", re.IGNORECASE)


def reflexive_role(left: str, right: str = "") -> str | None:
    """The role of the figure right after ``left`` when ``left`` ends in "<verb> himself and", if it does, and the
    figure's words (ending where ``right`` starts) are not followed by a verb of their own ("and two soldiers were
    wounded")."""
    hit = REFLEXIVE_THEN.search(left)
    if hit is None or _OWN_VERB.match(right):
        return None
    return verb_role(hit.group("verb"))


def unnamed_after_reflexive(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` without a figure told after a reflexive ("killing himself and two of the attackers") that no pass has
    given a side: the side the report would lend it is the bomber's, the one it is surely not."""
    return [m for m in mentions if m.side is not None or m.parent is not None
            or REFLEXIVE_THEN.search(work, max(0, m.quantity.start - 60), m.quantity.start) is None]
