"""A household told as one list before its verb: "A man, his wife and their three children were killed".

The first person ("a man") is read before the verb that gives the list its role, and the next figure ("three
children") is cut off from him by a relative ("his wife"); the relative joins the two into one list, so the first
person waits for the role of the last like any coordinated figure (tests/test_extract_casualty_household_list.py).
Not where the person restates a figure told right before him ("five members - a man, his wife and ..."): he is a part
of that whole, not one more casualty; nor in a sentence that tells a murder ("... were found murdered"), whose victims
are of no side the text gives (SCHEMA), so the list is left as it was read; nor where the list is who did it ("A man,
his son and two other gunmen killed three civilians": a verb of their own that takes an object), for those are no
victims of the verb after them.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_roles import KIN_BETWEEN
from observatory.extract.numbers import Quantity

#: Only a dash, colon or comma between a figure and the next: the next restates the figure (an apposition).
_APPOSED_TO_LAST = re.compile(r"\s*[-\u2013\u2014:,]?\s*")
#: A murder told in the rest of the sentence.
_MURDER = re.compile(r"[^.!?\n]*?\b(?:murder|strangl|stabb|slaughter)", re.IGNORECASE)

#: The list's own active verb with an object ("... two other gunmen killed three civilians"): the list did it.
_ACTING = re.compile(r"(?:(?!\b(?:were|was|been|are|is|got)\b)[^.!?\n,;])*?\b"
                     r"(?:killed|shot|attacked|wounded|injured|kidnapped|abducted|stormed|executed)\s+"
                     r"(?!by\b|in\b|on\b|at\b|when\b|while\b|after\b|during\b|near\b|as\b|and\b|or\b)\w", re.IGNORECASE)


def kin_list_head(work: str, q: Quantity, g_end: int, limit: int, last_end: int | None) -> bool:
    """Whether the figure ``q`` (its words ending at ``g_end``) opens a household list whose next figure starts at
    ``limit`` ("A man, his wife and their two children"), and is not a part of the figure whose words end at
    ``last_end`` (the one read just before it, if any)."""
    if KIN_BETWEEN.fullmatch(work, g_end, limit) is None or _MURDER.match(work, limit) or _ACTING.match(work, limit):
        return False
    return last_end is None or last_end > q.start or _APPOSED_TO_LAST.fullmatch(work, last_end, q.start) is None
