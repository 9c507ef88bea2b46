"""The whole that parts of no side restate when no toll is told within ``WHOLE_WINDOW`` before them (tests in
tests/test_extract_casualty_far_whole.py).

"At least 23 soldiers were killed on Thursday in an ambush ... [a long sentence on how the attack was carried out].
Among the dead were two officers": the officers are some of the 23, told farther back than the window of a restated
toll; the rest of the whole stays with its side (``casualty_restated.rest_of_whole``). The whole must be the last toll
told (a vague toll after it, "killed several people", is another event's), of a known side and larger than the parts,
and the sentences between its sentence and the parts must tell no other casualties or event ("Separately, a car bomb
exploded in Azaz, causing casualties. Among the dead were two brothers": the brothers are the car bomb's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.mention_sides import KILLED, Mention

#: Words of other casualties or of another event in the sentences between the whole and its parts.
_OTHER_EVENT = re.compile(r"\b(?:separate(?:ly)?|another|meanwhile|elsewhere|also|in\s+addition|moreover|casualt(?:y|ies)|"
                          r"kill(?:ed|ing|s)?|dead|deaths?|died|wounded|wounding|injur(?:ed|ing|ies|y)|victims?|toll)\b", re.IGNORECASE)
#: The end of the whole's own sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def far_whole_of_unsided(parts: list[Mention], farther: Callable[[], list[Mention]], work: str, start: int) -> Mention | None:
    """The last toll of ``farther()`` (the tolls told within the far window, read only for parts of no side) that parts
    of no side starting at ``start`` restate, or None."""
    if any(p.side not in (None, "unknown") for p in parts):
        return None
    told = [m for m in farther() if m.role == KILLED and m.parent is None]
    if not told or told[-1].quantity.vague:
        return None
    last = told[-1]
    if last.side in (None, "unknown") or last.value <= sum(p.value for p in parts):
        return None
    end = _SENTENCE_END.search(work, last.quantity.end, start)
    if end is None or _OTHER_EVENT.search(work, end.end(), start):
        return None
    return last
