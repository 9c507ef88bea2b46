"""Who some of an incident's dead were, told after its toll (used by ``core._absorb_figures``).

"... the dead were five civilians, seven Iranian-backed fighters and three officers. The Observatory said ... that at
least one of the dead was an 'Iranian expert'": the expert is one of the dead already counted, no more dead, and no
breakdown that replaces the toll (round 72). Read only where the incident has already counted two dead or more, the
sentence names one of them ("one of the dead was", "at least one of the victims is") and tells no rest beside it ("34
of the dead were soldiers, while the other three were civilians" is a breakdown); the sentence's killed figures from
that phrase on are left out, its wounded kept.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import KILLED, Mention

_OF_THE_DEAD: Final = re.compile(r"\b(?:at\s+least\s+)?one\s+of\s+(?:the|those)\s+(?:dead|killed|victims|slain|fatalities)\s+"
                                 r"(?:was|is)\b", re.IGNORECASE)
#: The rest of the dead told beside the one ("..., while the other two were ..."): a breakdown, left to its rules.
_THE_REST: Final = re.compile(r"\b(?:other|others|rest|remaining|second|third|while|whereas)\b", re.IGNORECASE)


def of_the_counted(counts: dict[tuple[str, str], tuple[Mention, int]], generic: list[tuple[Mention, int]],
                   mentions: tuple[Mention, ...], sentence: str, start: int) -> tuple[Mention, ...]:
    """The sentence's figures, less the dead it names as some of the dead the incident has counted."""
    hit = _OF_THE_DEAD.search(sentence)
    if hit is None or _THE_REST.search(sentence, hit.end()) is not None:
        return mentions
    counted = sum(m.value for (role, _), (m, _) in counts.items() if role == KILLED) + \
        sum(m.value for m, _ in generic if m.role == KILLED and not m.quantity.vague)
    if counted < 2:
        return mentions
    cut = start + hit.start()
    return tuple(m for m in mentions if not (m.role == KILLED and m.quantity.start >= cut))
