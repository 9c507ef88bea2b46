"""An incident told a second time, as a party's claim with no toll kept, after the account that gave its toll.

Handled: "Two soldiers were killed by sniper fire of the group on the X front", then "The group's media outlet claimed
that its snipers had killed five soldiers on the X front" (a claim whose figures yield to the monitor's): the later
sentence reads as an event of the same kind, in no place the first account does not name, by the same party or by none
named, and it counts no one of its own. It is the party's version of the first event, not a second event.

Left alone: a later event said to be one ("again", "another", "a second", "renewed", "hours later", "the next day"),
one of another kind or by another party ("Russian jets later struck the area"), one in a town the first does not name,
one dated on another day than the first ("On May 20, the group claimed an attack near X" after an attack of May 3),
and an incident before which no toll was told.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: A party's claim: "claimed that", "claims", "claiming".
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)
#: Words that tell a later event of the same kind, not the same one told again.
_ANOTHER_TIME = re.compile(r"\b(?:again|another|second|third|renewed|resumed|repeated|new|later|afterwards|once\s+more|"
                           r"next\s+(?:day|morning|night)|following\s+(?:day|morning|night))\b", re.IGNORECASE)


def _counted(draft: Draft) -> bool:
    """The incident counts dead or wounded, by number or by a vague word."""
    return bool(draft.counts or draft.generic or draft.vague)


def _retells(first: Draft, later: Draft, work: str) -> bool:
    """``later``, which counts no one, is a party's claim telling ``first`` again: the same kind, no other party, no
    place or day of its own."""
    if first.type_hit is None or later.type_hit is None or first.type_hit[0] != later.type_hit[0] or not _counted(first):
        return False
    if first.perpetrator is not None and later.perpetrator is not None and first.perpetrator.side != later.perpetrator.side:
        return False
    if first.date is not None and later.date is not None and None not in (first.date.value, later.date.value) \
            and first.date.value != later.date.value:
        return False  # told on a day of its own: another event
    towns = {place_key(p.name) for p in later.places if not p.governorate}
    if not towns or not towns <= {place_key(p.name) for p in first.places}:
        return False
    return _CLAIM.search(work, later.start, later.end) is not None and _ANOTHER_TIME.search(work, later.start, later.end) is None


def drop_twice_told(drafts: list[Draft], work: str) -> list[Draft]:
    """The incidents less those that count no one and only tell an incident before them again."""
    kept: list[Draft] = []
    for draft in drafts:
        if not _counted(draft) and any(_retells(first, draft, work) for first in kept):
            continue
        kept.append(draft)
    return kept
