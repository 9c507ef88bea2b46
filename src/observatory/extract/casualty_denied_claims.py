"""A claim after the monitor has said the deed left no dead (or no hurt): the claim's figures are only noted.

SCHEMA: where two sources conflict, the monitor's figure is used and the other is noted. A zero is a figure too:
"SOHR sources confirmed that the attack left no casualties among regime soldiers. Amaq claimed that its fighters killed
five soldiers" -> no one killed; likewise "the attack caused no fatalities, SOHR said. ISIS claimed ...", "SOHR denied
any losses among the soldiers. The group alleged ...". Only a claimant's sentence (``casualty_claims.may_claim``) told
after the denial loses its figures of the role the denial covers ("no casualties" both roles, "no fatalities" / "no one
was killed" the dead, "no injuries" the hurt); a claim told before the denial, a denial the monitor does not speak in
its sentence, or a sentence with no claim, is left alone. Tests in tests/test_extract_casualty_denied_claims.py.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import INJURED, KILLED, Mention, without
from observatory.extract.text import MONITOR, SENTENCE_STOP

#: How far back (characters) the denial may be told: the sentence before or two.
DENIAL_WINDOW: Final = 500
_DENIED: Final = re.compile(
    r"\b(?:(?:left|leaving|caused|causing|resulted\s+in|resulting\s+in|inflicted|inflicting|led\s+to)\s+no\s+|"
    r"(?:denied|denying|ruled\s+out)\s+(?:any\s+|the\s+)?|without\s+(?:causing\s+|leaving\s+)?any\s+|"
    r"there\s+(?:were|was|had\s+been)\s+no\s+)"
    r"(?P<what>casualties|losses|human\s+losses|fatalities|deaths|dead|injuries|injured|wounded)\b"
    r"|\bno\s+one\s+(?:was|had\s+been|has\s+been)\s+(?P<one>killed|hurt|injured|wounded)\b",
    re.IGNORECASE,
)


def _denied_roles(work: str, start: int) -> set[str]:
    """The roles a denial of the monitor's before ``start`` (within ``DENIAL_WINDOW``) says no one had."""
    roles: set[str] = set()
    for hit in _DENIED.finditer(work, max(0, start - DENIAL_WINDOW), start):
        if not _monitor_says(work, hit.start(), start):
            continue
        what = (hit.group("what") or hit.group("one") or "casualties").lower()
        if what in ("fatalities", "deaths", "dead", "killed"):
            roles.add(KILLED)
        elif what in ("injuries", "injured", "wounded", "hurt"):
            roles.add(INJURED)
        else:
            roles |= {KILLED, INJURED}
    return roles


def without_denied(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """A claimant's sentence's figures less those of a role the monitor said no one had (see module doc); the caller
    passes only a sentence that may hold a claim."""
    if not mentions:
        return mentions
    roles = _denied_roles(work, start)
    if not roles:
        return mentions
    gone = {i for i, m in enumerate(mentions) if m.role in roles and m.parent is None}
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    return without(mentions, gone) if gone else mentions


def _monitor_says(work: str, at: int, limit: int) -> bool:
    """Whether the monitor speaks in the sentence of the denial at ``at`` (the sentence ends at ``limit`` at most)."""
    stops = [s.end() for s in SENTENCE_STOP.finditer(work, max(0, at - 300), at)]
    begin = stops[-1] if stops else max(0, at - 300)
    stop = SENTENCE_STOP.search(work, at, limit)
    return MONITOR.search(work, begin, stop.end() if stop else limit) is not None
