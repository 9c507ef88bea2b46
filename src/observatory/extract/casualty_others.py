"""Wounded "others" whose side is the context's, as the dead told before them are.

* "Eight of them were killed and five others were wounded", "three were killed and four others were injured": the others
  after dead of no named side (the side the incident gives) are of that same side, not of no known side (in
  ``casualties._unowned_others``).
* "The toll ... has risen to five. Four others are still receiving treatment": the others opening the next sentence after a
  figure of no named side share the context's side too, and the wounded still treated beside a risen toll are the latest
  injured figure (they replace a larger one told before, as ``casualty_rises.still_treated`` does in one sentence).
* "killing two Syrian men who worked for Hezbollah and injuring a third": "a third" follows the side the group the men
  worked for gives them (``ordinal_follows``).
* "besides these five dead, nine others were hurt": dead restated with "these"/"the" are the toll told before, whose
  side the others need not share; they stay of no known side (``restated_figure``).

Also read in ``casualties`` (tests/test_extract_casualty_casualties_split.py): "leaving seven casualties: two
soldiers were killed, while five others were wounded": after "casualties:" a figure with a verb of its own takes that role.

(tests/test_extract_casualty_other_fighters.py) "Four other fighters were injured" after "three fighters and a
civilian woman were killed": fighters are not of the civilians' side; the civilians told before give them none
(``armed_others``).

Tests: tests/test_extract_casualty_context_others.py, tests/test_extract_casualty_ordinal_follows.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_rises import STILL_TREATED
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import ORDINAL_ONE_RE


def context_others(told: list[Mention], mentions: list[Mention], work: str) -> list[Mention]:
    """The first of ``mentions`` ("N others" opening a sentence) when the sentence before told only figures of no named
    side: of the context's side (kept sideless, marked ``context`` so that it is not made "unknown"), and the latest injured
    figure when it is still treated after a risen toll."""
    wholes = [m for m in told if m.parent is None and not m.quantity.vague]
    if not mentions or mentions[0].side is not None:
        return mentions
    armed = _ARMED_OTHERS.match(work, mentions[0].quantity.end) is not None  # ("four other fighters": not the civilians')
    if not wholes or any(m.side is not None and not (armed and m.side == "civilians") for m in told):
        return mentions
    first = mentions[0]
    rose = first.role != KILLED and any(m.rose and m.role == KILLED for m in wholes) \
        and STILL_TREATED.match(work, first.group_end) is not None
    return [replace(first, context=True, rose=first.rose or rose), *mentions[1:]]


def ordinal_follows(before: list[Mention], after: list[Mention]) -> list[Mention]:
    """"killing two Syrian men who worked for Hezbollah and injuring a third": "a third" (one more of those counted
    before it) took the side the first figure had; when a later pass re-reads that figure's side (the group the men
    worked for), the third follows it."""
    out = list(after)
    if len(before) != len(after):
        return out
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if ORDINAL_ONE_RE.fullmatch(m.quantity.text.strip()) and before[i - 1].side != prev.side \
                and before[i].side == before[i - 1].side and prev.side != m.side and m.parent is None and prev.parent is None:
            out[i] = m.sided_like(prev)
    return out


_DEMONSTRATIVE = re.compile(r"\b(?:these|those|the)\s+$", re.IGNORECASE)


def restated_figure(work: str, m: Mention) -> bool:
    """Whether the figure is said again with "these"/"those"/"the" before it ("these eight killed"): a toll told before."""
    return _DEMONSTRATIVE.search(work, max(0, m.quantity.start - 8), m.quantity.start) is not None


#: "other fighters", "others members": combatants, whom no civilians' figure gives a side.
_ARMED_OTHERS = re.compile(r"\s+other\s+(?:[\w'-]+\s+){0,2}?(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen|"
                           r"troops|elements)\b", re.IGNORECASE)


def armed_others(before: list[Mention], others: Mention, work: str) -> list[Mention]:
    """The figures told before that may give "N other fighters" their side: not the civilians' (see module doc)."""
    if not before or before[-1].side != "civilians" or not _ARMED_OTHERS.match(work, others.quantity.end):
        return before
    return [b for b in before if b.side != "civilians"]
