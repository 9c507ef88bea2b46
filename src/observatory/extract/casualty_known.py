"""The parts a toll was broken down into when first told, for a later sentence that restates the rest of it.

* "At least 15 people, including six soldiers, were killed ... nine of the dead are civilians": the six soldiers are
  already a known part of the fifteen, so the nine civilians leave nothing over for the toll's own side
  (``known_parts``, used by ``casualty_restated.rest_of_whole`` and ``casualty_rest.dead_split``).

Tests: tests/test_extract_casualty_rest_of_broken_down_toll.py.
"""

from __future__ import annotations

from observatory.extract.mention_sides import KILLED, Mention


def known_parts(whole: Mention, told: list[Mention], sides: set[str | None]) -> int:
    """The dead of other sides than the whole's (and than ``sides``, the sides restated now) that ``whole`` was broken
    down into where it was told (its children in ``told``, the figures of the sentences before)."""
    at = next((i for i, m in enumerate(told) if m is whole), None)
    if at is None:
        return 0
    return sum(m.value for m in told if m.parent == at and m.role == KILLED and not m.label and not m.quantity.vague
               and m.side not in (None, "unknown", whole.side) and m.side not in sides)
