"""A passer-by hurt where the incident's dead are fighters (used by ``core._side_of``; tests in
tests/test_extract_passer_by_hurt.py).

"a drone killed two Hurras al-Din leaders in their car, and a passer-by was wounded by shrapnel", "three SDF fighters
died in the blast. A passerby was slightly hurt": the text names the passer-by by no side and does not call him a
civilian (SCHEMA: affiliation not given -> unknown), and the dead beside him are fighters, so the incident gives him no
side either. Where the dead are civilians ("killing a child, and a passer-by was injured"), where the text calls him
a civilian or a child after ("..., a child aged 12"), where the incident has no dead yet, or where civilians are already counted hurt ("the wounded civilian, a passer-by": the same man told again),
he stays as read; so do "a civilian passer-by", "three passers-by" and a woman hurt (the texts' women are civilians as
often as not).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.models import ARMED_SIDES

#: The words of one hurt passer-by with no side word: "a passer-by", "a passerby", "a bystander".
_PASSER_BY: Final = re.compile(r"(?:an?|one)\s+(?:pass(?:er)?[\s-]?by|passerby|bystander)", re.IGNORECASE)
#: "the wounded civilian, a passer-by": the text calls him a civilian right before.
_CALLED_CIVILIAN: Final = re.compile(r"\bcivilians?\s*,\s*$", re.IGNORECASE)
#: "..., a passer-by was wounded in the shooting, a child aged 12": the text calls him a civilian (or a child) after.
_CIVILIAN_AFTER: Final = re.compile(r"[^.;!?]*?,\s*(?:an?\s+|the\s+)?(?:(?:young|little|elderly|local)\s+)?"
                                    r"(?:civilian|child|boy|girl|teenager|minor|woman|student)\b", re.IGNORECASE)


def passer_by_hurt(m: Mention, sentence: str, start: int, told: set[tuple[str, str]]) -> Mention:
    """``m`` of unknown side where it is one passer-by hurt (its words in ``sentence``, which starts at ``start``) and
    the incident's figures told so far (``told``, (role, side) pairs) have dead fighters and no hurt civilians;
    unchanged otherwise."""
    if m.role != INJURED or m.side != "civilians" or m.value != 1 or m.parent is not None or m.kin:
        return m
    if (INJURED, "civilians") in told or not any(role == KILLED and side in ARMED_SIDES for role, side in told):  # (dead fighters)
        return m
    begin = m.quantity.start - start
    if _PASSER_BY.fullmatch(sentence[begin:m.group_end - start].strip()) is None \
            or _CALLED_CIVILIAN.search(sentence, 0, begin) or _CIVILIAN_AFTER.match(sentence, m.group_end - start):
        return m
    return replace(m, side="unknown", actor=None, nationality=None, generic=False)
