"""The toll of a fight between two parties counts the dead of both (used by ``totals_builder_sides``).

"The death toll of the fighting that erupted on Monday between local gunmen and the security forces rose to 14",
"Death toll of Jasim clashes with an ISIS cell rises to 11": the bare figure the toll rises to is the dead of both
parties of the fight, not of the one party the clause names that has a side. It takes no side of its own (its parts,
"eight gunmen and six members of the security forces", are the totals). A figure with people of its own ("... rose to
14 regime soldiers") keeps theirs, and so does a party's own toll in a fight ("the death toll of regime forces in the
clashes with HTS rose to 30"): there the words before the fight name whose dead they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from observatory.extract.gates import folded, has_any

#: "(death) toll of/from/in (the) (Place) fighting|clashes|battles ... between|with ... rose to": the fight's own toll,
#: up to the verb of its figure; no figure, full stop or semicolon in between (the figure must be the toll's).
_FIGHT_TOLL: Final = re.compile(r"\btoll\s+(?:of|from|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+)?(?:fighting|clashes|battles|confrontations|"
                                r"infighting)\b[^.;\d]*?\b(?P<how>between|with)\b(?P<parties>[^.;\d]*?)\b(?:rose|risen|rises|climbed|reached|increased)"
                                r"\s+to\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_STEMS: Final = ("toll",)


def fight_toll(work: str, lower: int, figure: int, side_in: Callable[[int, int], str | None]) -> bool:
    """Whether the figure at ``figure`` is the toll of a fight between two parties told in ``work[lower:figure]``
    (``side_in`` gives the side a span names). Not a fight between two groups of one side ("the infighting between the
    Hamza Division and the Sultan Murad Division", "the clashes between HTS and Hurras al-Din"): its dead are that
    side's."""
    if not has_any(folded(work, lower, figure), _STEMS):
        return False
    found = _FIGHT_TOLL.search(work, lower, figure)
    if found is None:
        return False
    return found.group("how").lower() != "between" or not _one_side(found, side_in)


def _one_side(found: re.Match[str], side_in: Callable[[int, int], str | None]) -> bool:
    """The parties named after "between", split at "and", are two or more groups that all name the same side."""
    start = found.start("parties")
    sides = [side_in(start + p.start(), start + p.end()) for p in re.finditer(r"(?:(?!\band\b).)+", found.group("parties"))
             if p.group().strip()]
    return len(sides) >= 2 and None not in sides and len(set(sides)) == 1
