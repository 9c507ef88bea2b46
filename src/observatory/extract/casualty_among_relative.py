"""One of the dead named again in a relative clause: "Pro-government pages mourned a major of the Fourth Division,
who was among the dead", "the convoy was carrying a local commander, who was among those killed".

"The dead" there is the toll the text told before: the person named is one of it, not one more. A figure whose noun
phrase runs (with no other figure, no verb of harm and no sentence break) into ", who was/were among the dead / those
killed / the victims" is dropped when a toll of the dead at least as large was told before it (in the sentences before or
earlier in its own sentence); with no toll told before, the clause is the only word of the death and the figure stays.
It stays too where its own sentence kills it ("gunmen shot dead a teacher, who was among the victims ...": a death of
its own) or where the clause names the dead of an event or kind not told ("among the dead in an attack on ...",
"among the victims of war remnants": no article that points back).

Tests: tests/test_extract_casualty_among_relative.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.mention_sides import KILLED, Mention

#: The rest of the noun phrase, then the relative clause that puts the one named among the dead told before.
_RELATIVE_AMONG = re.compile(r"(?:(?!\b(?:kill|wound|injur|die|shot|hit|struck|killing)\w*)[^.;:!?\d\n]){0,80}?,?\s+"
                             r"(?:who|whom\s+\w+)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:among|amongst)\s+(?:the|those)\s+"
                             r"(?:dead|killed|victims|fatalities|slain)\b"
                             r"(?!\s+(?:of|in|during|from)\s+(?!the\b|this\b|that\b|these\b|those\b|its\b|their\b))",
                             re.IGNORECASE)
#: A verb of death just before the figure: the sentence tells a death of its own ("gunmen shot dead a teacher, who was
#: among the victims of ..."), one more, not one of a toll told before.
_OWN_DEATH = re.compile(r"\b(?:kill(?:ed|ing|s)|shot\s+dead|shooting\s+dead|assassinat(?:ed|ing)|execut(?:ed|ing)|"
                        r"murder(?:ed|ing))(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


def among_relative(mentions: list[Mention], work: str, told: Callable[[], list[Mention]]) -> list[Mention]:
    """``mentions`` less the dead named again by a relative clause "who was among the dead" of a toll told before."""
    cand = {i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None
            and _RELATIVE_AMONG.match(work, m.group_end)
            and not _OWN_DEATH.search(work[max(0, m.group_start - 40):m.group_start])}
    if not cand or any(m.parent is not None for m in mentions):
        return mentions  # (a breakdown's links are by place in the list)
    before = [m for m in told() if m.role == KILLED and m.parent is None and not m.quantity.vague]
    gone = set()
    for i in cand:
        earlier = [m for m in mentions[:i] if m.role == KILLED and m.parent is None and not m.quantity.vague]
        if any(p.value >= mentions[i].value for p in before + earlier):
            gone.add(i)
    if not gone:
        return mentions
    return [m for i, m in enumerate(mentions) if i not in gone]
