"""A side's toll of the day told share by share, each by its killer and place (used by ``core`` and ``totals``).

"18 civilians, among them 4 children: 11 of them were killed in airstrikes by the Coalition on X, four in Russian
airstrikes on villages of Y, and three were shot dead by ISIS members in Z": the side's figure is the day's total;
each share told with one killer (or none, as one event: "11 in the shelling of X") in one place is an incident of
its own, with the share as its toll and of the figure's side. A share with two killers ("in Russian and regime
airstrikes") or two causes ("by gunfire and security chaos"), over places of several provinces or of none ("in both
provinces") stays a total of the side. A breakdown that ends in "the rest" or "other circumstances" is a count of the
dead by killer (a statistic), not a list of events: left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import CARDINAL_WORD, Quantity, find_quantities
from observatory.extract.places import PlaceMention, governorate_mentions, place_mentions
from observatory.extract.text import Sentence

_NUM = rf"(?:\d[\d,]*|(?i:{CARDINAL_WORD}))"
_VERB = r"(?:\s+(?:were|was))?(?:\s+(?:killed|shot\s+dead|executed|died))?\s+(?:in|by)\b"
#: The first share: "11 of them were killed in", "19 of them in", "Nine of them were killed by".
_FIRST = re.compile(rf"(?<![\w,.-])(?P<num>{_NUM})\s+of\s+(?:them|whom)(?={_VERB})", re.IGNORECASE)
#: A later share: ", four in", ", and three were shot dead by", " and two by".
_NEXT = re.compile(rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?P<num>{_NUM})(?:\s+others)?(?={_VERB})", re.IGNORECASE)
#: The rest of the dead told apart: the breakdown is a statistic.
_REST = re.compile(r"\bthe\s+(?:rest|others|remaining)\b|\b(?:other|different)\s+circumstances\b|\bothers\s+died\b", re.IGNORECASE)
#: Two causes or killers joined ("gunfire and security chaos", "Russian and regime airstrikes").
_JOINED = re.compile(r"\band\b|\s&\s", re.IGNORECASE)
#: The share's verb and preposition, after its figure.
_VERB_AT = re.compile(r"(?:\s+of\s+(?:them|whom))?(?:\s+others)?" + _VERB, re.IGNORECASE)
#: Where the place of the event begins, after its cause: "on the town of", "in the eastern countryside of".
_NEAR = re.compile(r"\s(?:on|in|near|at|against)\s", re.IGNORECASE)
#: A named place the gazetteer words may not know: "the town of A'zaz".
_NAMED_PLACE = re.compile(r"\b(?:town|city|village|neighbou?rhoods?|camp|area)\s+of\s+[A-Z]")
#: A word of the event's cause before its place ("in airstrikes", "by regime shelling"), not the place's article.
_CAUSE = re.compile(r"\b(?!the\b|a\b|an\b)[A-Za-z]{2,}", re.IGNORECASE)
#: A party named as who holds a place ("IS-held neighbourhoods"): no killer.
_HELD = re.compile(r"-?(?:held|controlled)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Share:
    """One share of the list: its figure, where its words end, and whether it is an incident of its own."""

    figure: Quantity
    end: int
    event: bool


def killer_shares(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> list[Share]:
    """The shares of a side's figure told by killer and place in work[start:end] (at least two; none where there is no
    such list or it tells the rest apart)."""
    first = _FIRST.search(work, start, end)
    if first is None or _REST.search(work, start, end):
        return []
    heads = [first.start("num")] + [m.start("num") for m in _NEXT.finditer(work, first.end(), end)]
    if len(heads) < 2:
        return []
    out = []
    for k, at in enumerate(heads):
        stop = _item_end(work, heads[k + 1] if k + 1 < len(heads) else end)
        figure = find_quantities(work[at:stop], at)
        if not figure:
            return []
        out.append(Share(figure[0], stop, _one_event(work, figure[0].end, stop, lexicon, on)))
    return out


def _item_end(work: str, at: int) -> int:
    """Where the share before the one at ``at`` ends: before the mark or "and" that opens it."""
    text = work[:at].rstrip()
    text = re.sub(r"(?:[,;]\s*(?:and)?|\band)$", "", text, flags=re.IGNORECASE).rstrip()
    return len(text)


def _one_event(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the share's words (after its figure) tell one event: one killer at most, one cause, in places of one
    province."""
    places = place_mentions(work, start, end)
    named = _NAMED_PLACE.search(work, start, end)
    if not places and named is None:
        return False
    lead = _VERB_AT.match(work, start, end)
    after = lead.end() if lead else start
    near = _NEAR.search(work, after, end)
    cause_end = min([p.start for p in places] + [near.start() if near else end])
    if not _CAUSE.search(work, after, cause_end):
        return False  # ("117 of them were killed in the Homs desert": a region's share, no event)
    killers = {a.side for a in lexicon.find(work, start, cause_end, on) if a.side != "civilians" and not _HELD.match(work, a.end)}
    if len(killers) > 1 or any(not _joins_places(work, j.end(), places) for j in _JOINED.finditer(work, start, end)):
        return False
    provinces = {g.governorate for g in governorate_mentions(work, start, end) if g.governorate}
    return len(provinces) <= 1


def _joins_places(work: str, at: int, places: list[PlaceMention]) -> bool:
    """Whether the "and" ending at ``at`` joins two places ("the towns of A and B")."""
    gap = re.match(r"\s+(?:the\s+)?", work[at:])
    start = at + (gap.end() if gap else 0)
    return any(p.start == start for p in places)


def share_events(work: str, sents: list[Sentence], index: int, lexicon: ActorLexicon, on: date | None) -> list[tuple[Sentence, Mention]]:
    """The shares of a side's toll of the day that sents[index] tells by killer and place and that are incidents of
    their own: each its unit and toll (of the side of the figure they split, in the sentence or the one before)."""
    sent = sents[index]
    shares = killer_shares(work, sent.start, sent.end, lexicon, on)
    if not shares:
        return []
    before = sents[index - 1] if index and sents[index - 1].paragraph == sent.paragraph else sent
    whole = share_whole(find_mentions(work, before.start, shares[0].figure.start, lexicon, on, default_role=KILLED),
                        shares[0].figure.start)
    if whole is None:
        return []
    return [(Sentence(s.figure.start, s.end, sent.paragraph), share_toll(whole, s)) for s in shares if s.event]


def share_toll(whole: Mention, share: Share) -> Mention:
    """The share's toll: a figure of the whole's side."""
    q = share.figure
    return replace(whole, quantity=q, group_start=q.start, group_end=q.end, label=None, parent=None)


def share_whole(mentions: list[Mention], before: int) -> Mention | None:
    """The side's figure the shares split: the last figure of dead of a named side before them."""
    told = [m for m in mentions if m.role == KILLED and m.parent is None and m.side not in (None, "unknown")
            and m.quantity.end <= before]
    return told[-1] if told else None
