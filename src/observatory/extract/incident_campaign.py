"""An earlier campaign told as background: a sentence that says when a side launched its offensive, its campaign or
a phase of an operation, with no dead or wounded of its own.

Construction handled: "The SDF, backed by coalition air strikes, launched its offensive on the city on June 3",
"Ankara launched the campaign, which it called 'X', with air strikes on ...", "The army launched the final phase of
Operation Y on March 2 to take ...": where the report tells other incidents, the launch is the frame of the campaign
they belong to, not an incident of its own.

Left alone: a launch that carries a toll of its own ("launched an offensive ..., killing five"), an attack launched
("launched an attack on the checkpoint at dawn": one event), a launch told as the answer to another event ("launched
the operation in response to a bombing in X on May 2": that event is told), a launch told as the report's own day
("launched their campaign on the hills today, carrying out 40 air strikes": the day's attack), a launch told with the
deed it opened with ("launched their offensive in the morning, detonating car bombs against army positions on the edge
of X": that attack), and a report whose only incident it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.gates import folded

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: "launched its offensive", "launched the final phase of Operation X", "launched their military campaign".
_LAUNCHED = re.compile(r"\blaunched\s+(?:its|their|his|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:offensive|campaign|phase\s+of\s+(?:the\s+)?operation|operation)\b(?!s)", re.IGNORECASE)

#: The launch told as the answer to another event, which the sentence tells ("in response to a bombing in X", "after its
#: rivals killed five of its men").
_CAUSE = re.compile(r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|to)|to\s+avenge|following|after)\b",
                    re.IGNORECASE)


#: The launch told on the report's own day: "today", "this morning", "at dawn today", "tonight".
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)


#: The deed the launch opened with, told as a participle with what it struck ("..., detonating car bombs against army
#: positions", "..., storming the checkpoints of X", "..., shelling the village of Y"): an event told, not a frame.
_OPENING_DEED = re.compile(r",\s+(?:first\s+)?(?:detonating|storming|attacking|shelling|bombarding|targeting|blowing\s+up|"
                           r"ramming|overrunning)\s+(?:[\w'-]+\s+){1,5}?(?:against|on|at|in|near|of)?\s*(?:the\s+)?"
                           r"(?:[\w'-]+\s+){0,3}?(?:positions?|posts?|checkpoints?|barracks|base|village|town|neighbou?rhood|"
                           r"district|edge|lines?|front)\b", re.IGNORECASE)


def campaign_launched(draft: Draft, work: str, others: int) -> bool:
    """The incident is only a sentence telling when a campaign was launched, no casualties, among other incidents."""
    if others < 1 or draft.counts or draft.vague or draft.generic:
        return False
    text = work[draft.start:draft.end]
    if "launched" not in folded(text) or _LAUNCHED.search(text) is None:
        return False
    if _TODAY.search(text) is not None or _OPENING_DEED.search(text) is not None:
        return False  # "launched their offensive on X at dawn today, with heavy shelling": the day's attack; "...,
        # detonating car bombs against army positions on the edge of X": the deed it opened with, an attack told
    return _CAUSE.search(text) is None  # "launched the operation in response to a bombing on May 2": that bombing
