"""Attacks on several named places told in one sentence, whose joint toll the report gives as a total.

"Gunmen responded by storming checkpoints in A, B and C. Six soldiers were killed in these attacks", "Jets targeted
positions on the A hill, as well as posts near B, and a station near the village of C" under "31 killed in the strikes
since dawn": each place attacked is an attack of its own (SCHEMA: several attacks reported with one joint toll stay
incidents without a toll, the toll is a total). One incident that named all the places would count one event where the
report tells of several. The places are the items of one list: each after a comma, "and" or "as well as" (not ", near
X" or ", overlooking X", which place the item before it), a governorate named after a town goes with that town. Only an
incident with no figure of its own is split (a headline's figure that a total repeats is the joint toll, not its own),
and only where a total of several events ("in these attacks", "the air campaign has killed") is told in the list's
sentence or next to it. A bare list of names ("shelled the villages of A, B and C"), strikes counted ("40 airstrikes
on A and B") and a sentence that tells no harm ("causing material damage", "no casualties") are one bombardment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED
from observatory.extract.text import NAME_ARTICLE, sentence_around

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.extract.places import PlaceMention
    from observatory.models import CumulativeClaim

#: The kinds of event a report tells as a wave of attacks on several places.
_KINDS = frozenset({"attack", "airstrike", "shelling", "drone_strike", "suicide_bombing"})
#: Between two items of a list of places: a comma, "and", "as well as" -- not a word that places the item before.
_ITEM_BREAK = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)"
                         r"(?!\s*(?:overlooking|near|north|south|east|west|in|on|at|around|close|which|where|who|its|their|"
                         r"between|outside|off|along|by)\b)", re.IGNORECASE)
#: What may stand between two names of a bare list: more names (the gazetteer may not know them), commas, "and".
_NAMES_ONLY = re.compile(rf"(?:[A-Z][\w'’-]*|{NAME_ARTICLE}[\w'’-]+|and|,|\s)*")
#: "between A and B": two ends of one road or front, not two places attacked.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _items(d: Draft, work: str) -> list[list[PlaceMention]]:
    """The draft's places as the items of one list told in one sentence ([] when they are not)."""
    places = sorted(d.places, key=lambda p: p.start)
    towns = [p for p in places if not p.governorate]
    if len(towns) < 2:
        return []
    head, tail = sentence_around(work, towns[0].start, towns[0].end)
    if towns[-1].end > tail or _BETWEEN.search(work, max(head, towns[0].start - 40), towns[0].start):
        return []
    items: list[list[PlaceMention]] = []
    for p in places:
        if p.start < towns[0].start:
            continue
        gap = work[items[-1][-1].end:p.start] if items else ""
        brk = _ITEM_BREAK.search(gap)
        if items and (p.governorate or brk is None or len(gap) > 120):
            items[-1].append(p)
        elif items and brk is not None and _NAMES_ONLY.fullmatch(gap, brk.end()):
            return []  # "the villages of A, B and C": a bare list of names, one bombardment of them all
        else:
            items.append([p])
    return items


#: The joint toll's sentence names the events told before or after it as several: "in these attacks", "the two attacks
#: left", "the Russian air campaign has killed", "the Turkish airstrikes which have been targeting".
_SEVERAL = re.compile(r"\b(?:the|these|those|both|two|three|four|five)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks|raids|"
                      r"(?:air\s?)?strikes|assaults|bombings|explosions|blasts|campaign|wave|series)\b", re.IGNORECASE)
#: The list's sentence says the attacks did no harm or caused damage: one bombardment of several villages, no toll.
_HARMLESS = re.compile(r"\b(?:no|without)\s+(?:\w+\s+){0,3}?(?:casualties|injuries|losses|fatalities)|material\s+damage|"
                       r"no\s+(?:\w+\s+){0,2}?(?:information|reports?)\b", re.IGNORECASE)
#: "more than 80 airstrikes since the morning on A, ...": strikes counted, one bombardment of the places named.
_COUNTED = re.compile(r"\b(?:\d+|dozens|several|tens)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:air\s?strikes|strikes|raids|"
                      r"barrel\s+bombs|shells|rockets|missiles)\b", re.IGNORECASE)


#: A total's own period that reaches back past the day: "since the start of the year", "since September 2015".
_LONG_SINCE = re.compile(r"\b(?:start|beginning|outbreak|(?:19|20)\d\d)\b", re.IGNORECASE)


def _long_period(claim: CumulativeClaim) -> bool:
    """A total dated from a day or a long stretch ("since the start of the month", "this year"): the period's toll, not
    the joint toll of the attacks told beside it (tests/test_extract_review_r33.py)."""
    return claim.since is not None or bool(claim.since_text and _LONG_SINCE.search(claim.since_text))


def _before(work: str, head: int) -> tuple[int, int] | None:
    """The sentence that ends where the one starting at ``head`` begins, or None at the text's start."""
    before = work[:head].rstrip()
    return sentence_around(work, len(before) - 1, len(before) - 1) if before else None


def _after(work: str, tail: int) -> tuple[int, int] | None:
    """The sentence after the one that ends at ``tail``, or None at the text's end."""
    after = len(work) - len(work[tail:].lstrip(" .!?\n"))
    return sentence_around(work, after, after) if after < len(work) else None


def _joint_toll(items: list[list[PlaceMention]], claims: Sequence[CumulativeClaim], work: str) -> bool:
    """A total of several events (their joint toll) told in the list's sentence, the one after it, or the one before it
    (or the one before that, when the toll runs on over two: "31 killed in the strikes since dawn. The dead are: ...")."""
    own = sentence_around(work, items[0][0].start, items[0][0].end)
    if _HARMLESS.search(work, *own) or _COUNTED.search(work, *own):
        return False

    def tolled(at: tuple[int, int]) -> bool:
        return any(c.span is not None and at[0] <= c.span.start < at[1] and not _long_period(c) for c in claims)

    prev = _before(work, own[0])
    near = [own, _after(work, own[1]), prev, _before(work, prev[0]) if prev and tolled(prev) else None]
    return any(at is not None and tolled(at) and _SEVERAL.search(work, *at) for at in near)


def _own_toll(d: Draft, claims: Sequence[CumulativeClaim]) -> bool:
    """The incident has a figure of its own: any but a dead figure that one of the totals gives again (the joint toll
    restated, as a headline's "31 killed in Turkish airstrikes" over the body's total of 31)."""
    joint = {c.killed for c in claims}
    figures = [m for m, _ in d.counts.values()] + [m for m, _ in d.generic]
    return bool(d.vague) or any(m.role != KILLED or m.value not in joint for m in figures)


def split_joint_places(drafts: list[Draft], claims: Sequence[CumulativeClaim], work: str) -> list[Draft]:
    """Each incident of no toll of its own that tells attacks on a list of places, split into one incident per place,
    when a total told next to it is their joint toll."""
    if not claims:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        items = _items(d, work) if d.type_hit and d.type_hit[0] in _KINDS and not _own_toll(d, claims) else []
        if len(items) < 2 or not _joint_toll(items, claims, work):
            out.append(d)
            continue
        shared = [p for p in d.places if p.governorate and p.start < items[0][0].start]
        out.extend(replace(d, places=shared + item, counts={}, vague={}, generic=[], lower={}, sources=dict(d.sources))
                   for item in items)
    return out
