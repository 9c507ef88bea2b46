"""A household told as one list before its verb: "A man, his wife and their three children were killed".

The first person ("a man") is read before the verb that gives the list its role, and the next figure ("three
children") is cut off from him by a relative ("his wife"); the relative joins the two into one list, so the first
person waits for the role of the last like any coordinated figure (tests/test_extract_casualty_household_list.py).
Not where the person restates a figure told right before him ("five members - a man, his wife and ..."): he is a part
of that whole, not one more casualty; nor in a sentence that tells a murder ("... were found murdered"), whose victims
are of no side the text gives (SCHEMA), so the list is left as it was read.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_roles import KIN_BETWEEN
from observatory.extract.numbers import Quantity

#: Only a dash, colon or comma between a figure and the next: the next restates the figure (an apposition).
_APPOSED_TO_LAST = re.compile(r"\s*[-\u2013\u2014:,]?\s*")
#: A murder told in the rest of the sentence.
_MURDER = re.compile(r"[^.!?\n]*?\b(?:murder|strangl|stabb|slaughter)", re.IGNORECASE)


def kin_list_head(work: str, q: Quantity, g_end: int, limit: int, last_end: int | None) -> bool:
    """Whether the figure ``q`` (its words ending at ``g_end``) opens a household list whose next figure starts at
    ``limit`` ("A man, his wife and their two children"), and is not a part of the figure whose words end at
    ``last_end`` (the one read just before it, if any)."""
    if KIN_BETWEEN.fullmatch(work, g_end, limit) is None or _MURDER.match(work, limit):
        return False
    return last_end is None or last_end > q.start or _APPOSED_TO_LAST.fullmatch(work, last_end, q.start) is None
