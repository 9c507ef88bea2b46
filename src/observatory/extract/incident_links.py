"""Sentences that point back past the incident being assembled to an earlier one of the report.

* "..., raising the death toll of the car bomb to four" after another blast was told: the car bomb's toll rises.
* "SANA described the car bomb as a 'terrorist attack' and put the toll at two dead" after another incident was told:
  an account of the car bomb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from observatory.extract.events import event_type

#: "the death toll of the car bomb (explosion)", "the toll of the ambush": the event whose toll the sentence gives.
_TOLL_OF = re.compile(r"\btoll\s+(?:of|from|in)\s+(?:the|this|that|today's|yesterday's)\s+(?P<noun>(?:[\w-]+\s+){0,2}?"
                      r"(?:attack|ambush|air\s?strike|air\s+raid|strike|raid|shelling|bombardment|explosion|blast|bombing|"
                      r"car\s+bomb|bomb|IED|massacre|clashes))(?:\s+(?:explosion|blast|attack))?\b", re.IGNORECASE)


#: "SANA described the car bomb as a 'terrorist attack' and put the toll at two": a source's account that names the event
#: told before by its own words (tests/test_extract_round57_readings.py).
_DESCRIBED = re.compile(r"\b(?:described|called|termed|labell?ed)\s+the\s+(?P<noun>(?:[\w-]+\s+){0,2}?(?:car\s+bomb|bombing|"
                        r"ambush|air\s?strike|explosion|blast|massacre|attack))\s+as\b", re.IGNORECASE)


#: Nouns any event of a kind is told with: they point to the kind, not to the words of one event.
_GENERIC = re.compile(r"(?:attack|strike|raid|explosion|blast|bombing|shelling|bombardment|clashes|incident|massacre)",
                      re.IGNORECASE)


_EVENT_WORD = re.compile(r"(?:attack|ambush|strike|raid|shelling|bombardment|explosion|blast|bombing|bomb|ied|massacre|"
                         r"clashes)$", re.IGNORECASE)
_BLASTS = {"other", "ied_landmine", "suicide_bombing"}


class Spanned(Protocol):
    start: int
    end: int
    type_hit: tuple[str, int, int] | None


D = TypeVar("D", bound=Spanned)


def toll_owner(drafts: Sequence[D], current: D, work: str, start: int, end: int) -> D | None:
    """The earlier incident (not ``current``) whose toll the sentence work[start:end] gives by naming its event ("the
    death toll of the car bomb rose to four"): told in those words, or else the last one of that kind; None when the
    sentence names no event or names the one being assembled."""
    m = _TOLL_OF.search(work, start, end) or _DESCRIBED.search(work, start, end)
    if m is None:
        return None
    noun = m.group("noun").lower()
    keys = [noun, *(" ".join(noun.split()[:k]) for k in range(len(noun.split()) - 1, 0, -1))]
    for key in keys:
        if _GENERIC.fullmatch(key):
            break  # "the explosion", "the attack": any event of the kind, not words to look for
        if not _EVENT_WORD.search(key):
            continue  # "the deadly": no event named
        told = [d for d in drafts if key in work[d.start:d.end].lower()]
        if told:
            return told[-1] if told[-1] is not current else None
    hit = event_type(m.group(0))
    if hit is None:
        return None
    kinds = _BLASTS if hit[0] in _BLASTS else {hit[0]}  # "the explosion" of a car bomb, a mine or a suicide attack
    if current.type_hit and current.type_hit[0] in kinds:
        return None
    same = [d for d in drafts if d.type_hit and d.type_hit[0] in kinds]
    return same[-1] if same and same[-1] is not current else None
