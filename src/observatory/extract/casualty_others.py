"""Wounded "others" whose side is the context's, as the dead told before them are.

* "Eight of them were killed and five others were wounded", "three were killed and four others were injured": the others
  after dead of no named side (the side the incident gives) are of that same side, not of no known side (in
  ``casualties._unowned_others``).
* "The toll ... has risen to five. Four others are still receiving treatment": the others opening the next sentence after a
  figure of no named side share the context's side too, and the wounded still treated beside a risen toll are the latest
  injured figure (they replace a larger one told before, as ``casualty_rises.still_treated`` does in one sentence).
* "killing two Syrian men who worked for Hezbollah and injuring a third": "a third" follows the side the group the men
  worked for gives them (``ordinal_follows``).
* "besides these five dead, nine others were hurt": dead restated with "these"/"the" are the toll told before, whose
  side the others need not share; they stay of no known side (``restated_figure``).

Also read in ``casualties`` (tests/test_extract_casualty_casualties_split.py): "leaving seven casualties: two
soldiers were killed, while five others were wounded": after "casualties:" a figure with a verb of its own takes that role.

(tests/test_extract_casualty_other_fighters.py) "Four other fighters were injured" after "three fighters and a
civilian woman were killed": fighters are not of the civilians' side; the civilians told before give them none
(``armed_others``).

"others" with no side after figures of a named side are of no known side, unless the figure before them is "N of
them" (``unowned_others``, moved here from ``casualties``: "eight of them were killed ..., while five others sustained
injuries" are of the men told before); "six other drivers" after "a civilian tanker driver" are of the drivers' side
(``other_of_the_noun``; both round 60, tests/test_extract_round60_readings.py).

Tests: tests/test_extract_casualty_context_others.py, tests/test_extract_casualty_ordinal_follows.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_rises import STILL_TREATED
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import ORDINAL_ONE_RE


def context_others(told: list[Mention], mentions: list[Mention], work: str) -> list[Mention]:
    """The first of ``mentions`` ("N others" opening a sentence) when the sentence before told only figures of no named
    side: of the context's side (kept sideless, marked ``context`` so that it is not made "unknown"), and the latest injured
    figure when it is still treated after a risen toll."""
    wholes = [m for m in told if m.parent is None and not m.quantity.vague]
    if not mentions or mentions[0].side is not None:
        return mentions
    armed = _ARMED_OTHERS.match(work, mentions[0].quantity.end) is not None  # ("four other fighters": not the civilians')
    if not wholes or any(m.side is not None and not (armed and m.side == "civilians") for m in told):
        return mentions
    first = mentions[0]
    rose = first.role != KILLED and any(m.rose and m.role == KILLED for m in wholes) \
        and STILL_TREATED.match(work, first.group_end) is not None
    return [replace(first, context=True, rose=first.rose or rose), *mentions[1:]]


def ordinal_follows(before: list[Mention], after: list[Mention]) -> list[Mention]:
    """"killing two Syrian men who worked for Hezbollah and injuring a third": "a third" (one more of those counted
    before it) took the side the first figure had; when a later pass re-reads that figure's side (the group the men
    worked for), the third follows it."""
    out = list(after)
    if len(before) != len(after):
        return out
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if ORDINAL_ONE_RE.fullmatch(m.quantity.text.strip()) and before[i - 1].side != prev.side \
                and before[i].side == before[i - 1].side and prev.side != m.side and m.parent is None and prev.parent is None:
            out[i] = m.sided_like(prev)
    return out


_DEMONSTRATIVE = re.compile(r"\b(?:these|those|the)\s+$", re.IGNORECASE)


def restated_figure(work: str, m: Mention) -> bool:
    """Whether the figure is said again with "these"/"those"/"the" before it ("these eight killed"): a toll told before."""
    return _DEMONSTRATIVE.search(work, max(0, m.quantity.start - 8), m.quantity.start) is not None


#: "other fighters", "others members": combatants, whom no civilians' figure gives a side.
_ARMED_OTHERS = re.compile(r"\s+other\s+(?:[\w'-]+\s+){0,2}?(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen|"
                           r"troops|elements)\b", re.IGNORECASE)


def armed_others(before: list[Mention], others: Mention, work: str) -> list[Mention]:
    """The figures told before that may give "N other fighters" their side: not the civilians' (see module doc)."""
    if not before or before[-1].side != "civilians" or not _ARMED_OTHERS.match(work, others.quantity.end):
        return before
    return [b for b in before if b.side != "civilians"]


#: "others", "other", "more" right after a figure's number.
OTHERS = re.compile(r"\s+(?:other|others|more)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)


def unowned_others(mentions: list[Mention], i: int, work: str) -> bool:
    """"others" no figure before them names are of no known side; "two fighters were killed and two others injured":
    others after fighters of a side the sentence leaves to its context share that side when the incident gives it."""
    m = mentions[i]
    if m.side is not None or m.context or m.quantity.vague or not OTHERS.match(work, m.quantity.end):
        return False
    before = [p for p in mentions[:i] if p.parent is None]
    if before and _OF_THEM.match(work, before[-1].quantity.end):
        return False  # "eight of them were killed ..., while five others sustained injuries": of the men told before, as the dead
    return not before or before[-1].side is not None or restated_figure(work, before[-1])  # else the context's side too


#: "six other drivers": the noun the others share with a figure told before them.
_OTHER_NOUN = re.compile(r"\s+other\s+(?P<noun>[a-z]{3,}?)s?\b")


def other_of_the_noun(mentions: list[Mention], work: str) -> list[Mention]:
    """"... and a civilian tanker driver, while six other drivers were wounded": "other" people of the noun of one
    figure told before them in the sentence are of that figure's side, not of the side of the first figure; "other"
    people aboard ("six other passengers") after the one figure of the sentence are of its side."""
    out = list(mentions)
    for i, m in enumerate(out):
        hit = _OTHER_NOUN.match(work, m.quantity.end) if m.parent is None else None
        if hit is None:
            continue
        noun = re.compile(rf"\b{re.escape(hit.group('noun'))}s?\b", re.IGNORECASE)
        same = [p for p in out[:i] if p.parent is None and p.side is not None and noun.search(work, p.quantity.start, p.group_end)]
        if len(same) == 1 and same[0].side != m.side:
            out[i] = m.sided_like(same[0])
        elif not same and m.side in (None, "unknown") and _PLAIN_NOUNS.fullmatch(hit.group("noun")):
            told = [p for p in out[:i] if p.parent is None and not p.quantity.vague]
            if len(told) == 1 and told[0].side not in (None, "unknown"):
                out[i] = m.sided_like(told[0])  # "killing three civilians ... and wounding six other passengers"
    return out


#: Nouns that say only who was aboard ("six other passengers"): the "other" ones are more of the people aboard told
#: before them, of their side (round 67); not "three other people" (SCHEMA: people of no side the text gives).
_PLAIN_NOUNS = re.compile(r"passenger|occupant|traveller|traveler|commuter", re.IGNORECASE)
