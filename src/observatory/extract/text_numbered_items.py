"""List items numbered with a hyphen ("1- 11 civilians, including two children"), read as items numbered with a stop.

A list whose lines open with "1- ", "2- ", ... numbers its items as "1. ", "2. " do; but "1- 11" reads as a range or
a figure joined to its number. In the working copy the hyphen of such a marker becomes a stop (same length), so the
line is a list item and its figure the one after the marker. Only a list of two or more such lines is read so, and
only a marker followed by a space ("22-11-2022" on a line of its own is a date, not an item).
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"(?m)^([ ]*\d{1,2})-(?=[ ]+\S)")


def numbered_items(work: str) -> str:
    """``work`` with the hyphen after each line-opening item number of a numbered list made a stop."""
    if "-" not in work:
        return work
    marks = list(_MARKER.finditer(work))
    if len(marks) < 2:
        return work
    chars = list(work)
    for m in marks:
        chars[m.end(1)] = "."
    return "".join(chars)
