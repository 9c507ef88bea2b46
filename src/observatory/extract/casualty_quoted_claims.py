"""A figure inside a speaker's quoted words: the speaker's claim, like one told in reported speech.

SCHEMA: figures of a claimant are labeled as stated, but where two sources conflict the monitor's figure is used.
``casualty_claims`` reads a claim whose speaker comes before its figure ("HTS said its fighters killed 15 soldiers");
here the speaker's own words stand in quotation marks, with the speaker after them ('"We killed 15 enemy soldiers,"
HTS said in a statement') or before them ('A commander told a local outlet: "Our fighters killed 15 soldiers."'). Such
a figure is a claim unless the one quoted is the monitor (tests/test_extract_casualty_quoted_claims.py).
"""

from __future__ import annotations

import re

from observatory.extract.text import MONITOR

#: A speech verb right after the closing quote and its speaker ('," HTS said', '," a commander told AFP').
_SPEAKER_AFTER = re.compile(r"\s*,?\s*[^\"\n.;]{1,80}?\b(?:said|says|told|stated|added|wrote|declared|announced|claimed|tweeted|posted)\b")
#: A speech verb (and a colon or comma) right before the opening quote ('HTS said: "', 'he told the channel, "').
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told\b[^\"\n.;]{0,40}?|stated|added|wrote|declared|announced|claimed|tweeted|posted)\s*[:,]?\s*$")
_CLAUSE_END = re.compile(r"[.;\n]")
#: The monitor's director, whose quoted words are the monitor's own.
_MONITOR_HEAD = re.compile(r"\bAbd[eu]l?[\s-]?Rahman\b|\bRami\b", re.IGNORECASE)


def quoted_claim(work: str, at: int) -> bool:
    """Whether the figure at ``at`` stands inside quotation marks on its line, in words quoted of a speaker other
    than the monitor."""
    line_start = work.rfind("\n", 0, at) + 1
    if work.count('"', line_start, at) % 2 == 0:
        return False  # not inside a quote (or quotes around a name, closed before the figure)
    opening = work.rfind('"', line_start, at)
    closing = work.find('"', at)
    line_end = work.find("\n", at)
    if closing < 0 or 0 <= line_end < closing:
        return False
    after = _SPEAKER_AFTER.match(work, closing + 1)
    if after is not None:  # the speaker before or after its verb ('," said the head of the monitor')
        stop = _CLAUSE_END.search(work, after.end(), min(len(work), after.end() + 150))
        return not _monitor(work[closing + 1:stop.start() if stop else min(len(work), after.end() + 150)])
    head = work[max(line_start, opening - 120):opening]
    before = _SPEAKER_BEFORE.search(head)
    return before is not None and not _monitor(head[max(0, head.rfind(".") + 1):])


def _monitor(speaker: str) -> bool:
    return MONITOR.search(speaker) is not None or _MONITOR_HEAD.search(speaker) is not None
