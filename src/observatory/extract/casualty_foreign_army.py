"""Soldiers of a neighbouring country's army hurt or killed on its own side of the border: "a Jordanian army captain was
killed and three soldiers were wounded in a clash with smugglers", "One Jordanian soldier was wounded".

Jordan's army is no party of the Syrian war and has no side among the victims' labels: its dead and wounded are no
one's count, and the lexicon's reading of a bare "soldier" as the regime's army must not take them (``without_foreign_army``).
The figures that follow such a figure in the same sentence with no army of their own ("three soldiers", "another",
"two others") are the same army's men. The people its guards shoot ("killed by Jordanian border guards") are not its
soldiers and keep their side.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention, without

#: The figure's own words name the army's men: "Jordanian soldier", "Jordanian army captain", "Jordanian border guards".
_FOREIGN_SOLDIERS = re.compile(
    r"\s*(?:other\s+)?Jordanian\s+(?:(?:army|military|armed\s+forces|border)\s+)?"
    r"(?:soldiers?|officers?|captains?|lieutenants?|sergeants?|troops|servicem[ae]n|"
    r"personnel|guards?|border\s+guards?)\b",
    re.IGNORECASE,
)
#: A later figure with no army of its own: "three soldiers", "another", "two others", "five more".
_SAME_MEN = re.compile(
    r"\s*(?:other\s+|more\s+)?(?:soldiers?|officers?|troops|servicem[ae]n|others?|more)?\s*$", re.IGNORECASE
)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")


def _foreign(m: Mention, work: str) -> bool:
    """The figure counts the foreign army's own men."""
    return _FOREIGN_SOLDIERS.match(work, m.quantity.end) is not None


def _same_men(m: Mention, work: str, after: int) -> bool:
    """A figure later in the sentence than ``after`` that names no army or people of its own."""
    if m.quantity.start < after or _SENTENCE_BREAK.search(work, after, m.quantity.start):
        return False
    return _SAME_MEN.match(work[m.quantity.end : m.group_end]) is not None


def without_foreign_army(mentions: list[Mention], work: str) -> list[Mention]:
    """The figures less those of a neighbouring country's soldiers and the bare figures after them (see module doc)."""
    if not any(_foreign(m, work) for m in mentions):
        return mentions
    gone: set[int] = set()
    after: int | None = None
    for i, m in enumerate(mentions):
        if _foreign(m, work) or m.parent in gone:
            after = m.group_end if m.parent is None else after
            gone.add(i)
        elif after is not None and m.parent is None and _same_men(m, work, after):
            after = m.group_end
            gone.add(i)
    return without(mentions, gone)
