"""One more person told hurt right after people told dead, with no noun of his own (tests in
tests/test_extract_one_more_hurt.py).

"four fighters were killed and one was wounded", "two soldiers were killed and another one was injured", "a soldier was
killed and another was slightly injured": the bare "one" / "another (one)" is one more person of the group counted just
before, hurt; ``figures.is_count`` counts it, and its side is the one of the figure before it, as for "another was
injured". A bare "one" is read only after "killed and" / "dead and" (not "three were wounded, one was seriously
wounded", one of the three told again) and only before a verb of hurting, with or without its "was" ("two SDF members
killed and one injured"), or as the object of "and injuring" / "and wounding" that closes its clause ("killing two
soldiers and injuring one."). The mirror, "two soldiers were injured and one
was killed": a bare "one" after "were injured and", before "was killed", is one more person, dead.
"""

from __future__ import annotations

import re

from observatory.extract.figure_hurt_state import hurt_state_after

#: The adverbs a writer puts before "wounded" / "injured" ("was slightly injured", "was badly wounded").
HURT_ADVERB = r"(?:(?:seriously|critically|lightly|slightly|badly|severely|gravely|moderately)\s+)"
#: After "another": its own verb of hurt or death ("another was injured", "another one was slightly wounded").
_ANOTHER_TOLD = re.compile(r"\s+(?:one\s+)?(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:also\s+)?" + HURT_ADVERB
                           + r"?(?:injured|wounded|hurt|killed|dead|died)\b|"
                           r"\s+(?:(?:also|was)\s+)?(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)\b",  # ("another sustained injuries")
                           re.IGNORECASE)
#: After a bare "one": its own verb of hurt ("one was wounded", "one was critically injured").
_ONE_HURT = re.compile(r"\s+(?:(?:was|had\s+been|has\s+been)\s+)?(?:also\s+)?" + HURT_ADVERB + r"?(?:injured|wounded)\b",
                       re.IGNORECASE)  # (also "two SDF members killed and one injured": no verb of its own)
#: Before a bare "one" that closes its clause: a verb of hurting after dead ("killing two soldiers and injuring one.").
_AND_HURTING = re.compile(r"\b(?:and|while)\s+(?:injuring|wounding)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:near|in|at|on|during|when|while|before|after|as)\b", re.IGNORECASE)
#: Before a bare "one": the dead told just before it ("were killed and ", "were killed, while ").
_DEAD_AND = re.compile(r"\b(?:killed|dead)\s*,?\s+(?:and|while)\s+$", re.IGNORECASE)
#: The mirror: a bare "one" told dead right after people told hurt ("two soldiers were injured and one was killed").
_ONE_KILLED = re.compile(r"\s+(?:was|had\s+been|has\s+been)\s+(?:also\s+)?killed\b", re.IGNORECASE)
_HURT_AND = re.compile(r"\b(?:were|are|been)\s+(?:\w+ly\s+)?(?:injured|wounded)\s*,?\s+(?:and|while)\s+$", re.IGNORECASE)


def another_told(work: str, end: int) -> bool:
    """Whether "another" ending at ``end`` has a verb of hurt or death of its own after it, or the state of one hurt
    ("another is in critical condition": ``figure_hurt_state``)."""
    return _ANOTHER_TOLD.match(work, end) is not None or hurt_state_after(work, end)


def one_more_hurt(work: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the bare "one" at ``start``-``end`` is one more person hurt after dead (see module doc)."""
    if _ONE_HURT.match(work, end) is not None and _DEAD_AND.search(work, max(sent_start, start - 24), start) is not None:
        return True
    if _CLAUSE_END.match(work, end) and _AND_HURTING.search(work, max(sent_start, start - 24), start) is not None:
        return True  # "killing two SDF members and injuring one."
    return _ONE_KILLED.match(work, end) is not None and _HURT_AND.search(work, max(sent_start, start - 40), start) is not None


#: "another one": the word "one" that only closes the figure.
_ONE_CLOSING = re.compile(r"\s+one\b(?!\s+of\b)", re.IGNORECASE)


def past_closing_one(work: str, text: str, end: int) -> int:
    """Where the words of "another" (``text``, ending at ``end``) end: after the "one" that closes them ("another one
    was wounded"), else at ``end``. ("A third one" is read whole by ``numbers``: the rank's count ends after its "one".)"""
    closing = _ONE_CLOSING.match(work, end) if text.strip().lower() == "another" else None
    return closing.end() if closing else end
