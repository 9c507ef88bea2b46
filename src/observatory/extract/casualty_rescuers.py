"""Rescuers among the people hit (tests in tests/test_extract_casualty_rescuers.py).

Civil Defence volunteers, White Helmets, rescue workers and first responders are civilians (SCHEMA: people described as
civilians; the lexicon's civilians row): "a rocket killed a Civil Defence volunteer", "two White Helmets members were
wounded", "killing three rescue workers". A rescuer told as a part of a toll of people of no side ("killing one person
and wounding four, including a Civil Defence volunteer") is one of those people, told by what he was doing there: the
whole stays of no side and the rescuer is not taken out of it (``rescuer_in_people``, read by
``casualty_subtracted.incident_figures``).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention

#: A rescuer's words: "a Civil Defence volunteer", "White Helmets members", "rescue workers", "first responders".
RESCUER = re.compile(r"\b(?:civil\s+defen[cs]e|white\s+helmets?|rescue\s+workers?|first\s+responders?)\b", re.IGNORECASE)


def rescuer_in_people(part: Mention, whole: Mention, text: str, offset: int) -> bool:
    """Whether ``part`` is a rescuer told inside a ``whole`` of people of no side (``text`` is the sentence, starting at
    ``offset`` of the figures' positions)."""
    if part.side != "civilians" or whole.side != "unknown":
        return False
    words = text[max(0, part.quantity.start - offset):max(0, part.group_end - offset)]
    return RESCUER.search(words) is not None
