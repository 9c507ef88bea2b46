"""The captivity of the victims of a killing told so far, told after it: "the two men were abducted ten days ago
while herding sheep, and the Organization later executed them", "the victims had been kidnapped on Friday near X
before being shot", "the shepherd had been seized by the cells three days earlier". The victims, named back by a
definite noun ("the two men", "the victims", "the shepherd", "both"), were taken before they were killed: the back-story
of the same incident, on whatever earlier day, not another event (the reverse order of incident_split.taken_then_killed).
Not this: other people taken ("a third man was abducted", "another shepherd was kidnapped"), more dead than the
incident counts, or a capture told with an event of another kind ("the men had been captured during clashes with X
near B": that fight).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: The victims named back, then taken: "the two men were abducted", "The victims had been kidnapped", "both were seized".
_TAKEN_BACK = re.compile(
    r"^\s*(?:According\s+to\s+[^,.;]{2,80},\s*|[^,.;]{2,60}\b(?:said|added|reported|confirmed)\s+(?:that\s+)?)?"
    r"(?:(?:the|these|those|both)\s+(?:two\s+|three\s+|four\s+|five\s+|young\s+|slain\s+|dead\s+)?"
    r"(?:men|man|victims?|shepherds?|youths?|brothers|members|soldiers|fighters|civilians|workers|herders?|women|woman)|"
    r"both(?:\s+of\s+them)?|they|he|she)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:first\s+|initially\s+)?"
    r"(?:abducted|kidnapped|captured|seized|taken|snatched)\b", re.IGNORECASE)
_KILLINGS = frozenset({"execution", "assassination", "attack", "other"})


#: The captors of an abduction named back, or their demand: "a phone call from the kidnappers, who demanded a ransom".
_CAPTORS_BACK = re.compile(r"\bthe\s+(?:kidnappers|abductors|captors|kidnapping\s+gang)\b|\bransom\b", re.IGNORECASE)


def captivity_told_back(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence tells that the incident's victims, named back, had been taken before they were killed; or,
    after an abduction, what its captors did next ("The family received a call hours later from the kidnappers, who
    demanded a ransom": no dead, no place of its own; round 72)."""
    if draft.type_hit is not None and draft.type_hit[0] == "abduction" and not f.mentions and not f.places \
            and _CAPTORS_BACK.search(text) is not None and (f.type_hit is None or f.type_hit[0] == "abduction"):
        return True
    if draft.type_hit is None or draft.type_hit[0] not in _KILLINGS:
        return False
    if f.type_hit is not None and f.type_hit[0] not in ("abduction", "execution", draft.type_hit[0]):
        return False  # "the men had been captured during clashes near B": that fight, an event of its own
    told = sum(m.value for (role, _), (m, _) in draft.counts.items() if role == KILLED)
    if told == 0 or _TAKEN_BACK.match(text) is None:
        return False
    dead = sum(m.value for m in f.mentions if m.role == KILLED and m.parent is None and not m.quantity.vague)
    return dead <= told
