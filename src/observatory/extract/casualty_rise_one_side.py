"""A risen toll of no side keeps the side of the dead it raises: "killing at least nine civilians", then "the toll had
climbed to 10 after one of the wounded died in hospital" are ten civilians, not ten of the side the sentence named as
where it happened ("in rebel-held northwest Syria"). Read only where every dead of the incident told before the rise
are of one side, told in an earlier sentence and fewer than the risen toll, and the rise names no group of its own
("put the death toll among the attackers at seven") (tests/test_extract_casualty_rise_one_side.py). A rise told before
its dead only where it rose by a few of the wounded dying ("The death toll ... rose to five on Saturday after a child died
of his wounds", then "killing four civilians on the spot"; round 73).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.totals_wounded_rise import wounded_rise

#: The rise names the group whose toll it is, before its figure: "the death toll among the attackers at seven".
_OWN_GROUP = re.compile(r"\bamong\s+(?:the\s+)?[\w-]+[^.;!?]{0,60}$", re.IGNORECASE)


def risen_side(
    m: Mention, at: int, fallback: str, counts: dict[tuple[str, str], tuple[Mention, int]], text: str
) -> str | None:
    """The one side of the dead told before a risen toll of no side (told in sentence ``at``), where it is not
    ``fallback`` and the rise adds to it; None otherwise."""
    if not m.rose or m.role != KILLED or _OWN_GROUP.search(text, max(0, m.quantity.start - 120), m.quantity.start):
        return None
    dead = [(side, f, told) for (role, side), (f, told) in counts.items() if role == KILLED and f is not m]
    if len(dead) != 1:
        return None
    side, figure, told = dead[0]
    if side in ("unknown", fallback) or told == at or figure.rose or not 0 < figure.value < m.value:
        return None
    if told > at and not (m.value - figure.value <= _FEW and wounded_rise(text[max(0, m.quantity.start - 200):m.quantity.end + 120])):
        return None  # (a rise told first: only "rose to five on Saturday after a child died of his wounds", then "killing four")
    return side


#: How many of the wounded a rise told before its dead may add.
_FEW = 3
