"""Troops a foreign defence ministry counts as its own: "Turkey's Ministry of National Defence said one of its soldiers
was killed", "The Russian defence ministry said two of its soldiers were killed".

The lexicon reads bare soldiers as the regime's. When such a figure's own words are "of its soldiers" (or officers,
troops, personnel, servicemen) or bare troops ("The Turkish Defence Ministry confirmed the death of one soldier") and the nearest body named before it in the sentence is the defence ministry of Turkey or
Russia, the troops are that country's army's. A Syrian ministry or army keeps the regime; a body named nearer ("the SDF
said two of its fighters") is read elsewhere.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: The figure's group words: "(one) of its soldiers", "(two) of their officers".
_OF_ITS = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:soldiers|troops|officers|personnel|servicem[ae]n)\s*$", re.IGNORECASE
)
#: Troops of no named army: "(confirmed the death of) one soldier", "two servicemen (were wounded)".
_BARE = re.compile(r"\s+(?:(?:more|other)\s+)?(?:soldiers?|troops|officers?|servicem[ae]n|service\s+members?)\b", re.IGNORECASE)
#: A foreign defence ministry: "Turkey's Ministry of National Defence", "the Turkish defence ministry", "the Russian
#: Ministry of Defence" (a statement "by the Turkish army" may be told as background to another event: left alone).
_FOREIGN_ARMY = re.compile(
    r"\b(?:Turk(?:ish|ey['’]s)|Russia(?:n|['’]s))\s+(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|"
    r"(?:national\s+)?defen[cs]e\s+ministry)\b",
    re.IGNORECASE,
)
#: Any other speaker named nearer the figure, which "its" could point to ("the SDF said", "the regime army said").
_OTHER_BODY = re.compile(r"\b(?:SDF|HTS|ISIS|Hezbollah|regime|Syrian|army|forces|factions?|group|organi[sz]ation)\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_ARMY_SIDES = frozenset({"turkey_factions", "russia"})


def ministry_troops(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """Troops read as the regime's but told as "of its soldiers" after a Turkish or Russian army or ministry take that
    army's side."""
    if m.side != "regime" or (_OF_ITS.match(work, m.quantity.end, m.group_end) or _BARE.match(work, m.quantity.end, m.group_end)) is None:
        return m
    stops = list(_SENTENCE_START.finditer(work, max(0, m.quantity.start - 400), m.quantity.start))
    lo = stops[-1].end() if stops else max(0, m.quantity.start - 400)
    armies = list(_FOREIGN_ARMY.finditer(work, lo, m.quantity.start))
    if not armies or _OTHER_BODY.search(work, armies[-1].end(), m.quantity.start):
        return m
    named = [a for a in lexicon.find(work, armies[-1].start(), armies[-1].end(), on) if a.side in _ARMY_SIDES]
    return m.named(named[0]) if named else m
