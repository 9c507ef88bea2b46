"""The side of one person killed in a local office ("shot dead the mukhtar of the village", "assassinated the mayor of
Nawa"; used by ``casualty_unnumbered``; tests in tests/test_extract_casualty_local_office_killed.py and
tests/test_extract_casualty_mukhtar_civilian.py).

A mukhtar (a village's or a quarter's headman) is a local civil figure like a tribal dignitary (SCHEMA: non-combatant
local figures, "describes them as such"): civilians, unless the words after him in his sentence tie him to a group,
give him a rank or tell why he was targeted ("close to the regime's security services", "who was a commander in ...",
"after accusing him of cooperating with ..."), or the next sentence tells his ties to a force ("The mukhtar was known for his close ties to the State Security
branch"): those are left of no side the text gives, for the rules that read ties. A mayor stays of no side.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_tribal_figures import TIED_AFTER
from observatory.extract.text import SENTENCE_STOP

#: "the mukhtar of Al-Shoula, a civilian known for ...": the text's own word, which no tie after it undoes.
_CIVILIAN_APPOSED = re.compile(r"[^.;,]{0,60},\s+(?:an?\s+)?civilian\b", re.IGNORECASE)
#: The next sentence opens on him ("The mukhtar was known for ...", "He had ..."): its ties are his.
_ABOUT_HIM = re.compile(r"\s*(?:The\s+(?:slain\s+|late\s+)?(?:mukhtar|co-chair|man|victim|deceased)|He|His)\b")
#: A tie to a force, a rank or an accusation told in the rest of his sentence or in the next ("known for his close
#: ties to ...", "who was a commander in ...", "had been accused of informing for ...", "who had joined the Fifth
#: Corps", "who ran an NDF checkpoint", "on charges of dealing with ...").
_TIES = re.compile(r"[^.;]*?\b(?:ties|tied|close\s+to|loyal|accus\w+|informant|informing|security|intelligence|"
                   r"collaborat\w*|members?|commander|fighter|officer|leader|militia\w*|"
                   r"join\w*|brigade|corps|checkpoint|NDF|charg\w*)\b", re.IGNORECASE)


def local_office_side(work: str, who: str, at: int) -> str:
    """The side of the holder of a local office named by ``who`` ("mukhtar", "mayor"), whose word ends at ``at``."""
    if who not in ("mukhtar", "co-chair") or work.startswith(("'s", "’s"), at):
        return "unknown"  # a mayor; "the mukhtar's guard" (the one killed is another); a council's co-chair is a civilian official
    if _CIVILIAN_APPOSED.match(work, at):
        return "civilians"
    stop = SENTENCE_STOP.search(work, at)
    if TIED_AFTER.match(work, at) or _TIES.match(work, at, stop.start() if stop else len(work)):
        return "unknown"
    if stop is None or stop.group().startswith("\n"):
        return "civilians"
    line_end = work.find("\n", stop.end())
    if not _ABOUT_HIM.match(work, stop.end()):
        return "civilians"  # (round 70: "In a related context, members of the Internal Security Forces found ...": others)
    return "unknown" if _TIES.match(work, stop.end(), len(work) if line_end < 0 else line_end) else "civilians"
