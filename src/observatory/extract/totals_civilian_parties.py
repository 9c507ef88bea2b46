"""A toll of civilians split by labelled lines that name armed parties: the labels are who killed them (used by
``totals.TotalsBuilder``).

"The report documents the killing of 98 civilians ... The death toll was distributed as follows:" then "Syrian regime
forces: 29", "Russian forces: 4", "Other parties: 47": a header that names no side but civilians and gives no figure,
right after a toll whose only side is civilians, opens a list by perpetrator even where it does not say "by
perpetrator" ("The report attributed the deaths as follows:", "distributed the civilian death toll by the parties to
the conflict as follows:"). Civilians are no armed party, so an armed party named as a line's label under a
civilian-only toll can only be who killed them. Not such a list: a block that has already told the dead of an armed
side ("64 civilians and 31 soldiers ... as follows:"), a header about combatants ("the toll of combatants was broken
up as follows:", "the military death toll ...", "the death toll among the warring parties ..."), a list that has a
line of the civilians' own ("Civilians: 98" beside "Regime forces: 40": each side's own dead, read in ``totals``),
and a line whose label names no party ("Aleppo: 30": a place, read as before).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.models import CumulativeClaim

#: A header about armed people: its lines are their dead, not the civilians' killers.
_COMBATANTS: Final = re.compile(r"\b(?:combatants?|fighters?|soldiers?|troops|militants?|militiam[ae]n|gunmen|members|servicem[ae]n|military|"
                                r"among\s+(?:the\s+)?(?:warring\s+|armed\s+|fighting\s+)?(?:parties|sides|forces))\b", re.IGNORECASE)


def civilian_toll_by_party(claims: list[CumulativeClaim], header: str, header_side: str | None, header_figure: bool) -> bool:
    """Whether a list header (``header``, naming ``header_side`` and telling a figure when ``header_figure``) opens,
    after ``claims``, the killers of a toll whose only side is civilians: the header names no side but civilians, no
    figure and no combatants; the last claim is a plain toll of civilians and no claim of its period is of another side."""
    if header_side not in (None, "civilians") or header_figure or not claims or _COMBATANTS.search(header):
        return False
    last = claims[-1]
    if last.side != "civilians" or last.region is not None or last.perpetrator is not None:
        return False
    period = (last.since, last.until)
    return all(c.side == "civilians" for c in claims if (c.since, c.until) == period)
