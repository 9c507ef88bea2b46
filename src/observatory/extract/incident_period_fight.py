"""Fighting named only as a span of time ("a ceasefire came into force on Wednesday, after weeks of fighting between
government forces and former rebels"): the weeks of fighting are many events, told as what came before, and the
sentence holds no event of its own when its only kind of event is that fighting, it counts no one, and what it tells
is a truce or a ceasefire (a town "seized after three days of fighting" is an event of its own); so are strikes told
as a span ("captured the town after days of intense bombardment"), and fighting that went on through a truce ("a truce
took effect on Sunday, but skirmishes have continued").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: "weeks of fighting", "after months of heavy clashes": the span just before the kind's word.
_SPAN_OF = re.compile(r"\b(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: Strikes over the span ("captured the town after days of intense bombardment"): many strikes, none told.
_BOMBARDMENT = re.compile(r"(?:bombardment|shelling|air\s?strikes|strikes|raids)\b", re.IGNORECASE)
#: What the sentence tells before the span: a truce taking hold ("A ceasefire came into force on Wednesday, after").
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.IGNORECASE)
#: Fighting that went on through the truce ("but skirmishes between X and Y have continued"), none told.
_GOES_ON = re.compile(r"[^.;]{0,80}?\b(?:have|has)\s+(?:continued|persisted|gone\s+on)\b", re.IGNORECASE)


def span_of_fighting(draft: Draft, work: str) -> bool:
    """Whether the incident counts no one and its kind was read only from a span of bombardment ("after days of
    bombardment"), or of fighting that a truce ended ("a ceasefire came into force after weeks of fighting")."""
    if draft.counts or draft.generic or draft.vague or draft.type_hit is None:
        return False
    start, end = draft.type_hit[1], draft.type_hit[2]
    truce = _TRUCE.search(work, draft.start, start) is not None
    if truce and _GOES_ON.match(work, end):
        return True  # "A truce took effect on Sunday, but skirmishes have continued on the edge of the enclave"
    if _SPAN_OF.search(work[max(0, start - 40) : start]) is None:
        return False
    return _BOMBARDMENT.match(work, start) is not None or truce
