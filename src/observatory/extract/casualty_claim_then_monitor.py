"""A party's claim told first, the monitor's own figure of the same deed in the very next sentence.

SCHEMA: where two sources conflict in one text, the monitor's figure is used and the other is only noted. The claim
passes of ``casualty_claims`` read the monitor's figure told before a claim, or after it in the same sentence; here the
monitor answers in the sentence after ("The SDF said its fighters repelled the attack, killing nine of the attackers.
The Syrian Observatory put the number of attackers killed at five"; "..., the source claimed. SOHR reported that ...";
"However, the Observatory said ..."). A claim's figure goes where the monitor's sentence gives a different figure of
the same role for the same side, or where one of the two names no side; the claimant's own losses the monitor does not
count stay ("while two of its own fighters were wounded" beside the monitor's count of the dead).
(tests/test_extract_casualty_claim_then_monitor.py) A speaker telling its own deed ("the SDF said its fighters killed
31 attackers", incident_own_deed.py) claims too, and the monitor may answer by the toll it "gave" ("SOHR gave a toll of
15 dead: eleven attackers, ...") (tests/test_extract_casualty_own_deed.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.casualty_claims import may_claim
from observatory.extract.gates import folded
from observatory.extract.incident_own_deed import own_deed_told
from observatory.extract.mention_sides import Mention
from observatory.extract.text import MONITOR, SENTENCE_STOP

#: The monitor speaking at the head of the next sentence, before any figure.
_MONITOR_NEXT = re.compile(r"(?:However,?\s+|But\s+|Meanwhile,?\s+)?(?:[Tt]he\s+)?(?:(?:UK|Britain|London)-based\s+)?"
                           r"(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?(?:\s*\(SOHR\))?|SOHR|Observatory|(?:war\s+)?monitor)\b"
                           r"[^.;!?\d]{0,60}?\b(?:said|says|reported|put|gave|confirmed|documented|recorded|counted|verified)\b")
#: The monitor's sentence counts a period ("more than 500 have been killed since December 15"), not the deed claimed.
_PERIOD = re.compile(r"\b(?:since|so\s+far\s+this|(?:in|over|during)\s+the\s+(?:past|last)|toll\s+(?:since|of\s+the\s+(?:year|month)))\b",
                     re.IGNORECASE)
#: "which no party has claimed": no claim.
_NO_CLAIM = re.compile(r"\b(?:no|not|none|yet\s+to)\b[^.,;]{0,30}?\bclaim", re.IGNORECASE)
_GAP = re.compile(r"[.!?][\"'”’)]*\s+")


def _monitor_sentence(work: str, end: int) -> tuple[int, int] | None:
    """The bounds of the sentence right after ``end`` where it is the monitor's account, else None."""
    gap = _GAP.match(work, max(0, end - 1)) or _GAP.match(work, end)
    if gap is None or _MONITOR_NEXT.match(work, gap.end()) is None:
        return None
    stop = SENTENCE_STOP.search(work, gap.end())
    return gap.end(), stop.start() if stop else len(work)


#: Victims the claim names only by a pronoun or as the enemy of the deed ("killing six of them", "11 of the attackers"):
#: any side given them is a guess from the context.
_OF_THE_ENEMY = re.compile(r"\s*of\s+(?:them|the\s+(?:attackers|assailants|infiltrators|mercenaries|gunmen))\b", re.IGNORECASE)
_NOUN = re.compile(r"([a-z]+)\W*$")


def _noun(work: str, m: Mention) -> str:
    """The last word of the figure's group ("soldiers" of "three Turkish soldiers"), lowercased; "" when none."""
    found = _NOUN.search(work[m.quantity.end:m.group_end].lower())
    return found.group(1) if found else ""


def _answered(m: Mention, own: list[Mention], work: str) -> bool:
    """Whether the monitor gives a different figure of ``m``'s role that the incident's own settling would not set against
    it: ``m`` names a side the monitor counts none of (an unsided claim, or one of a side the monitor counts too, yields
    there, ``incident_monitor.prefer_monitor``), and the monitor's figure names no side, or the claim names its victims
    only as the enemy ("six of them"), or both name them by the same noun ("three soldiers", "two Turkish soldiers")."""
    if m.side in (None, "unknown") or any(o.role == m.role and o.side == m.side for o in own):
        return False
    enemy = _OF_THE_ENEMY.match(work, m.quantity.end, m.group_end + 1) is not None
    return any(o.role == m.role and o.value != m.value and (enemy or o.side in (None, "unknown") or _noun(work, o) == _noun(work, m) != "")
               for o in own)


def claim_then_monitor(mentions: list[Mention], work: str, span: tuple[int, int],
                       find: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """A claim sentence's figures less those the monitor's next sentence answers with its own (see module doc)."""
    start, end = span
    if not mentions or not (may_claim(work, start, end) or own_deed_told(folded(work[start:end]), work[start:end])) \
            or MONITOR.search(work, start, end):
        return mentions
    if not MONITOR.search(work, end, min(len(work), end + 80)) or (bounds := _monitor_sentence(work, end)) is None:
        return mentions
    if _PERIOD.search(work, *bounds) or _NO_CLAIM.search(work, start, end):
        return mentions
    own = find(*bounds)  # (parts too: "123, including 54 civilians" counts the civilians)
    gone = {m.quantity.start for m in mentions if m.parent is None and _answered(m, own, work)}
    if not gone:
        return mentions
    keep = [i for i, m in enumerate(mentions)
            if m.quantity.start not in gone and (m.parent is None or mentions[m.parent].quantity.start not in gone)]
    index = {old: new for new, old in enumerate(keep)}
    return [replace(mentions[i], parent=_moved(mentions[i].parent, index)) for i in keep]


def _moved(parent: int | None, index: dict[int, int]) -> int | None:
    return None if parent is None else index[parent]
