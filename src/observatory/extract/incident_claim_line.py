"""Another source's figure for "the attack", told apart from the monitor's account of it, is no incident (round 64).

Wire pages put a rival source's figure in a line of its own, often the standfirst under the title: "The UN says more
than 75 people were injured in the attack, which it called a violation of international humanitarian law." The line
names no town and no day; it points at the event the page tells by the bare noun ("in the attack"; "in the market
strike" names an event of its own) and credits its figures to someone else than the monitor, whose own account of the
event comes below. SCHEMA: where sources differ, the monitor's figure
is used and the other one only noted. Such a line is dropped where another incident of the page carries the monitor's
figures; a line with a town or a day of its own, or one that names its event ("a drone strike hit ..."), stays.
(tests/test_extract_round64_readings.py)
"""

from __future__ import annotations

import re

from observatory.extract.drafts import Draft
from observatory.extract.incident_sameness import town_keys
from observatory.extract.incident_sources import MONITOR, OTHER

#: The page's event pointed at by a definite noun: "in the attack", "by the strike", "during the bombardment".
_THE_EVENT = re.compile(r"\b(?:in|by|during|from)\s+the\s+(?:same\s+)?(?:attack|strike|airstrike|air\s+strike|bombing|raid|blast|"
                        r"explosion|shelling|bombardment|assault)\b", re.IGNORECASE)


def claim_line(draft: Draft, drafts: list[Draft], work: str) -> bool:
    """Whether ``draft`` is only another source's figure for the event a monitor-sourced incident of ``drafts`` tells."""
    if not draft.counts or town_keys(draft) or draft.date is not None or draft.timed:
        return False
    if any(draft.source_of(m) != OTHER for m, _ in draft.counts.values()):
        return False
    if not _THE_EVENT.search(work, draft.start, draft.end):
        return False
    return any(d is not draft and any(d.source_of(m) == MONITOR for m, _ in d.counts.values()) for d in drafts)
