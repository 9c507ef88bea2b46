"""Bare soldiers of the Turkish army: "the attack on a Turkish base killed two soldiers", "killing five Turkish soldiers
and wounding nine soldiers", "... Turkish soldiers were killed ... 32 other soldiers were being treated".

The lexicon reads a bare "soldiers" as the regime's army. Where the text has just named the Turkish army's troops or
one of its places (base, post, position, convoy) in the sentence before (across a paragraph break too) and no regime
troops or places since, bare soldiers are Turkey's
(``turkish_troops``). Regime soldiers or a regime place named nearer keep the regime ("Turkish drones struck a regime
position, killing three soldiers").
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_ministry_troops import ministry_troops
from observatory.extract.mention_sides import Mention

#: A figure's group words that name soldiers of no army ("nine soldiers", "32 other soldiers").
_BARE = re.compile(r"\s*(?:other\s+|more\s+)?(?:soldiers?|troops|servicem[ae]n)\s*$", re.IGNORECASE)
_TROOP_OR_PLACE = r"(?:soldiers?|troops|servicem[ae]n|army|base|post|position|outpost|convoy|checkpoint|point)s?\b"
#: The Turkish army's troops or places ("Turkish soldiers", "a Turkish army base", "Turkey's observation post"); only
#: words of the army itself may stand between ("Turkish drones shelled army positions" names the regime's army).
_TURKISH = re.compile(r"\bTurk(?:ish|ey['’]s)\s+(?:(?:army|military|armed\s+forces|forces['’]?|border|observation|"
                      rf"security)\s+){{0,2}}{_TROOP_OR_PLACE}", re.IGNORECASE)
#: The regime army's troops or places ("regime soldiers", "a government position", "Syrian army post", "army
#: positions"); not the Turkish-backed "Syrian National Army".
_REGIME = re.compile(rf"\b(?:regime|government|Syrian\s+army|Syrian(?!\s+National\b)|(?<!National\s)army)\s+(?:[\w-]+\s+){{0,1}}?"
                     rf"{_TROOP_OR_PLACE}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_LOOK_BACK = 600  # characters: the sentence of the figure and the one before it


def _window_start(work: str, at: int) -> int:
    """The start of the sentence before the one holding ``at``, also where that sentence closes the paragraph before
    ("Turkish soldiers were killed ..." ending one paragraph, "32 other soldiers were wounded" opening the next)."""
    lo = max(0, at - _LOOK_BACK)
    ends = [lo, *(e.end() for e in _SENTENCE_END.finditer(work, lo, at))]
    starts = [e for i, e in enumerate(ends) if work[e:ends[i + 1] if i + 1 < len(ends) else at].strip()]
    return starts[-2] if len(starts) >= 2 else lo


def turkish_troops(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """Bare soldiers read as the regime's, of the Turkish army when its troops or places were named last."""
    m = ministry_troops(m, work, lexicon, on)  # ("Turkey's defence ministry said one of its soldiers was killed")
    if m.side != "regime" or _BARE.match(work, m.quantity.end, m.group_end) is None:
        return m
    lo = _window_start(work, m.quantity.start)
    turkish = list(_TURKISH.finditer(work, lo, m.quantity.start))
    if not turkish:
        return m
    regime = [r for r in _REGIME.finditer(work, lo, m.quantity.start)  # ("Turkish army posts" is no regime post)
              if not any(t.start() <= r.start() < t.end() for t in turkish)]
    if regime and regime[-1].start() > turkish[-1].start():
        return m
    named = [a for a in lexicon.find(work, turkish[-1].start(), turkish[-1].end(), on) if a.side == "turkey_factions"]
    return m.named(named[0]) if named else m
