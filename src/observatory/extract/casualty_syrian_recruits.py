"""Syrians of the foreign militias, listed beside foreign militiamen: "15 people, including 5 civilians, 4 IRGC members
and 6 Syrian members of the militias", "4 IRGC members and 6 Syrians working with the militias". SCHEMA puts
Iranian-backed militiamen the text says are Syrian with the regime, so such a figure of no side is the regime's where a
figure of the same list is of the foreign militias and its own words tie it to the militias
(tests/test_extract_casualty_syrian_recruits.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: The figure's own words, right after its number: Syrians who are members of, work with or joined the militias.
_SYRIAN_RECRUITS = re.compile(
    r"\s+Syrians?\s+(?:(?:members?|fighters?|gunmen|militiam[ae]n|recruits?|elements?)\s+(?:of|in|with)|"
    r"(?:who\s+(?:were\s+|had\s+|have\s+)?)?(?:working|worked|work|fighting|fought|serving|served|joined|recruited))\b"
    r"[^.;:()]{0,40}?\b(?:militias?|Hezbollah|IRGC|Revolutionary\s+Guards?|Iranian)\b",
    re.IGNORECASE,
)


def syrian_recruits(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of no side whose words make it Syrians of the militias, the regime's where another figure of the
    sentence is of the foreign militias."""
    if not any(m.side == "pro_iran_foreign" for m in mentions) or "Syrian" not in work:
        return mentions
    return [
        replace(m, side="regime", actor=None, nationality="SY", generic=False)
        if m.side in (None, "unknown") and _SYRIAN_RECRUITS.match(work, m.quantity.end)
        else m
        for m in mentions
    ]
