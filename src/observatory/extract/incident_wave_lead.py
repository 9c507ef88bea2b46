"""A sentence that tells a wave of events in a province, with no toll of its own, before the report tells them one
by one: no incident of its own.

Handled: "The governorate of Daraa witnessed a new wave of assassinations on Monday, targeting an officer, members
of the 5th Corps and a man accused of dealing drugs", "Deir Ezzor countryside saw a series of attacks on Sunday",
"A fresh spate of bombings hit Idlib province yesterday", "the province was rocked by a string of explosions" --
then two or more incidents, each in a town of its own. The wave is what the report is about (like a headline of
several events); each event of it is told below with its own place and toll.

Not this: a wave with a toll of its own ("a wave of strikes killed 12": one bombardment or a total), a wave in a
town the sentence names ("a series of strikes on Maarat al-Numan": one bombardment of it), a wave the report does
not tell one by one after it, and a wave given only as the setting of another event ("the latest in a series of
attacks", "after a wave of killings").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

_KINDS = r"(?:[\w-]+\s+)?(?:assassinations|attacks|bombings|killings|explosions|strikes|air\s?strikes|raids|ambushes|shootings)\b"
_WAVE_NOUN = r"(?:an?|another)\s+(?:new\s+|fresh\s+|further\s+)?(?:wave|series|spate|string)\s+of\s+" + _KINDS
#: The wave told as the event: a place that saw it, or the wave that hit it.
_WAVE = re.compile(r"\b(?:witnessed|witnesses|saw|sees|experienced|(?:was|were|has\s+been)\s+(?:hit|rocked|shaken)\s+by)\s+"
                   + _WAVE_NOUN + r"|^\s*" + _WAVE_NOUN + r"\s+(?:hit|hits|struck|strikes|rocked|swept|targeted)\b",
                   re.IGNORECASE)


def wave_lead(draft: Draft, later: list[Draft], work: str) -> bool:
    """The draft tells a wave of events in a province, without toll or town, and two or more incidents after it are
    each placed in a town: a lead over the events told below."""
    if draft.counts or draft.generic or draft.vague or any(not p.governorate for p in draft.places):
        return False
    if _WAVE.search(work[draft.start:draft.end]) is None:
        return False
    return sum(1 for d in later if any(not p.governorate for p in d.places)) >= 2
