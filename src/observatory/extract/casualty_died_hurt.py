"""The wounded who died, told as the reason a toll rose: no longer among the injured (tests in
tests/test_extract_died_hurt.py).

"... killing three members and injuring two others. One of the injured succumbed to his wounds this morning, raising
the death toll to four": the risen toll counts the one who died, so the injured told before are one fewer (SCHEMA: a
person is counted once). Only where the death opens the sentence (after a time: "Hours later,"), told before the risen toll ("..., bringing /
raising the toll"), and the injured figure of one side was told in an earlier sentence of the incident and is larger.

Also the wounded who died "in hospital", not "of their wounds", before the risen toll ("Later in the evening, one of the
wounded died in a hospital in Deir ez-Zor, bringing the death toll to eight"), where that injured figure was told as an
exact number ("wounding seven others", not "more than 30"). Not the toll told first with the death as its cause ("The
toll rose to five, after one of the wounded workers succumbed": the injured stand as printed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import INJURED, Mention
from observatory.extract.numbers import number_words, words_to_int
from observatory.models import Qualifier

#: "N of the injured (workers) (had) (later) died / succumbed".
_OF_THE_HURT_DIED = (r"(" + number_words(r"\d+") + r")\s+of\s+the\s+(?:injured|wounded)\s+(?:[a-z]+\s+)?(?:has\s+|had\s+|have\s+)?"
                     r"(?:later\s+)?(?:succumbed|died)\b")
#: The death opens the sentence, after a time at most ("Hours later, ").
_OPENING = r"^(?:[A-Z][\w ]{0,30},\s*)?"
#: The risen toll told after the death in the same clause (", bringing the death toll to four").
_THEN_TOLL = r"[^.;]*?,\s*(?:bringing|raising)\b[^.;]*?\btoll\b"
#: "(Hours later,) One of the injured (soldiers) (has) succumbed to his wounds ..., bringing the death toll to four", the
#: sentence's own news (not what a source "said that" ...).
_DIED_THEN_TOLL = re.compile(_OPENING + _OF_THE_HURT_DIED + r"\s+(?:to|of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b"
                             + _THEN_TOLL, re.IGNORECASE)
#: "(Later in the evening,) one of the wounded died in a hospital in X, bringing the death toll to eight".
_DIED_IN_HOSPITAL = re.compile(_OPENING + _OF_THE_HURT_DIED + r"\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital\b" + _THEN_TOLL,
                               re.IGNORECASE)


def died_of_hurt(counts: dict[tuple[str, str], tuple[Mention, int]], sentence: str, index: int) -> None:
    """Take the wounded who died (see module doc) off the incident's one injured figure told before this sentence."""
    text = sentence.strip()
    m = _DIED_THEN_TOLL.search(text)
    in_hospital = m is None  # (a death in hospital: only off an injured figure told exactly)
    m = m or _DIED_IN_HOSPITAL.search(text)
    if m is None:
        return
    died = words_to_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
    hurt = [key for key in counts if key[0] == INJURED]
    if died is None or len(hurt) != 1:
        return
    old, at = counts[hurt[0]]
    if in_hospital and old.quantity.qualifier is not Qualifier.EXACT:
        return
    if at < index and old.value > died and not old.quantity.vague:
        counts[hurt[0]] = (replace(old, quantity=replace(old.quantity, value=old.value - died)), at)
