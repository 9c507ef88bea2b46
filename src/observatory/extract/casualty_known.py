"""The parts a toll was broken down into when first told, for a later sentence that restates the rest of it.

* "At least 15 people, including six soldiers, were killed ... nine of the dead are civilians": the six soldiers are
  already a known part of the fifteen, so the nine civilians leave nothing over for the toll's own side
  (``known_parts``, used by ``casualty_restated.rest_of_whole`` and ``casualty_rest.dead_split``);
* "The dead included two civilians and a soldier. The remaining 12 were ...": the figures told after the whole are
  known parts too (``parts_told_after``).

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
    return sum(m.value for m in told if m.parent == at and _other_dead(m, whole, sides))  # ("an officer of the regime's")


def parts_told_after(whole: Mention, told: list[Mention], sides: set[str | None]) -> int:
    """The dead of other sides than the whole's (and than ``sides``) told as figures of their own after ``whole`` in the
    sentences before: the parts a "The remaining 12 were ..." sentence leaves out of the rest ("The dead included two
    civilians and a soldier."; ``casualty_rest.dead_split``, round 59)."""
    at = next((i for i, m in enumerate(told) if m is whole), None)
    if at is None:
        return 0
    return sum(m.value for m in told[at + 1:] if m.parent is None and _other_dead(m, whole, sides))


def _other_dead(m: Mention, whole: Mention, sides: set[str | None]) -> bool:
    """``m`` counts dead of a named side other than the whole's and than ``sides``."""
    return m.role == KILLED and not m.quantity.vague and m.side not in (None, "unknown", whole.side) and m.side not in sides
