"""The wounded who died, told as the reason a toll rose: no longer among the injured (tests in
tests/test_extract_died_hurt.py).

"... killing three members and injuring two others. One of the injured succumbed to his wounds this morning, raising
the death toll to four": the risen toll counts the one who died, so the injured told before are one fewer (SCHEMA: a
person is counted once). Only where the death opens the sentence (after a time: "Hours later,"), told before the risen toll ("..., bringing /
raising the toll"), and the injured figure of one side was told in an earlier sentence of the incident and is larger.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import INJURED, Mention
from observatory.extract.numbers import number_words, words_to_int

#: "(Hours later,) One of the injured (soldiers) (has) succumbed to his wounds ..., bringing the death toll to four", the
#: sentence's own news (not what a source "said that" ...).
_DIED_THEN_TOLL = re.compile(r"^(?:[A-Z][\w ]{0,30},\s*)?(" + number_words(r"\d+") + r")\s+of\s+the\s+(?:injured|wounded)\s+"
                             r"(?:[a-z]+\s+)?(?:has\s+|had\s+|have\s+)?(?:later\s+)?(?:succumbed|died)\s+(?:to|of|from)\s+"
                             r"(?:his|her|their)\s+(?:wounds|injuries)\b[^.;]*?,\s*(?:bringing|raising)\b[^.;]*?\btoll\b",
                             re.IGNORECASE)


def died_of_hurt(counts: dict[tuple[str, str], tuple[Mention, int]], sentence: str, index: int) -> None:
    """Take the wounded who died (see module doc) off the incident's one injured figure told before this sentence."""
    m = _DIED_THEN_TOLL.search(sentence.strip())
    if m is None:
        return
    died = words_to_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
    hurt = [key for key in counts if key[0] == INJURED]
    if died is None or len(hurt) != 1:
        return
    old, at = counts[hurt[0]]
    if at < index and old.value > died and not old.quantity.vague:
        counts[hurt[0]] = (replace(old, quantity=replace(old.quantity, value=old.value - died)), at)
