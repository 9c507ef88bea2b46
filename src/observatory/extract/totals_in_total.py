"""A count of one event's victims closed by "in total" ("eleven villagers in total were shot at the roadblock"): the
sum of that event's dead, no period cue, as "a total of" is none (``totals_sentences.POINT_IN_TIME``).

It stays a cue where a breakdown follows ("killed 57 people in total: ..."), or where the sentence tells of several
events ("the raids left 40 dead in total") or of a stretch of time ("since May", "so far")."""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import number_words

#: "nine civilians in total", "14 fighters of the factions in total": a count, its noun, then "in total" (no list after).
_COUNT_IN_TOTAL: Final = re.compile(r"\b" + number_words(r"\d+") + r"\s+(?:[\w-]+\s+){1,4}?(?P<cue>in\s+total)\b(?!\s*[:;\u2014-])",
                                    re.IGNORECASE)
#: Several events or a stretch of time: "in total" then sums them.
_MANY_OR_PERIOD: Final = re.compile(r"\b(?:attacks|bombings|explosions|airstrikes|air\s?strikes|strikes|ambushes|clashes|raids|"
                                    r"operations|shells|battles|incidents|series|wave|since|so\s+far|period|months?|weeks|years?|"
                                    r"documented|recorded|counted|(?:has|have)\s+(?:been\s+)?(?:killed|executed|murdered))\b",
                                    re.IGNORECASE)


def one_event_total(text: str) -> str:
    """The text with "N <victims> in total" blanked where it sums one event's victims, else the text unchanged."""
    m = _COUNT_IN_TOTAL.search(text) if "total" in text.lower() else None
    if m is None or _MANY_OR_PERIOD.search(text):
        return text
    return text[:m.start("cue")] + " " * (m.end("cue") - m.start("cue")) + text[m.end("cue"):]
