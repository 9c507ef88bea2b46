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
        speaker = work[closing + 1:stop.start() if stop else min(len(work), after.end() + 150)]
        return not _monitor(speaker) and not (_PRONOUN.match(speaker) and _monitor_spoke_before(work, opening))
    head = work[max(line_start, opening - 120):opening]
    before = _SPEAKER_BEFORE.search(head)
    return before is not None and not _monitor(head[max(0, head.rfind(".") + 1):])


def _monitor(speaker: str) -> bool:
    return MONITOR.search(speaker) is not None or _MONITOR_HEAD.search(speaker) is not None


#: A speaker named by a pronoun only ('," it said', '," he added').
_PRONOUN = re.compile(r"\s*,?\s*(?:it|he|she)\s+\w+", re.IGNORECASE)
#: The sentence before opens with the monitor (or its director) as its speaker, and turns to no other.
_MONITOR_LEAD = re.compile(r"[^.\n]{0,30}\b(?:SOHR|Observatory|monitor|Abd[eu]l?[\s-]?Rahman|Rami)\b(?![^.\n]*\b(?:while|whereas|but)\b)[^\n]*$",
                           re.IGNORECASE)


def _monitor_spoke_before(work: str, opening: int) -> bool:
    """Whether the sentence before the quote is the monitor's ('The Observatory said ... . "Three more died," it said'):
    the pronoun after the quote is the monitor."""
    end = work.rfind(".", 0, opening)
    begin = max(work.rfind(".", 0, end), work.rfind("\n", 0, end)) + 1 if end > 0 else -1
    return end > 0 and _MONITOR_LEAD.match(work[begin:end].lstrip()) is not None
