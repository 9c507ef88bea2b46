"""The events a sentence lists as examples of the attacks it speaks of, each an incident of its own.

* "The attacks included an ambush on a convoy near A, an attack on a post in B, and the storming of a position
  south of C": three incidents, one per item.
* "The most prominent attacks of the month included the killing of a commander in A on May 2, and an IED
  explosion near B on May 20": two incidents.
* "The town has seen several attacks by the cells, including the killing of a council member near A in March":
  one incident, the item.

Each item opens with an article and names its event by a noun ("an ambush", "the storming", "an IED explosion"),
and names a town of its own; a list of kinds with no article ("including armed attacks, IED explosions and
assassinations") lists no event.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.text import Sentence

_EVENT: Final = (
    r"(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?(?:ambush|attack|killing|storming|explosion|bombing|assassination|"
    r"strike|airstrike|shelling|raid|assault|abduction|kidnapping)\b"
)
#: The attacks spoken of, then the word that lists some of them.
_LEAD: Final[re.Pattern[str]] = re.compile(
    r"\b(?:attacks|operations|incidents|ambushes|bombings|assassinations)\b[^.:;]{0,60}?\b(?:included|includes|include|"
    rf"including)\s+(?={_EVENT})",
    re.IGNORECASE,
)
#: "The operation came after a series of assassinations, including ...": the events told as what came before.
_AFTER: Final[re.Pattern[str]] = re.compile(r"\bafter\b", re.IGNORECASE)
#: Where the next item begins: ", ", ", and " or " and " before another event named with its article.
_NEXT: Final[re.Pattern[str]] = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={_EVENT})", re.IGNORECASE)


def included_events(work: str, sent: Sentence) -> list[Sentence]:
    """The items of the sentence's list of example events ("The attacks included an ambush on A, an attack on B ..."),
    each in a town of its own; [] where the sentence lists none."""
    from observatory.extract.places import place_mentions

    lead = _LEAD.search(work, sent.start, sent.end)
    if lead is None or _AFTER.search(work, sent.start, lead.start()):
        return []  # (the attacks an operation came after are left to incident_came_after)
    starts = [lead.end()]
    ends: list[int] = []
    for m in _NEXT.finditer(work, lead.end(), sent.end):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(sent.end)
    items: list[Sentence] = []
    for start, end in zip(starts, ends, strict=True):
        if not any(not p.governorate for p in place_mentions(work, start, end)):
            return []  # an item with no town of its own: no list of events told apart
        later = bool(items)  # (a later item names no kind of its own where its noun has none: "the storming of")
        items.append(Sentence(start, end, sent.paragraph, sent.heading, sent.bullet, False, later, later, listed=True))
    return items
