"""Figures of a sentence of totals that are no total of their own (used by ``totals.TotalsBuilder._add``).

* a kind of people right after "including" that hangs under no figure ("; 31, including ten children, by landmines"):
  a part of a figure the parser did not read (``totals_cues.orphan_part``);
* people told by their trade after a larger total of civilians or people ("... and recorded the killing of one media
  worker") (``totals_shares.trade_part``);
* people still alive where they are ("An estimated 250,000 people remain trapped in the east of the city"), in a
  sentence read as a line of the statistics as much as in one of its own (``totals_claims.alive_figure``);
* a count of casualties told after the dead and the wounded it sums ("killed four soldiers and wounded
  seven others, bringing the number of casualties to 11"): dead and wounded together, no toll of the dead
  (``casualties_sum``);
* a figure whose own clause is set abroad ("... since Friday, when nine Turkish soldiers were killed in clashes with
  PKK fighters in northern Iraq"), in a sentence about Syria (``abroad_clause``).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention
from observatory.extract.totals_claims import alive_figure
from observatory.extract.totals_cues import ABROAD, orphan_part
from observatory.extract.totals_shares import trade_part
from observatory.models import CumulativeClaim


def skipped_figure(work: str, m: Mention, claims: list[CumulativeClaim]) -> bool:
    """Whether the figure is no total of its own (see the module's list)."""
    return orphan_part(work, m) or trade_part(work, m, claims) or alive_figure(work, m) or casualties_sum(work, m) or abroad_clause(work, m)


#: "the number of casualties to", "the casualties have risen to", "casualties rose to": a count of casualties before its figure.
_CASUALTIES_TO = re.compile(r"\bcasualties\s+(?:(?:has|have|had)\s+)?(?:risen\s+|rose\s+|climbed\s+|increased\s+|reached\s+)?(?:to|at)\s+"
                            r"(?:at\s+least\s+|about\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries)\b", re.IGNORECASE)


def casualties_sum(work: str, m: Mention) -> bool:
    """Whether the figure counts casualties (dead and wounded) right after a sentence part that told the wounded."""
    before = work[max(0, m.quantity.start - 60):m.quantity.start]
    if "asualties" not in before or _CASUALTIES_TO.search(before) is None:
        return False
    return _WOUNDED.search(work, max(0, m.quantity.start - 250), m.quantity.start) is not None


#: Where a figure's clause begins: a comma, "when", "while", a semicolon or a full stop before it.
_CLAUSE_OPEN = re.compile(r"[,;.]|\b(?:when|while|whereas|after)\b", re.IGNORECASE)


def abroad_clause(work: str, m: Mention) -> bool:
    """Whether the clause that holds the figure (from the last comma or "when" before it to the next comma or full
    stop) sets it in Iraq."""
    if "Iraq" not in work[m.quantity.end:m.quantity.end + 200]:
        return False
    opens = [x.end() for x in _CLAUSE_OPEN.finditer(work, max(0, m.quantity.start - 120), m.quantity.start)]
    start = opens[-1] if opens else max(0, m.quantity.start - 120)
    stop = min((k for k in (work.find(c, m.quantity.end) for c in ",;.") if k >= 0), default=len(work))
    return ABROAD.search(work, start, stop) is not None
