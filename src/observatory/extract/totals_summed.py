"""A short window's toll that only sums up the events told one by one after it (used by ``totals.TotalsBuilder``).

"SOHR has documented the deaths of 21 civilians in airstrikes on the de-escalation zone since this morning. Warplanes
struck X, killing nine civilians ... Helicopters dropped barrel bombs on Y, killing five ... In Z, warplanes struck a
neighbourhood, killing seven civilians": the 21 of the day is the sum of the events the text goes on to tell, each an
incident with its own toll; the sum is neither incident nor total (the brief's convention). So is a window's toll of
people that says it sums "separate incidents" ("SOHR has documented three more deaths in Daraa in separate incidents
within the past 24 hours"), whose victims the text then tells one by one, often unnumbered ("killing him"); round
fifteen: also such a toll told with no period at all ("Four people lost their lives in three separate incidents in Daraa
province."), a lead that sums the incidents told after it. A window's toll the events do not add up to (several attacks
told with one joint toll, a day's country-wide toll) stays a total, as does a period's ("... in separate incidents since
early 2023") and one of several days ("11 soldiers and four ISIS members over the past 48 hours", then each attack).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import KILLED, find_mentions
from observatory.extract.totals_cues import PERIOD_WORD
from observatory.models import CumulativeClaim

#: A window of hours or of the day: "since this morning", "today", "in the past 24 hours", "since yesterday"; not one
#: of several days ("over the past 48 hours"): a toll of several days of fighting is a total (SCHEMA), whatever is told after.
_WINDOW = re.compile(r"\b(?:since\s+(?:this\s+morning|dawn|midnight|yesterday|last\s+night|the\s+early\s+(?:morning\s+)?hours)|today|"
                     r"(?:within|in|during|over)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours)\b", re.IGNORECASE)
#: "in separate incidents", "in separate attacks": the toll says it sums events of its own.
_SEPARATE = re.compile(r"\bin\s+(?:\w+\s+)?separate\s+(?:incidents|attacks|events|shootings|assassinations|explosions)\b", re.IGNORECASE)
#: How far after the window's toll the events it sums may be told.
_REACH = 1500


def drop_told_sums(claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
                   on: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims less a window's toll that the killed figures of its side told after it add up to (two or more), and
    less those figures where they were read as totals too (each is an event's toll)."""
    dropped: set[int] = set()
    for claim in claims:
        told = _told_sum(claim, claims, work, lexicon, on)
        if told and claim.span is not None:
            dropped |= {claim.span.start, *told}
    return tuple(c for c in claims if c.span is None or c.span.start not in dropped)


def _sentence_start(work: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last full stop or line break before it)."""
    return max(work.rfind(".", 0, at), work.rfind("\n", 0, at)) + 1


def _told_sum(claim: CumulativeClaim, claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
              on: date | None) -> set[int]:
    """The starts of the figures told after a window's toll that add up to it (empty where none do)."""
    if claim.span is None or claim.region is not None or claim.killed < 2:
        return set()
    stop = work.find(".", claim.span.end)
    stop = len(work) if stop < 0 else stop
    window = _WINDOW.search(work, claim.span.start, stop) is not None
    if claim.side == "unknown" and _SEPARATE.search(work, max(0, claim.span.start - 150), stop) and (
            window or not PERIOD_WORD.search(work, _sentence_start(work, claim.span.start), stop)):
        return {claim.span.start}  # "three more deaths in separate incidents within the past 24 hours", each told after
    if not window:
        return set()
    later = [c.span.start for c in claims if c.span is not None and c.span.start > stop and (c.since_text or c.since)]
    end = min([stop + _REACH, len(work), *later])
    figures = [m for m in find_mentions(work, stop, end, lexicon, on)
               if m.parent is None and m.role == KILLED and not m.quantity.vague and m.side == claim.side]
    running = 0
    for n, m in enumerate(figures, 1):
        running += m.value
        if running == claim.killed:
            return {f.quantity.start for f in figures[:n]} if n >= 2 else set()
        if running > claim.killed:
            return set()
    return set()
