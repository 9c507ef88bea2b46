""""Three members of the division, including an officer, were killed and two others were injured": the hurt "others"
joined by "and" to the dead of the same clause are of the dead's side, also when only a late pass gave the dead that
side (the title's figure: "Six employees ... were killed" under "Gunmen kill six oil workers", "14 people" under
"Ambush kills 14 regime soldiers"); ``casualties._unowned_others`` would leave them of no known side.

Not read: others after dead of two sides in their clause ("two soldiers and a civilian were killed and four others
were wounded"), after dead of no known side, others in a clause of their own ("..., while five others were hurt"), and
vague others ("several others", kept as a phrase).

Tests: tests/test_extract_casualty_dead_and_others.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import CLAUSE_BREAK, INJURED, KILLED, Mention

#: Between the dead's words and the others' figure: an optional breakdown in commas, the verb of death, then "and".
_DEAD_AND = re.compile(r"(?:\s*,\s*(?:including|among\s+them)\s[^,.;:]{1,60},)?\s*(?:(?:were|was|had\s+been|have\s+been|are)\s+)?"
                       r"(?:(?:killed|dead|died|lost\s+their\s+lives)(?:\s+instantly)?)\s+and\s+", re.IGNORECASE)
#: The others' own words: "two others were injured", "seven others wounded".
_OTHERS_HURT = re.compile(r"\s+others?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b",
                          re.IGNORECASE)
#: What ends a clause between two figures: ``mention_sides.CLAUSE_BREAK`` or a colon.
_BREAK = re.compile(rf"{CLAUSE_BREAK.pattern}|:", re.IGNORECASE)


def dead_and_others(mentions: list[Mention], work: str) -> list[Mention]:
    """Each hurt "others" of no known side (or none yet) right after "<dead> were killed and" takes the dead's side,
    when every dead figure of their clause is of that one side."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.role != INJURED or m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague:
            continue
        dead = _dead_of_clause(out[:i], m, work)
        if dead is not None:
            out[i] = replace(m, side=dead.side, actor=dead.actor, nationality=dead.nationality, generic=False, context=False)
    return out


def _dead_of_clause(before: list[Mention], m: Mention, work: str) -> Mention | None:
    """The figure whose dead ``m`` (others) are joined to, when all the dead of its clause share its known side."""
    wholes = [p for p in before if p.parent is None]
    if not wholes or not _OTHERS_HURT.match(work, m.quantity.end):
        return None
    last = wholes[-1]
    if last.role != KILLED or last.side in (None, "unknown") or not _DEAD_AND.fullmatch(work, last.group_end, m.quantity.start):
        return None
    breaks = [b.end() for b in _BREAK.finditer(work, wholes[0].quantity.start, last.quantity.start)]
    clause = [p for p in wholes if not breaks or p.quantity.start >= breaks[-1]]
    return last if all(p.side == last.side for p in clause) else None
