"""Parts of a total that no total of that side can hold (used by ``totals.TotalsBuilder._take``).

The casualty reading links every figure of an "including" list to the whole before it. In a statistics line the list
often runs on past the whole's parts into the next sides of the block: "1,009 regime soldiers and members of loyal
militias, including at least two Russians and 164 Iranian-backed militiamen of non-Syrian nationalities, 451 ISIS
members, and 102 civilians". A part of a side that cannot be among the whole's dead (ISIS members among regime
soldiers, SDF fighters among civilians) is a line of the block of its own, not a part (``own_lines``). Parts a whole
can hold stay parts: Russians and Iranian-backed militiamen of a regime total, children or shepherds of civilians,
anyone of a whole of no side ("people", "persons"), and a share told by its pronoun ("nine members, six of them in
Russian airstrikes": whoever the casualty reading took the killer's side for).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.text import OF_THEM_OR_WHOM

#: A whole of no noun of its own, or of people of no side ("87:", "53 people").
_UNNAMED = re.compile(r"\W*(?:(?:people|persons|individuals|victims|fatalities|deaths|dead)\b.*)?$", re.IGNORECASE | re.DOTALL)
#: The sides whose people a total of a side may count among its dead (its own side always).
_HELD: Final[dict[str, frozenset[str]]] = {
    "regime": frozenset({"russia", "pro_iran_foreign"}),
    "pro_iran_foreign": frozenset({"regime"}),
    "hts_rebels": frozenset({"turkey_factions"}),
    "turkey_factions": frozenset({"hts_rebels"}),
}
#: Sides of combatant groups or civilians that are never a part of another side's dead (but see ``_HELD``).
_OWN_SIDES: Final = frozenset({"isis", "sdf", "hts_rebels", "turkey_factions", "coalition", "civilians", "regime", "russia",
                               "pro_iran_foreign"})


def own_lines(work: str, mentions: list[Mention]) -> list[Mention]:
    """Parts linked to a whole of a named side that cannot hold them are figures of their own. A whole whose side its
    own words do not name ("rises to 87: ...", "53 people ... during the truffle season") holds anyone."""
    if not any(m.parent is not None for m in mentions):
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is None or m.side is None or m.side not in _OWN_SIDES or m.label is not None:
            continue
        whole = mentions[m.parent]
        if whole.side in (None, "unknown") or whole.side == m.side or m.side in _HELD.get(whole.side, frozenset()):
            continue
        if whole.generic or _UNNAMED.match(work, whole.quantity.end, max(whole.quantity.end, whole.group_end)):
            continue  # (the side came from the words around the figure, not from its own)
        if OF_THEM_OR_WHOM.match(work, m.quantity.end):
            continue  # ("nine members, six of them in Russian airstrikes": a share of the whole, whoever killed them)
        out[i] = replace(m, parent=None)
    return out
