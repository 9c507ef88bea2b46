"""People killed while crossing into Turkey: "A young man was shot dead by Turkish border guards while he was trying to
cross into Turkish territory" (tests in tests/test_extract_casualty_border_crossers.py).

The labelled sets count the people the Turkish border guards shoot while crossing as civilians (the reports' own running
tolls of "Syrian civilians killed by Jandarma bullets" include them; SCHEMA: civilians where the text describes them as
such), so a plain person ("a young man", "two men") killed in the sentence that tells the crossing is a civilian. The
crossing must be told in the victim's own sentence, and not of a group's men ("ISIS members trying to cross into
Turkey"): a crossing told elsewhere in the report says nothing of another victim.
"""

from __future__ import annotations

import re
from typing import Final

#: "trying to cross into Turkish territory", "attempting to cross illegally into Turkey".
_CROSSING: Final = re.compile(r"\b(?:trying|attempting)\s+to\s+cross\s+(?:illegally\s+)?into\s+Turk(?:ey|ish\s+territory)\b",
                              re.IGNORECASE)
#: A group's men right before the crossing ("three ISIS members (who were) trying to cross"): not people fleeing.
_GROUP_MEN: Final = re.compile(r"\b(?:members?|fighters?|militants?|operatives?|elements|militiamen|commanders?)\s+"
                               r"(?:who\s+(?:was|were)\s+)?$", re.IGNORECASE)
#: Where a sentence ends (a line break ends a title or a paragraph).
_SENTENCE_END: Final = re.compile(r"[.!?\n]")


def crossing_told(work: str) -> bool:
    """Whether the report tells anyone trying to cross into Turkey (the cheap gate of ``crossing_in_sentence``)."""
    return "cross" in work and _CROSSING.search(work) is not None


def crossing_in_sentence(work: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``work[start:end]`` (a victim's figure and noun) tells people, not a group's men,
    trying to cross into Turkey."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(work, 0, start)), default=0)
    stop = _SENTENCE_END.search(work, end)
    finish = stop.start() if stop else len(work)
    return any(_GROUP_MEN.search(work, max(begin, hit.start() - 40), hit.start()) is None
               for hit in _CROSSING.finditer(work, begin, finish))
