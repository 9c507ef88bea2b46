"""A speaker told after a figure is no casualty (tests in tests/test_extract_casualty_speaker_after.py).

"..., wounding six people, a Syrian military source said", "killing two people, a police officer told AFP", "..., an
SDF official said": one person without a number ("a source", "an official", "a police officer") told after the
figure and followed by a verb of saying is who tells the toll, not one more victim. Only such a person whose words run
into the verb is dropped; "killing a police officer, the monitor said" keeps the officer.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention, without

#: One speaker, his verb of saying right after his words: "a Syrian military source said", "an official told AFP".
_SPEAKER = re.compile(r"(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?(?:sources?|officials?|spokes(?:man|woman|person)|officers?|commanders?|"
                      r"activists?|residents?|witness(?:es)?|medics?|doctors?|correspondents?|journalists?|reporters?|member)"
                      r"(?:\s+(?:of|in|with|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s*,?\s+"
                      r"(?:said|says|told|tells|reported|reports|added|adds|stated|confirmed|noted|explained)\b", re.IGNORECASE)
#: The speaker stands apart after the figure before him: ", a source said".
_APART = re.compile(r"[,;]\s*$")


def without_speakers_after(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` less the speakers told after a figure (see module doc)."""
    gone = {i for i, m in enumerate(mentions)
            if m.value == 1 and i > 0 and _SPEAKER.match(work, m.quantity.start) is not None
            and _APART.search(work, max(0, m.quantity.start - 3), m.quantity.start) is not None
            and not any(p.parent == i for p in mentions)}
    return without(mentions, gone) if gone else mentions
