"""The first figure of no side that a risen toll with a side replaces (used by ``assemble``).

"A bomb killed at least six people ... Later three of the wounded died, raising the death toll to nine civilians", "A
man wounded in yesterday's blast died today, bringing the death toll of the blast to four civilians": the dead of no
side told before the risen toll, or in its own sentence, are among the risen toll's dead; they are the toll as first
told (or the one who died), not more dead of an unknown side. They go when they are no more than the risen toll
(tests in tests/test_extract_casualty_risen_sideless.py). A figure of no side told after the rise, or larger than
it, stays, and so does one beside a rise of one group's toll only ("killing four people and three soldiers ... the toll
of the soldiers rose to six": the four are not among the six), and the rest a breakdown left of a whole.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import parse_quantity

_SIDELESS = (KILLED, "unknown")
#: A rise of one group's toll ("the toll of the soldiers rose to", "the number of dead among the fighters reached").
_GROUP_TOLL = re.compile(r"\b(?:toll|number(?:\s+of\s+(?:the\s+)?(?:dead|deaths|killed))?)\s+(?:of|among)\s+(?:the\s+)?+"
                         r"(?!dead\b|deaths\b|victims\b|people\b|killed\b|attack\b|blast\b|strike\b|bombing\b|explosion\b)"
                         r"[\w-]+[^.;]{0,40}$", re.IGNORECASE)


def drop_sideless_before_rise(figures: dict[tuple[str, str], Mention], told_at: dict[tuple[str, str], int],
                              text: str = "") -> dict[tuple[str, str], Mention]:
    """The incident's figures without a dead of no side that a later (or same-sentence) risen toll of a side covers."""
    sideless = figures.get(_SIDELESS)
    if sideless is None or sideless.rose or sideless.quantity.vague or _rest_of_whole(sideless):
        return figures
    at = told_at.get(_SIDELESS, -1)
    risen = [m for (role, side), m in figures.items()
             if role == KILLED and side != "unknown" and m.rose and told_at.get((role, side), -1) >= at
             and not _GROUP_TOLL.search(text, max(0, m.quantity.start - 80), m.quantity.start)]
    if not risen or sideless.value > sum(m.value for m in risen):
        return figures
    return {key: m for key, m in figures.items() if key != _SIDELESS}


def _rest_of_whole(sideless: Mention) -> bool:
    """The figure is what the parts told after a whole leave of it ("killing six people", then "those killed included a
    child and two pilgrims": three), not the whole as first told (its words state more than it counts; round 66)."""
    told = parse_quantity(sideless.quantity.text)
    return told is not None and told.value > sideless.value
