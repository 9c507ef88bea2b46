"""An aside on the doer between it and its verb: "gunmen of the 'National Defense' militia, affiliated with the
government, attacked ...", "fighters of the Tribal Forces, led by a local sheikh, stormed ...". The aside is a
participle of ties or command ("affiliated with", "loyal to", "led by", ...) or what most of the doers are ("jihadists of
the Turkistan Islamic Party, most of them Uyghurs, attacked ...", round 65) closed by a comma; the verb after it is the
doer's (used by ``events.roles``; tests/test_extract_casualty_attackers_unnamed.py).
"""

from __future__ import annotations

import re

#: The aside, from the end of the doer's name to the comma that closes it (its own name may end in a quote or run on
#: for two words: "the so-called 'National Defense' militia, affiliated with ...,").
_ASIDE = re.compile(r"[\"”’]?(?:\s+[\w-]+){0,2}?\s*,\s*(?:affiliated\s+(?:with|to)|linked\s+to|loyal\s+to|allied\s+(?:with|to)|"
                    r"tied\s+to|belonging\s+to|(?:led|commanded|headed)\s+by)\s+[^,.;()]{1,80},|"
                    r"[\"”’]?(?:\s+[\w-]+){0,2}?\s*,\s*(?:(?:most|many|all)\s+of\s+them|mostly)\s+"
                    r"(?:(?!\b(?:killed|dead|died|wounded|injured|hurt|were|was)\b)[^,.;()\d]){1,40},", re.IGNORECASE)
#: The words every aside holds one of (a cheap test before the regex).
_STEMS = ("affiliated", "linked", "loyal", "allied", "tied", "belonging", "led", "commanded", "headed", "most", "many", "all")


def past_aside(work: str, at: int, end: int) -> int | None:
    """Where the doer's verb may start after an aside on the doer ending at ``at`` (see module doc), or None."""
    seg = work[at:min(end, at + 140)].lower()
    if "," not in seg or not any(stem in seg for stem in _STEMS):
        return None
    hit = _ASIDE.match(work, at, end)
    return hit.end() if hit is not None else None
