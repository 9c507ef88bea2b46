"""The victims' side striking back, told with the dead of its own fire, for ``incident_split``.

Construction served: an incident of fire from afar with the dead of one side ("regime shelling killed five Turkish
soldiers at a post near A"), then the shelling of that side on the other, with the dead it caused ("the monitor said 13
regime soldiers were killed in the Turkish bombardment", "Turkish shelling on villages around B killed a fighter and a
child"). The answer is an incident of its own, not more dead of the first one.

Not this construction: the attackers' own losses in a fight ("three attackers were also killed in the clashes", no
doer of fire of its own), a doer that is the incident's own perpetrator, and fire whose dead include the doer's side.
Answers by air count as the shelling does ("According to the Observatory, Turkish drone and artillery strikes killed at
least 16 regime soldiers", after a regime air strike that killed Turkish soldiers: tests/test_extract_round63_readings.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.mention_sides import INJURED, KILLED
from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


#: Words that tell an answer: "in retaliation", "in response", "struck back", "the Turkish response".
_ANSWER: Final = re.compile(r"\b(?:retaliat\w*|(?:in\s+)?response|struck\s+back|hit\s+back)\b", re.IGNORECASE)


def counter_strike(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence tells shelling by a side the incident's dead or wounded are of, other than the incident's
    perpetrator, whose own dead or wounded are all of other sides (an incident of its own), after fire from afar or
    told as an answer."""
    if f.perpetrator is None or f.type_hit is None or f.type_hit[0] not in FIRE_FROM_AFAR:  # (shelling, or strikes:
        # "Turkish drone and artillery strikes killed at least 16 regime soldiers")
        return False
    doer = f.perpetrator.side
    if draft.perpetrator is not None and draft.perpetrator.side == doer:
        return False
    if doer not in {side for role, side in draft.counts if role in (KILLED, INJURED)}:
        return False  # the side fired on before is not the one firing now
    hit = {m.side for m in f.mentions if m.role in (KILLED, INJURED)}
    if not hit - {"unknown"} or doer in hit or None in hit:
        return False
    told_from_afar = draft.type_hit is not None and draft.type_hit[0] in FIRE_FROM_AFAR
    return told_from_afar or _ANSWER.search(text) is not None


def take_answered_dead(draft: Draft | None, f: SentenceFacts, work: str) -> None:
    """Where the answer opens an incident of its own and the incident before has counted the answer's dead already, as
    its own doers' dead told with the answer in its lead sentence ("regime shelling killed seven Turkish soldiers,
    prompting Turkish retaliation that killed 13 Syrian troops", then "13 regime fighters were killed in the Turkish
    shelling"), those dead are taken out of the incident before: they are the answer's, counted once."""
    if draft is None or draft.perpetrator is None or not counter_strike(draft, f, work[f.sentence.start:f.sentence.end]):
        return
    doers = draft.perpetrator.side
    for m in f.mentions:
        told = draft.counts.get((m.role, doers)) if m.side == doers else None
        if told is not None and told[0].value == m.value:
            del draft.counts[(m.role, doers)]
