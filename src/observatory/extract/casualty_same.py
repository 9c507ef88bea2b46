"""A victim of "the same group" as one told before.

"... killing a leader of the Hurras al-Din group. On 3 June, a drone struck a motorcycle near Sarmada, killing a member
of the same group": the victim is of the group the text last named as the one its victims belonged to ("a leader of X",
"members of X"), not of no side. Likewise "another member of the organisation" after "the X organisation", and
"a car carrying two members of the same organisation ..., killing both of them" (``held_of_same_group``, read by
``casualty_households.of_them_held``; tests in tests/test_extract_casualty_held_of_same_group.py). The figure's own
words "two members of the same group" outweigh a side read from a name later in its sentence ("... near the border
with Turkey", ``_own_same``, tests in tests/test_extract_casualty_same_group_over_later_name.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.mention_sides import ANAPHORA_WINDOW, Mention

_SAME = re.compile(r"\bof\s+the\s+same\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|faction|militia|movement|formation|brigade|division|force|forces|"
                   r"party|unit|battalion|cell)\b", re.IGNORECASE)
#: A group named as the one people belong to: "a leader of the X", "members of X", "fighters from the X".
_MEMBER_OF = re.compile(r"\b(?:of|from|in|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“']?$", re.IGNORECASE)


#: "a commander of the Hurras al-Din organisation ... and another member of the organisation": the group named before
#: with the same word, not ISIS (which the monitor also calls "the Organisation").
_THE_ORGANISATION = re.compile(r"\bof\s+the\s+(?P<word>organi[sz]ation|group|movement)\b", re.IGNORECASE)
_NAMED_WORD = re.compile(r"[\"”’']?\s+(?P<word>organi[sz]ation|group|movement)\b", re.IGNORECASE)
_BACK_WINDOW = 400


def _named_with_word(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    hit = _THE_ORGANISATION.search(work, m.quantity.end, m.group_end)
    if hit is None:
        return m
    word = hit.group("word").lower().replace("z", "s")
    named = [a for a in lexicon.find(work, max(0, m.quantity.start - _BACK_WINDOW), m.quantity.start, on)
             if (w := _NAMED_WORD.match(work, a.end)) is not None and w.group("word").lower().replace("z", "s") == word]
    return m.named(named[-1]) if named and named[-1].side != m.side else m


def same_group(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The side of the group named before for victims "of the same group" (see module doc) or "of the organisation"
    after "the X organisation"."""
    out = []
    for m in _others_of_listed(mentions, work):
        m = _named_with_word(m, work, lexicon, on)
        if (m.side in (None, "unknown") or _own_same(m, work, lexicon, on)) and _SAME.search(work, m.quantity.end, m.group_end + 40):
            a = group_named_before(work, m.quantity.start, lexicon, on)
            if a is not None:
                m = m.named(a)
        out.append(m)
    return out


#: The figure's own words: "two members of the same group" right after the number.
_OWN_SAME = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:members?|fighters?|militants?|elements?|leaders?|commanders?|operatives?)\s+"
                       + _SAME.pattern[2:], re.IGNORECASE)


def _own_same(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> bool:
    """"two members of the same group in an orchard near the border with Turkey": the figure's own words say whose
    they are; a side read from a name later in the sentence gives way to the group named before."""
    hit = _OWN_SAME.match(work, m.quantity.end, m.group_end + 40)
    return hit is not None and not lexicon.find(work, m.quantity.end, hit.end(), on)


def group_named_before(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group the text last named, before ``at``, as the one its victims belonged to ("a leader of X")."""
    begin = max(0, at - ANAPHORA_WINDOW)
    named = [a for a in lexicon.find(work, begin, at, on)
             if a.side not in ("civilians", "unknown") and a.alias.lower() not in GENERIC_ALIASES
             and _MEMBER_OF.search(work, max(0, a.start - 48), a.start) and not _THE_WORD_ONLY.fullmatch(a.alias)
             and not craft_owner(work, a)]
    return named[-1] if named else None


#: A group named as the owner of the craft or weapon that struck ("a drone of the International Coalition", "warplanes
#: belonging to the Russian forces"): the doer, not the group its victims belonged to.
_CRAFT_OF = re.compile(r"\b(?:drones?|aircraft|warplanes?|jets?|helicopters?|planes?|missiles?|rockets?)\s*,?\s+(?:(?:(?:believed|thought|said)"
                       r"\s+to\s+)?belong(?:ing|s)?\s+to|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“']?$", re.IGNORECASE)


def craft_owner(work: str, a: ActorMatch) -> bool:
    """Whether ``a`` is named as the owner of the craft or weapon that struck ("a drone of the coalition")."""
    return _CRAFT_OF.search(work, max(0, a.start - 60), a.start) is not None


#: "a member of the organisation": the group named before with that word, not a name of its own (ISIS's, to the monitor).
_THE_WORD_ONLY = re.compile(r"the\s+(?:organi[sz]ation|group|movement)", re.IGNORECASE)


def held_of_same_group(work: str, begin: int, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """"a car carrying two members of the same organisation ..., killing both of them": the group named before, for
    people a vehicle carried (or a group held) who are "of the same group" (the sentence from ``begin`` to ``at``)."""
    hit = _HELD_SAME.search(work, begin, at)
    return group_named_before(work, hit.start(), lexicon, on) if hit is not None else None


#: People carried or held, "of the same group": "carrying two members of the same organisation".
_HELD_SAME = re.compile(r"\b(?:carrying|transporting|(?:group|car|vehicle|motorcycle|convoy|patrol)\s+of)\s+(?:[\w-]+\s+){0,3}?of\s+the\s+same\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|faction|militia|movement|formation|brigade|division|force|forces|"
                        r"party|unit|battalion|cell)\b", re.IGNORECASE)


_OTHERS_ONLY = re.compile(r"\s*others?\b", re.IGNORECASE)
_NOT_ARMED = (None, "unknown", "civilians")


def side_of_parts(mentions: list[Mention], whole: int) -> Mention | None:
    """The part naming the side of a whole that names none itself: all its parts of one armed side ("18 militiamen:
    eight Iraqis, six Afghans ..."), or foreign Iranian-backed and Syrian militiamen together (the whole is of the
    Iranian-backed militias, SCHEMA: nationality unstated)."""
    parts = [p for p in mentions if p.parent == whole]
    sides = {p.side for p in parts if p.side is not None}  # (a part named only "Syrians" has no side yet when read raw)
    if sides == {"pro_iran_foreign", "regime"}:
        sides = {"pro_iran_foreign"}
    if len(sides) != 1 or (side := next(iter(sides))) in _NOT_ARMED or mentions[whole].side not in (None, side):
        return None
    return next(p for p in parts if p.side == side)


def sided_wholes(mentions: list[Mention]) -> list[Mention]:
    """Wholes of no side given the side their parts name (``side_of_parts``)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.side is None and m.parent is None and not m.quantity.vague and (part := side_of_parts(mentions, i)) is not None:
            out[i] = m.sided_like(part)
    return out


def _others_of_listed(mentions: list[Mention], work: str) -> list[Mention]:
    """"others" of no side after a whole of no side whose parts all name one armed side: of that side (module doc)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        unsided = m.side is None or m.side == "unknown" and m.generic  # ("unknown" guessed from a name nearby)
        if not unsided or m.parent is not None or not _OTHERS_ONLY.match(work, m.quantity.end, m.group_end + 1):
            continue
        before = [j for j in range(i) if mentions[j].parent is None]
        if not before or mentions[before[-1]].quantity.vague:
            continue
        part = side_of_parts(mentions[:i], before[-1])
        if part is not None:
            out[i] = m.sided_like(part)
    return out


#: The figure's own words tie its people to the company of those told before: "two more people from the same group",
#: "three persons of the same family", "another man from the same convoy" (tests in
#: tests/test_extract_casualty_same_company.py).
_SAME_COMPANY = re.compile(r"\s*(?:more\s+|other\s+)?(?:people|persons?|men|man|individuals?|others?)\s+(?:from|of|in)\s+the\s+same\s+"
                           r"(?:group|party|family|convoy|team|car|vehicle|bus|caravan|trip|gathering)\b", re.IGNORECASE)


def same_company(mentions: list[Mention], work: str, told_before: Callable[[], list[Mention]]) -> list[Mention]:
    """People of no stated side "from the same group" (a group of people, not an armed one) as those told before: of
    the side of the last figure told before them that names one (``told_before``: the sentences before)."""
    if not any(m.side in (None, "unknown") and _SAME_COMPANY.match(work, m.quantity.end) for m in mentions):
        return mentions
    told = [t for t in told_before() if t.side not in (None, "unknown") and t.parent is None]
    if not told:
        return mentions
    return [m.sided_like(told[-1]) if m.side in (None, "unknown") and _SAME_COMPANY.match(work, m.quantity.end) else m
            for m in mentions]
