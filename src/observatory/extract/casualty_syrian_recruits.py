"""Syrians of the foreign militias, listed beside foreign militiamen: "15 people, including 5 civilians, 4 IRGC members
and 6 Syrian members of the militias", "4 IRGC members and 6 Syrians working with the militias". SCHEMA puts
Iranian-backed militiamen the text says are Syrian with the regime, so such a figure of no side is the regime's where a
figure of the same list is of the foreign militias and its own words tie it to the militias
(tests/test_extract_casualty_syrian_recruits.py).

One person told by a noun of his own after the militiamen ("killing two Lebanese members and their Syrian driver, who
works with Iranian-backed militias") is the regime's too, whatever side the militias or his masters gave him (round 61).
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


#: Right before a person told without a number ("their Syrian driver"): his nationality.
_SYRIAN_BEFORE = re.compile(r"(?<!non-)\bSyrian\s+$")


def syrian_recruits(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of no side whose words make it Syrians of the militias, the regime's where another figure of the
    sentence is of the foreign militias."""
    if not any(m.side == "pro_iran_foreign" for m in mentions) or "Syrian" not in work:
        return mentions
    return [
        replace(m, side="regime", actor=None, nationality="SY", generic=False)
        if m.side in (None, "unknown") and _SYRIAN_RECRUITS.match(work, m.quantity.end)
        or m.side == "pro_iran_foreign" and not m.quantity.text and _SYRIAN_BEFORE.search(work, max(0, m.quantity.start - 12), m.quantity.start)
        else m
        for m in mentions
    ]
