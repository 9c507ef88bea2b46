"""People taken in a raid told before: an abduction told after the raid, from one of the villages the raid stormed.

Constructions handled:

* "Fighters of the group stormed the villages of A, B and C ...", then (maybe after other sentences) "The group also
  abducted dozens of women from A village": the captives of that raid, not an abduction of its own.

Not: an abduction with a day of its own, with dead of its own, by another side than the raid's, or from a place the
raid did not name ("... abducted a shepherd near D": another event).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: Kinds of a raid on the ground in which the attackers may take people as they go.
_RAIDS = frozenset({"attack", "ambush", "clash"})


def raid_of_captives(drafts: Sequence[Draft], f: SentenceFacts) -> Draft | None:
    """The latest raid told before whose places hold every town the sentence's abduction names, by the same side
    (or one not named): the raid the captives were taken in; None otherwise."""
    if f.type_hit is None or f.type_hit[0] != "abduction" or f.dates or any(m.role == KILLED for m in f.mentions):
        return None
    towns = {place_key(p.name) for p in f.places if not p.governorate}
    if not towns:
        return None
    for draft in reversed(drafts):
        if draft.type_hit is None or draft.type_hit[0] not in _RAIDS:
            continue
        same = f.perpetrator is None or draft.perpetrator is None or f.perpetrator.side == draft.perpetrator.side
        if same and towns <= {place_key(p.name) for p in draft.places}:
            return draft
    return None
