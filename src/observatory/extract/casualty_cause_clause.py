"""The dead of the event an act answered, told in its sentence: "US strikes killed at least 23 fighters, as Washington
began retaliating for a drone attack that killed three American soldiers in Jordan". The three are the dead of that
earlier attack (another incident, told on its own where the report tells it), not of the strikes.

Only where the sentence counts dead or wounded of its own before the clause, and the report tells the cause's figure
again later ("The drone attack on Sunday killed three US soldiers ..."); a sentence that tells nothing but the cause,
or a cause told nowhere else, keeps its figures. (tests/test_extract_round68_readings.py)
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention, without

#: "retaliating for a drone attack that killed", "in response to the bombing which left", "in revenge for an ambush
#: that had killed": the cause told with its own toll.
_CAUSE = re.compile(r"\b(?:retaliat\w*|in\s+(?:response|revenge|reprisal|retribution)|avenging)\s+(?:for|to|against)\s+(?:an?|the)\s+"
                    r"[^.;,]{0,60}?\b(?:attack|strike|bombing|ambush|raid|assault|shelling)s?\s+(?:that|which|in\s+which)\s+"
                    r"(?:had\s+|has\s+)?(?:killed|left|wounded|injured|claimed)\b[^.;]*", re.IGNORECASE)
_STEMS = ("retaliat", "response", "revenge", "reprisal", "retribution", "avenging")


def without_cause_dead(mentions: list[Mention], work: str, start: int, end: int) -> list[Mention]:
    """``mentions`` less the figures inside a cause clause (see the module's notes); a part whose whole goes goes too."""
    if not mentions or not has_any(folded(work, start, end), _STEMS):
        return mentions
    hit = _CAUSE.search(work, start, end)
    if hit is None or not any(m.quantity.end <= hit.start() for m in mentions):
        return mentions
    inside = {i for i, m in enumerate(mentions) if hit.start() <= m.quantity.start < hit.end() and _told_later(m, work, end)}
    if not inside or len(inside) == len(mentions):
        return mentions
    return without(mentions, inside | {i for i, m in enumerate(mentions) if m.parent in inside})


def _told_later(m: Mention, work: str, end: int) -> bool:
    """Whether the text after the sentence (``end``) tells the figure again, with the last word of its noun ("three
    American soldiers", then "killed three US soldiers")."""
    words = re.findall(r"[A-Za-z]+", work[m.quantity.end:m.group_end])
    if not m.quantity.text.strip() or not words:
        return False
    number = re.escape(m.quantity.text.strip())
    return re.search(rf"\b{number}\s+(?:[\w.-]+\s+){{0,3}}?{re.escape(words[-1])}\b", work[end:], re.IGNORECASE) is not None
