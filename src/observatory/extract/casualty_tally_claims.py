"""A claimant's tally of many events over a period is no restatement of the event told before it.

A claimant's figure that conflicts with a toll the text gave is dropped as an account of the same event
(``casualty_claims``). A rescuer, a ministry or a news agency that counts many events over a period ("The civil
defence said its teams responded to 312 attacks since the beginning of the year, which killed 29 civilians") speaks
of all of them, not of the event told before: its figures stay, for the totals to read. Both must be said: a count of
two or more events ("312 attacks", "43 drone strikes", "dozens of raids") and a period they fall in ("since the
beginning of the year", "since early 2024", "in the past ten days", "during March").
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import PLURAL_WORD

#: Two or more events counted: "312 attacks", "43 regime drone attacks", "dozens of raids".
_EVENTS_COUNTED = re.compile(
    r"(?:\b\d[\d,]*|\b" + PLURAL_WORD + r"|\b(?:dozens|hundreds|scores)\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|strikes|airstrikes|air\s+strikes|raids|bombings|explosions|assassinations|operations|"
    r"shellings|ambushes)\b",
    re.IGNORECASE,
)
#: The period they fall in: "since the beginning of the year", "since early 2024", "since March", "in the past ten days",
#: "during May", "so far this year".
_PERIOD = re.compile(
    r"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the\s+)?(?:year|month|(?:19|20)\d\d)|early\s+(?:19|20)\d\d|"
    r"(?:" + MONTH_NAMES + r")\b)|\b(?:in|during|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months)\b|"
    r"\bduring\s+(?:" + MONTH_NAMES + r")\b|\bso\s+far\s+this\s+year\b",
    re.IGNORECASE,
)


def tally_of_events(text: str) -> bool:
    """Whether the sentence counts two or more events over a period: the claimant speaks of them all."""
    return _EVENTS_COUNTED.search(text) is not None and _PERIOD.search(text) is not None
