"""A single victim restated as a civilian in an apposition is one civilian, not two victims (SCHEMA: victims the text
calls civilians; tests in tests/test_extract_casualty_civilian_apposed.py).

"unknown gunmen shot dead a tribal elder, a civilian known for settling feuds, ...", "assassinated a school teacher, a
civilian, near his home": "a civilian" restates the victim before it, who is of the civilians; the restatement is no
second casualty. So too "... was killed and his cousin, also a civilian, was wounded": the cousin is the apposition's
one civilian, wounded, not a second dead.

Not read so: a list of victims ("killing a soldier, a civilian and a child", "a man, a civilian, and two children"),
where "a civilian" is one more item; a victim whose words name a side ("a soldier, a civilian ..." is left as told).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention, without

#: Only a comma between the victim and the apposition's "a civilian".
_GAP = re.compile(r",\s+")
#: The apposition's own words: "a civilian" (the figure "a" and its noun).
_CIVILIAN = re.compile(r"an?\s+civilian\b", re.IGNORECASE)
#: What closes the apposition, not a list: a description of the man ("known for", "who worked as", "from the town",
#: "in his forties"), or the end of the clause ("," before a place or time word, "." ";").
_CLOSED = re.compile(r"(?:,?\s+(?:who|known|from|working|living|aged|in\s+(?:his|her)|with)\b|\s*[.;:]|"
                     r",\s+(?:near|in|on|at|outside|inside)\b)", re.IGNORECASE)


def civilian_apposed(mentions: list[Mention], work: str) -> list[Mention]:
    """A victim of no side (or already of the civilians), one, followed by ", a civilian ...": of the civilians, and the
    apposition dropped."""
    mentions = _also_civilian_dropped(mentions, work)
    out = list(mentions)
    gone: set[int] = set()
    for i in range(len(mentions) - 1):
        m, n = mentions[i], mentions[i + 1]
        if m.side not in (None, "unknown", "civilians") or m.value != 1 or m.parent is not None or n.parent is not None:
            continue
        if n.side != "civilians" or n.value != 1 or n.role != m.role or i in gone:
            continue
        if not _GAP.fullmatch(work, m.group_end, n.quantity.start):
            continue
        own = _CIVILIAN.match(work, n.quantity.start, n.group_end)
        if own is not None and _CLOSED.match(work, own.end()):
            out[i] = replace(m, side="civilians", actor=None, nationality=None, generic=False)
            gone.add(i + 1)
    return without(out, gone) if gone else mentions


#: "his brother, also a civilian, was wounded": the restated person's words end on the comma before "also".
_ALSO_GAP = re.compile(r",\s+also\s+", re.IGNORECASE)


def _also_civilian_dropped(mentions: list[Mention], work: str) -> list[Mention]:
    """"... was killed and his brother, also a civilian, was wounded": the brother, told by his kin word alone, is the
    apposition's civilian; his own figure (which took the verb before it) goes, the apposition keeps the verb after it."""
    gone = {i - 1 for i, n in enumerate(mentions)
            if i > 0 and n.side == "civilians" and n.value == 1 and n.parent is None
            and mentions[i - 1].value == 1 and mentions[i - 1].parent is None
            and _ALSO_GAP.fullmatch(work, mentions[i - 1].group_end, n.quantity.start)
            and (own := _CIVILIAN.match(work, n.quantity.start, n.group_end)) is not None
            and work.startswith(",", own.end())}
    return without(mentions, gone) if gone else mentions
