"""The first figure of no side that a risen toll with a side replaces (used by ``assemble``).

"A bomb killed at least six people ... Later three of the wounded died, raising the death toll to nine civilians", "A
man wounded in yesterday's blast died today, bringing the death toll of the blast to four civilians": the dead of no
side told before the risen toll, or in its own sentence, are among the risen toll's dead; they are the toll as first
told (or the one who died), not more dead of an unknown side. They go when they are no more than the risen toll
(tests in tests/test_extract_casualty_risen_sideless.py). A figure of no side told after the rise, or larger than
it, stays.
"""

from __future__ import annotations

from observatory.extract.mention_sides import KILLED, Mention

_SIDELESS = (KILLED, "unknown")


def drop_sideless_before_rise(figures: dict[tuple[str, str], Mention],
                              told_at: dict[tuple[str, str], int]) -> dict[tuple[str, str], Mention]:
    """The incident's figures without a dead of no side that a later (or same-sentence) risen toll of a side covers."""
    sideless = figures.get(_SIDELESS)
    if sideless is None or sideless.rose or sideless.quantity.vague:
        return figures
    at = told_at.get(_SIDELESS, -1)
    risen = [m for (role, side), m in figures.items()
             if role == KILLED and side != "unknown" and m.rose and told_at.get((role, side), -1) >= at]
    if not risen or sideless.value > sum(m.value for m in risen):
        return figures
    return {key: m for key, m in figures.items() if key != _SIDELESS}
