"""Dead that a later incident's sentence names again by the definite article, as an earlier incident counted them:
"Three SDF fighters were killed when a Turkish drone hit their position near Tal Tamr. ... The SDF said its fighters
responded by shelling positions of the factions near Ras al-Ain. SOHR confirmed the death of the three SDF fighters":
the three are the drone strike's dead told again, not dead of the shelling (tests/test_extract_round66_readings.py).

Only a figure of a named side told by its number, right after "the", of the same value as an earlier incident's dead of
that side, where the incident being told has no dead of that side yet; not one person named by his office ("In
February, gunmen killed the mukhtar of the village of X": round 67).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.casualty_claims import without_gone
from observatory.extract.mention_sides import KILLED, Mention

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def told_earlier(drafts: list[Draft], draft: Draft, f: SentenceFacts, work: str) -> SentenceFacts:
    """``f`` less the dead an earlier incident counted that it names again (see module doc)."""
    if not f.mentions or len(drafts) < 2:
        return f
    gone = {m.quantity.start for m in f.mentions if _again(m, drafts, draft, work)}
    return f if not gone else replace(f, mentions=tuple(without_gone(list(f.mentions), gone)))


def _again(m: Mention, drafts: list[Draft], draft: Draft, work: str) -> bool:
    if m.role != KILLED or m.parent is not None or m.quantity.vague or m.side in (None, "unknown") or not m.quantity.text.strip() \
            or work[max(0, m.quantity.start - 4):m.quantity.start].lower() != "the " or (KILLED, m.side) in draft.counts:
        return False
    return any(d is not draft and (KILLED, m.side) in d.counts and d.counts[(KILLED, m.side)][0].value == m.value for d in drafts)
