"""How one sentence's figures meet the figures an incident has already taken (used by ``core._absorb``;
tests in tests/test_extract_casualty_restated_whole_parts.py).

* A whole told before and restated with a breakdown by side ("killed 23 pro-Iran fighters ... '23 pro-Iran fighters
  were killed, among them six Syrians'"): the whole, less the parts of other sides, replaces the whole told before
  (``broken_down_wholes`` gives the wholes a sentence breaks down, by where their number stands).
* Figures of one side in one sentence that together outgrow the figure an earlier sentence gave that side ("Man and his
  wife killed" over "killing a civilian man and his wife"): their sum is the side's figure (``add_up``).
* "also" in a sentence that says who the dead were ("killing seven people. The dead were three soldiers and four
  militiamen, adding that the strikes also destroyed a depot") tells of more damage, not more dead (``more_dead``;
  tests in tests/test_extract_casualty_restated_also.py).
"""

from __future__ import annotations

from dataclasses import replace

from observatory.extract.casualty_restated import RESTATING
from observatory.extract.mention_sides import Mention


def more_dead(sentence: str, also: bool) -> bool:
    """Whether a sentence with "also" (``also``: the incident splitter's cue for more of the same) adds to the dead told
    before: not when it restates who the dead were ("the dead were ...", "nine of the dead are civilians")."""
    return also and RESTATING.search(sentence) is None


def broken_down_wholes(mentions: tuple[Mention, ...]) -> dict[int, int]:
    """The figures of a sentence that parts of another side break down: where the number stands -> the value as told."""
    out: dict[int, int] = {}
    for m in mentions:
        if m.parent is None or not 0 <= m.parent < len(mentions) or m.side is None:
            continue
        whole = mentions[m.parent]
        if whole.side is not None and whole.side != m.side and not m.label and not whole.quantity.vague:
            out[whole.quantity.start] = whole.value
    return out


def add_up(first: Mention, m: Mention) -> Mention:
    """Two figures of one side told in one sentence, as one."""
    return replace(first, quantity=replace(first.quantity, value=first.value + m.value, end=m.quantity.end),
                   group_end=m.group_end, parent=None)
