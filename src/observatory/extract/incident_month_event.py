"""One earlier event told with only its month ("Also in June, a U.S. strike on a car in Idlib city killed two senior
figures", "In February, an ambush near X killed six soldiers"): "a strike", "an ambush" is one event with its own
toll, so the sentence is an incident, not a total of the month, and another one than the incident told before it
(unless that one is dated in the same month).
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES

_MONTH_EVENT = re.compile(
    r"\s*(?:Also\s+)?In\s+(?:early\s+|late\s+|mid-)?(?P<month>" + MONTH_NAMES + r")(?:\s+(?:19|20)\d\d)?,\s+"
    r"(?:a|an)\s+(?:[\w.'-]+\s+){0,3}?(?:strike|airstrike|air\s+strike|drone\s+strike|attack|bombing|"
    r"explosion|ambush|raid|car\s+bomb)\b[^.;]*?\bkill(?:ed|ing)\b",
    re.IGNORECASE,
)


def month_event(chunk: str) -> bool:
    """Whether the sentence opens with a month and tells one event ("a strike", "an ambush") that killed someone."""
    return _MONTH_EVENT.match(chunk) is not None


def month_of(chunk: str) -> str:
    """The month (lower case) a sentence read by :func:`month_event` opens with, or "" when it opens with none."""
    m = _MONTH_EVENT.match(chunk)
    return m.group("month").lower() if m else ""
