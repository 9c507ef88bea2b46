"""A deadly event named only as the cause a party gave for its campaign: no incident of its own.

"Turkey has been pounding the north since Sunday, after a deadly bombing in X that it blamed on Kurdish militants",
"..., in retaliation for a deadly bombing in X that Ankara blames on the PKK": the event is named as "deadly", with no
toll, no calendar day and no one hurt in the sentence, and only as what a party blamed on its enemy; it is the reason
told for what followed, not an event the report tells. "in response to a bombing in X on November 13 which it blamed
on the PKK" (a calendar day) and "after a bombing that killed six people" (a toll) are left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.dates import MONTH_NAMES

if TYPE_CHECKING:
    from observatory.extract.drafts import SentenceFacts

#: "after a deadly bombing in X that Ankara blamed on", "since the deadly bombing in X earlier this month, which it
#: blames on": the cause, then who blamed it.
_BLAMED_CAUSE = re.compile(
    r"\b(?:after|following|since|in\s+(?:retaliation|response)\s+(?:for|to))\s+(?:a|the)\s+deadly\s+(?:[\w-]+\s+)?"
    r"(?:bombing|attack|blast|explosion|strike)\s+(?:in|on|at)\s+[^.;]{0,60}?[,\s]+(?:that|which)\s+[^.;]{0,40}?"
    r"\bblam(?:ed|es)\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(r"\b(?:" + MONTH_NAMES + r")\s+\d|\b\d{1,2}\s+(?:" + MONTH_NAMES + r")\b", re.IGNORECASE)


def blamed_cause_only(f: SentenceFacts, chunk: str) -> bool:
    """Whether the sentence's kind of event lies only in a deadly event a party blamed on its enemy as the cause of
    what it did, told with no one hurt and no calendar day: the sentence tells no event of its own."""
    if f.mentions or f.type_hit is None:
        return False
    m = _BLAMED_CAUSE.search(chunk)
    if m is None or _MONTH_DAY.search(m.group(0)):
        return False
    at = f.type_hit[1] - f.sentence.start
    return m.start() <= at < m.end()
