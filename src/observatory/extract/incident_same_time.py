"""An event told as happening alongside the one before, somewhere else, with no toll of its own.

Constructions handled (a sentence after an incident already told):

* "At the same time, the army shelled the villages of A and B, causing damage": another event, in places the incident
  has not named, whatever its kind;
* "Simultaneously, jets carried out ten strikes on the outskirts of C" (or "Almost simultaneously,", "At about the same
  time,"): the same;
* "In the evening, artillery pounded the village of D": an event later that day, in a place of its own.

Not: such a sentence with dead or wounded of its own (other rules weigh whose they are), nor one that names no town
other than the incident's ("At the same time, the attackers shelled the village": the same fight).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: An opening that puts the sentence's event beside the one told before: "At the same time,", "In the evening,".
SAME_TIME_OPENING = re.compile(
    r"\s*[\"']?(?:(?:Almost|Nearly|Roughly)\s+)?(?:At\s+(?:about\s+|around\s+)?the\s+same\s+time|Simultaneously|"
    r"In\s+the\s+(?:evening|afternoon|morning))\s*,",
    re.IGNORECASE,
)


def same_time_elsewhere(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence opens as told alongside the incident ("At the same time,", "In the evening,"), tells a kind of
    event, names a town the incident does not, and counts no dead or wounded of its own."""
    if SAME_TIME_OPENING.match(text) is None or f.type_hit is None or f.mentions:
        return False
    known = {place_key(p.name) for p in draft.places}
    return any(not p.governorate and place_key(p.name) not in known for p in f.places)
