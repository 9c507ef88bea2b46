"""A day's country-wide toll closed by a colon, whose lines tell its events one by one.

"SOHR documented the death of 11 people across Syrian territory on Tuesday, as follows:" followed by lines such as
"- A civilian was shot dead by gunmen in X." or "Raqqa: Three SDF members were killed in a drone strike near X." (a
side's header of a bare count, "Civilians: 5", may come first): each line tells one incident of that day, as after a day's
toll that ends in a full stop. Lines that only count a side's dead ("Civilians: 9, including two children:", "- Four,
including a child, killed by shelling on X", "11 civilians: four of them were killed ...") keep the block a block of
statistics.
"""

from __future__ import annotations

import re

from observatory.extract.totals_sentences import nationwide_day

#: A side's header with its bare count, on a line of its own ("Civilians: 5").
_SIDE_COUNT = re.compile(r"[A-Z][\w '’-]{2,40}:\s*\d+\s*$")
#: A line that narrates one event: a bullet or a province's label, then its victims as subject of a passive verb of
#: death ("- Two regime soldiers were killed when ...", "Aleppo: A man was shot dead by ...").
_NARRATED_LINE = re.compile(
    r"(?:[-•]\s*|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?:\s+)(?:[\w'’\"“”-]+\s+){1,8}?(?:was|were)\s+"
    r"(?:(?:also|reportedly)\s+)?(?:killed|shot|assassinated|murdered|slaughtered|executed)\b"
)


def narrated_day(work: str, chunk: str, end: int) -> bool:
    """The sentence ``chunk`` (ending at ``end``) is a day's country-wide toll closed by a colon, and the first line
    after it (past a side's bare count) narrates one event: the lines are that day's incidents."""
    head = chunk.rstrip()
    if not head.endswith(":") or not nationwide_day(head[:-1]):
        return False
    lines = [line.strip() for line in work[end : end + 600].split("\n") if line.strip()]
    first = next((line for line in lines[:2] if not _SIDE_COUNT.match(line)), "")
    return _NARRATED_LINE.match(first) is not None
