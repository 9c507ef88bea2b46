"""One actor's acts listed in one sentence, each on a day of its own: one incident per act.

Constructions handled:

* "Cells attacked A on Saturday, and attacked a convoy near B on Sunday": two acts, two weekdays, two incidents;
* "ISIS cells attacked positions near A on Thursday, ambushed a bus on the B road on Friday, and struck positions in
  the C desert on Saturday": any number of acts, each with one weekday of its own, all different;
* the same list after a lead that gives the period they fall in ("The desert has witnessed an escalation over the past
  72 hours: cells attacked A on Thursday, ...") -- the lead is a total, the acts are incidents.

Every act after the first is a clause of the sentence (it keeps the actor named in the first).
"""

from __future__ import annotations

import re

from observatory.extract.text import Sentence

_NEXT_ACT = re.compile(r",\s+(?:and\s+)?(?:then\s+)?(?:attacked|ambushed|targeted|shelled|stormed|bombed|struck|raided|"
                       r"hit|assaulted)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: "... over the past 72 hours: ISIS cells attacked ...": a period lead before the list of acts.
_LEAD = re.compile(r":\s+(?=[A-Z])")


def serial_days(work: str, sent: Sentence) -> list[Sentence]:
    """The acts of a sentence that lists one actor's acts on different days, one part each; [] for any other."""
    text = work[sent.start:sent.end]
    cuts = [m.start() for m in _NEXT_ACT.finditer(text)]
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    days = [_WEEKDAY.findall(text, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    if any(len(found) != 1 for found in days) or len({found[0] for found in days}) != len(days):
        return []
    lead = _LEAD.search(text, 0, cuts[0])  # "... over the past 72 hours: cells attacked A on Thursday": the lead is no act
    first = lead.end() if lead is not None and _WEEKDAY.search(text, lead.end(), cuts[0]) else 0
    parts = [Sentence(sent.start + first, sent.start + cuts[0], sent.paragraph, sent.heading, sent.bullet,
                      sent.first_in_paragraph and not first)]
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=False):
        skip = re.match(r",\s+(?:and\s+)?(?:then\s+)?", text[a:b])
        start = a + (skip.end() if skip else 0)
        parts.append(Sentence(sent.start + start, sent.start + b, sent.paragraph, sent.heading, sent.bullet, False, True))
    return parts


def listed_after_lead(work: str, sent: Sentence) -> list[Sentence]:
    """The acts listed after a period lead and a colon ("... over the past 72 hours: cells attacked A on Thursday,
    ambushed B on Friday"), or []."""
    return serial_days(work, sent) if _LEAD.search(work, sent.start, sent.end) else []
