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
from typing import Final

from observatory.extract.gates import folded, has_any

#: "(death) toll of/from/in (the) (Place) fighting|clashes|battles ... between|with ... rose to": the fight's own toll,
#: up to the verb of its figure; no figure, full stop or semicolon in between (the figure must be the toll's).
_FIGHT_TOLL: Final = re.compile(r"\btoll\s+(?:of|from|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+)?(?:fighting|clashes|battles|confrontations|"
                                r"infighting)\b[^.;\d]*?\b(?:between|with)\b[^.;\d]*?\b(?:rose|risen|rises|climbed|reached|increased)"
                                r"\s+to\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_STEMS: Final = ("toll",)


def fight_toll(work: str, lower: int, figure: int) -> bool:
    """Whether the figure at ``figure`` is the toll of a fight between two parties told in ``work[lower:figure]``."""
    if not has_any(folded(work, lower, figure), _STEMS):
        return False
    return _FIGHT_TOLL.search(work, lower, figure) is not None
