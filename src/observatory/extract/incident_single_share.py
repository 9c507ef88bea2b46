"""A share of a period's toll that the text ties to "a single" event, told without its own verb.

A line of a period's toll may give its whole and then the part one event took, leaving out the verb: "104 fighters
were killed, including 78 in a single Russian strike on a camp near X on October 26"; "40 soldiers died in the
month, most of them in a single drone strike near Y on Tuesday, which killed 31". "A single" singles the event out:
the part is that event's own toll (or the toll its own clause gives) and the event is an incident; the line stays a
total. "In a single day", "in a single week" is a span of time, not an event, and stays with the total.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from observatory.extract.events import event_type
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import find_quantities, number_words
from observatory.extract.text import Sentence

if TYPE_CHECKING:
    from observatory.extract.actors import ActorLexicon

_COUNT = number_words(r"\d[\d,]*")
#: The share after the line's whole, its count told (", including 78", ", of whom 12 fighters") or not (", most of
#: them", ", mostly"), then the one event: "in a single strike", "killed by a single bombing".
_SINGLE_SHARE = re.compile(
    r"[,;:]\s+(?:(?:including|among\s+them|of\s+whom|of\s+them)\s+(?P<count>" + _COUNT + r")\b(?:\s+[\w'-]+){0,4}?"
    r"|(?:most|many|the\s+majority)\s+of\s+them|mostly)"
    r"\s+(?:(?:who\s+)?(?:were\s+|was\s+)?(?:killed|died)\s+)?(?P<event>(?:in|by)\s+a\s+single\s+)"
    r"(?!(?:day|night|week|month|year|hour|round|wave|series)s?\b)",
    re.IGNORECASE)
#: The clause's own toll when the share gives no count (", which killed 34", ", killing 21").
_OWN_TOLL = re.compile(r"\b(?:which|that)\s+(?:had\s+)?killed\s+" + _COUNT + r"\b|\bkilling\s+" + _COUNT + r"\b",
                       re.IGNORECASE)
#: Where the share's clause ends: a semicolon, or a clause of its own (", while", ", and 12 ...").
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and\s+(?:the|a|an|\d))\b|,\s+(?:including|among)\b", re.IGNORECASE)
#: The kinds of event "a single" may name ("a single strike", "a single Russian raid"), in the event's own words.
_ONE_KIND = re.compile(r"(?:[\w-]+\s+){0,2}?(?:strike|airstrike|air\s+strike|air\s+raid|raid|attack|bombing|explosion|"
                       r"blast|ambush|massacre|shell|missile|bombardment)\b(?!s)", re.IGNORECASE)


def single_share_event(work: str, sent: Sentence) -> Sentence | None:
    """The clause of a sentence of totals that ties a share of its toll to "a single" event (see module doc), or None:
    the clause from the share's count (or from the event when no count is told) to the clause's end."""
    share = _SINGLE_SHARE.search(work, sent.start, sent.end)
    if share is None or _ONE_KIND.match(work, share.end(), sent.end) is None:
        return None
    stop = _CLAUSE_END.search(work, share.end(), sent.end)
    end = stop.start() if stop is not None else sent.end
    if event_type(work[share.end():end]) is None:
        return None
    if share.group("count") is None and _OWN_TOLL.search(work, share.end(), end) is None:
        return None  # "most of them in a single strike": the share has no count of its own
    start = share.start("count") if share.group("count") is not None else share.start("event")
    return replace(sent, start=start, end=end, first_in_paragraph=False, clause=False, inherits=False, recalled=True)


#: The unit :func:`single_share_event` cuts: its count ("78 in a single strike") or the event itself ("in a single
#: strike ..., which killed 34").
_UNIT_OPENING = re.compile(r"(?:(?P<count>" + _COUNT + r")\b(?:\s+[\w'-]+){0,4}?\s+(?:(?:who\s+)?(?:were\s+|was\s+)?"
                           r"(?:killed|died)\s+)?)?(?:in|by)\s+a\s+single\s+", re.IGNORECASE)
_LINE_START = re.compile(r"[.!?\n]")


def single_share_mentions(mentions: tuple[Mention, ...], work: str, unit: Sentence, lexicon: ActorLexicon,
                          on: date | None) -> tuple[Mention, ...]:
    """The dead of a unit cut by :func:`single_share_event`: its count (or its own toll), of the side of the line's
    whole told before it in the sentence ("104 fighters of the factions were killed, including 78 in a single strike":
    78 fighters of the factions). Other units' mentions are returned as they are."""
    from observatory.extract.casualties import find_mentions

    opening = _UNIT_OPENING.match(work, unit.start, unit.end) if unit.recalled else None
    if opening is None:
        return mentions
    back = max((m.end() for m in _LINE_START.finditer(work, max(0, unit.start - 400), unit.start)), default=0)
    whole = [m for m in find_mentions(work, back, unit.start, lexicon, on) if m.role == KILLED and m.side is not None]
    if not whole:
        return mentions
    side = whole[-1].side
    if opening.group("count") is not None:
        counts = find_quantities(work[unit.start:opening.end("count")], unit.start)
        return (Mention(KILLED, counts[0], side, counts[0].start, counts[0].end),) if counts else mentions
    return tuple(replace(m, side=side, generic=False) for m in mentions if m.role == KILLED)


def single_share_at(work: str, start: int) -> bool:
    """Whether the incident that starts at ``start`` is a share singled out by :func:`single_share_event`: the
    sentences after it go on with the totals, not with that event."""
    return _UNIT_OPENING.match(work, start) is not None
