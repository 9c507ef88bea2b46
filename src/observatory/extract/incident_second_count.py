"""The monitor's own count of an incident another source has just counted, told in a sentence of its own.

Construction handled: a report first gives another source's toll of an event (state media, a ministry, an official,
a party's statement or an attacker's claim), then the monitor's toll of the same event in a later sentence that
points back to it rather than telling a new one: "State television said 12 soldiers died when their bus was
attacked. The monitor, however, said 15 were killed in the attack", "The group said it had killed eight fighters.
The Observatory put the toll at five". The later sentence is the same incident told by its other source (the
monitor's figures then win, ``incident_monitor.prefer_monitor``), not a second incident whose dead add to the first.

The later sentence is read as the monitor's second count only where it gives figures credited to the monitor alone,
names no day, no other province and nothing marked as new ("also", "another", "elsewhere"), and either points back
to the event with a definite noun ("in the attack", "the bus", "the overnight fighting") or talks of the toll itself
("put the toll at", "the real toll"); the incident before must count dead credited only to another source. The
other side's fire told with the dead it caused ("13 soldiers were killed in the Turkish bombardment", after regime
shelling killed Turkish soldiers) is its own incident (``incident_counter_strike``), not a second count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_counter_strike import counter_strike
from observatory.extract.incident_sameness import ANOTHER, new_places, other_province
from observatory.extract.incident_sources import MONITOR, OTHER
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: The event pointed back to with a definite noun: "in the assault", "the bus", "the overnight fighting".
_EVENT_BACK = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|strike|airstrike|raid|bombing|blast|"
                         r"explosion|shelling|bombardment|fighting|clashes|battle|incident|operation|bus|convoy|vehicle|"
                         r"checkpoint|post|position|explosions|strikes|raids|attacks)\b", re.IGNORECASE)
#: The toll itself as the sentence's object: "put the toll at", "the real toll", "the death toll higher".
_TOLL_TALK = re.compile(r"\b(?:put|puts|putting|placed|gave|estimated)\s+(?:the\s+)?(?:death\s+|casualty\s+|real\s+|actual\s+)?"
                        r"(?:toll|number|figure)\b|\b(?:real|actual|true)\s+(?:death\s+)?toll\b", re.IGNORECASE)
#: A new event told with an indefinite noun: "an airstrike", "a second attack".
_NEW_EVENT = re.compile(r"\b(?:an?|two|three|several|new|second|separate)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|ambush(?:es)?|"
                        r"strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|shelling|bombardment|clashes|incidents?)\b",
                        re.IGNORECASE)

#: A party telling of its own deed: "its fighters stormed", "their units attacked".
_OWN_DEED = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|militants|members|forces|troops|units|men|cells|gunmen)\b",
                       re.IGNORECASE)


def monitor_recount(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence tells again the incident being assembled, whose dead only another source has counted: the
    monitor's own count of it, or (with no figures) more of the other source's account ("In its statement, the group
    said its fighters stormed the post at night"): the same event told again, not a new one."""
    if ANOTHER.search(text) or _NEW_EVENT.search(text) or other_province(draft, f) or counter_strike(draft, f, text):
        return False
    if f.mentions and any(draft.date is None or d.value != draft.date.value for d in f.dates):
        return False  # (the monitor's count may name the day told before: "in the overnight fighting")
    told = [m for m, _ in [*draft.counts.values(), *draft.generic] if m.role == KILLED]
    if not told or any(draft.source_of(m) != OTHER for m in told):
        return False
    if not f.mentions:
        named = {src for _, _, src in f.sources}
        return OTHER in named and MONITOR not in named and not new_places(draft, f) and _EVENT_BACK.search(text) is not None and \
            (not f.dates or _OWN_DEED.search(text) is not None)  # (the claim may give the night of the attack)
    if not all(f.source_at(m.quantity.start) == MONITOR for m in f.mentions):
        return False
    return _TOLL_TALK.search(text) is not None or _EVENT_BACK.search(text) is not None
