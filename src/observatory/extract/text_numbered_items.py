"""List items numbered with a hyphen ("1- 11 civilians, including two children"), read as items numbered with a stop.

A list whose lines open with "1- ", "2- ", ... numbers its items as "1. ", "2. " do; but "1- 11" reads as a range or
a figure joined to its number. In the working copy the hyphen of such a marker becomes a stop (same length), so the
line is a list item and its figure the one after the marker. Only a list of two or more such lines is read so, and
only a marker followed by a space ("22-11-2022" on a line of its own is a date, not an item).

A list whose lines open with letters in turn ("A. Syrian regime forces: 1,136 civilians", "B. Russian forces: 234
civilians", "C) ISIS: 12 civilians") is a list of items as well: each letter marker becomes a bullet ("- ", same length).
Only where two or more lines open so with the letters from "A" on in order ("A. Smith said" alone is a name).
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


_LETTER = re.compile(r"(?m)^([ ]*)([A-Z])[.)](?=[ ]+\S)")


def lettered_items(work: str) -> str:
    """``work`` with each line-opening letter marker of a lettered list ("A. ", "B) ") made a bullet ("- ")."""
    marks = list(_LETTER.finditer(work))
    if len(marks) < 2 or marks[0].group(2) != "A":
        return work
    run = [marks[0]]
    for m in marks[1:]:
        if ord(m.group(2)) == ord(run[-1].group(2)) + 1:
            run.append(m)
    if len(run) < 2:
        return work
    chars = list(work)
    for m in run:
        chars[m.start(2)], chars[m.start(2) + 1] = "-", " "
    return "".join(chars)
