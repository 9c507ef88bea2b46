"""A part of a figure read against its whole (tests in tests/test_extract_casualty_parts_of_whole.py).

* "killing two ISIS members, one of them a cell leader": "one of them" is a part of the two, of their side, not of the
  group the sentence names nearest before it (the raiders);
* "seven civilians, including a child, lost their lives and nine others were injured": a breakdown in parentheses ends
  before a death word, so the injury verb of the next clause is not read as the role of the whole (``NO_ROLE_CROSSED``).

Read in ``casualties`` and the modules split from it (``casualty_breakdowns``, ``casualty_sentence_sides``): a
figure in brackets after its verb ("killing (2) members", tests/test_extract_casualty_bracketed_numbers.py); recruits
and conscripts of no side take the group named before them ("a bus of the 11th Division ..., killing five recruits",
tests/test_extract_casualty_numbered_divisions.py); a long apposition that restates a part ("Three men, one of them a
member of the SDF-affiliated ... Council, were killed").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: One character of a breakdown's aside, which may not cross a death word ("..., including an officer, and three
#: fighters dead, while others were injured": the aside ends before "dead").
NO_ROLE_CROSSED = r"(?:(?!\b(?:dead|killed|died|lost\s+their\s+lives)\b)[^;.])"
OF_THEM = re.compile(r"\s*of\s+(?:them|whom)\b", re.IGNORECASE)


def part_of_them(m: Mention, mentions: list[Mention], work: str) -> Mention:
    """"one of them" of no side, a part of a figure of a known side, is of that side; so is "N of whom died" right
    after a figure of the other role ("injuring four civilians, two of whom died later": civilians), not of the doer
    named before (tests/test_extract_casualty_of_whom_died_after_hurt.py)."""
    if m.side is not None and not (m.generic and m.parent is not None) or not OF_THEM.match(work, m.quantity.end, m.group_end + 1):
        return m  # (a part's side read only from the sentence around it is the whole's: "162 regime soldiers: 124 of them
        # were killed in ISIS attacks")
    if m.parent is None:
        before = [p for p in mentions if p.group_end <= m.quantity.start]
        if not before or before[-1].value <= m.value or not re.fullmatch(r"\s*,\s*", work[before[-1].group_end:m.quantity.start]):
            return m
    whole = mentions[m.parent] if m.parent is not None else before[-1]
    if whole.side is None:
        return m
    return replace(m, side=whole.side, actor=whole.actor, nationality=whole.nationality)
