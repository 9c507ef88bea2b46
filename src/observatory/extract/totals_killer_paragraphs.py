"""A paragraph that goes on with a period's toll of civilians by who killed them (used by ``totals.TotalsBuilder``).

A monthly or yearly count of civilian deaths is often followed, paragraph by paragraph, by the share of each party, told
as running text rather than as lines of a list: "Syrian regime forces killed 41 civilians, including nine children,
while Russian forces killed seven civilians.", "ISIS killed four civilians, and Hay'at Tahrir al-Sham killed three.",
"Among the civilians, regime forces killed 63 people, ...". Right after such a toll, a paragraph that opens on "<party>
killed N civilians" is a line of its list by perpetrator (the list's reading gives each figure its killer), not an
event: not where it tells one day's event ("... killed three civilians in X on Monday") or names an event's weapon
("Regime shelling killed ...", which ``active_doer`` leaves out).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.totals_cues import one_dated_event
from observatory.extract.totals_lines import active_doer
from observatory.models import CumulativeClaim

#: "Among the civilians, ": an opening that names the civilians of the toll before as the ones split.
_AMONG_CIVILIANS: Final = re.compile(
    r"\s*(?:Among|Of)\s+(?:the|these|those)\s+(?:civilian\s+victims|civilians)\s*,", re.IGNORECASE
)


def killer_paragraph(work: str, start: int, end: int, last_side: str | None) -> bool:
    """work[start:end] opens on "<party> killed N civilians" (after "Among the civilians," maybe: ``active_doer``),
    tells no one day's event, and follows a toll of civilians (``last_side``, the side of a total just before) or says
    it splits the civilians."""
    if active_doer(work, start, end) is None or one_dated_event(work[start:end]):
        return False
    return last_side == "civilians" or _AMONG_CIVILIANS.match(work, start, end) is not None and last_side is not None


#: "38 deaths", "12 people", "nine victims": a figure that names no side of its own.
_SIDELESS: Final = re.compile(
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:deaths|people|persons|victims|individuals)\b", re.IGNORECASE
)


def civilian_shares(added: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The totals read from such a paragraph, a figure that names no side of its own ("while 38 deaths were attributed
    to other parties, among them Turkish drone strikes") set to the civilians of the toll it splits, not to the party
    named near it, nor killed by the paragraph's first party)."""
    return [
        replace(c, side="civilians", perpetrator=None)
        if c.side != "civilians" and c.span is not None and _SIDELESS.match(work, c.span.start)
        else c
        for c in added
    ]
