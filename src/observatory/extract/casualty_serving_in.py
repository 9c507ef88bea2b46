"""Men told by the force they serve in, after their words: "two young men serving in the ranks of the SDF", "Eight
young men serving in the "Self-Protection Duty"" (the SDF's conscription) are of that force (tests in
tests/test_extract_round62_readings.py).

Only a figure of no side whose own words are plain people ("young men", "people", "members"), followed right away by
"(who were) serving in/with (the ranks of)" and a group's name; a group of no armed side (civilians, people of no
side) leaves the figure as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: The figure's plain words, then the force they serve in ("two young men serving in the ranks of").
_SERVING = re.compile(r"\S+\s+(?:(?:young|other)\s+)?(?:m[ae]n|people|persons|members?|youths?|conscripts?)\s+"
                      r"(?:who\s+(?:were|was|are|is)\s+)?serving\s+(?:in|with)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?[\"“'‘]?",
                      re.IGNORECASE)


def serving_in(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the side of the force its people are said to serve in (see module doc)."""
    if m.side not in (None, "unknown") or m.parent is not None or "serving" not in work[m.quantity.start:m.group_end + 30]:
        return m
    serving = _SERVING.match(work, m.quantity.start, m.group_end + 60)
    if serving is None:
        return m
    found = lexicon.find(work, serving.end(), min(len(work), serving.end() + 60), on)
    if not found or found[0].start != serving.end() or found[0].side in ("civilians", "unknown"):
        return m
    a = found[0]
    return replace(m, side=a.side, actor=a.actor.name, nationality=a.actor.nationality, generic=False)
