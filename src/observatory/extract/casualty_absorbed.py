"""How one sentence's figures meet the figures an incident has already taken (used by ``core._absorb``;
tests in tests/test_extract_casualty_restated_whole_parts.py).

* A whole told before and restated with a breakdown by side ("killed 23 pro-Iran fighters ... '23 pro-Iran fighters
  were killed, among them six Syrians'"): the whole, less the parts of other sides, replaces the whole told before
  (``broken_down_wholes`` gives the wholes a sentence breaks down, by where their number stands).
* Figures of one side in one sentence that together outgrow the figure an earlier sentence gave that side ("Man and his
  wife killed" over "killing a civilian man and his wife"): their sum is the side's figure (``add_up``).
* "also" in a sentence that says who the dead were ("killing seven people. The dead were three soldiers and four
  militiamen, adding that the strikes also destroyed a depot") tells of more damage, not more dead (``more_dead``;
  tests in tests/test_extract_casualty_restated_also.py).
* A toll told before ("has risen to 12") that the next sentence restates by side ("They are five local gunmen, six
  members of the group and a civilian"), its figures of two sides or more adding up to it: the part of the toll's side
  replaces it (``split_wholes``), and a toll of no side gives way to the parts, unknown people among them too
  (``split_sideless``); tests in tests/test_extract_casualty_group_led_by.py.
* A summary told first ("air strikes killed 31 civilians on Monday") and the incident's own smaller figure told after
  it ("27 civilians in the market"), the rest of the summary being the dead of the incidents told after ("4 in Kafr
  Nabl"): the incident's own figure is its toll (``summary_shares``; tests in tests/test_extract_casualty_summary_shares.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from observatory.extract.casualty_restated import RESTATING
from observatory.extract.mention_sides import KILLED, Mention


def more_dead(sentence: str, also: bool) -> bool:
    """Whether a sentence with "also" (``also``: the incident splitter's cue for more of the same) adds to the dead told
    before: not when it restates who the dead were ("the dead were ...", "nine of the dead are civilians")."""
    return also and RESTATING.search(sentence) is None


def broken_down_wholes(mentions: tuple[Mention, ...]) -> dict[int, int]:
    """The figures of a sentence that parts of another side break down: where the number stands -> the value as told."""
    out: dict[int, int] = {}
    for m in mentions:
        if m.parent is None or not 0 <= m.parent < len(mentions) or m.side is None:
            continue
        whole = mentions[m.parent]
        if whole.side is not None and whole.side != m.side and not m.label and not whole.quantity.vague:
            out[whole.quantity.start] = whole.value
    return out


def add_up(first: Mention, m: Mention) -> Mention:
    """Two figures of one side told in one sentence, as one."""
    return replace(first, quantity=replace(first.quantity, value=first.value + m.value, end=m.quantity.end),
                   group_end=m.group_end, parent=None)


def split_wholes(counts: dict[tuple[str, str], tuple[Mention, int]], mentions: tuple[Mention, ...], index: int,
                 sentence: str) -> set[tuple[str, str]]:
    """The sides whose figure an earlier sentence gave as a whole that this sentence, restating who the dead were, breaks
    down into figures of two or more sides adding up to it exactly ("... has risen to 12. They are five local gunmen, six
    members of the group and a civilian"): its part of the whole's side replaces the whole. (Not a sentence that tells
    of more dead: "Four ISIS members were killed ... two of the cell members blew themselves up, and two soldiers were
    killed".)"""
    out: set[tuple[str, str]] = set()
    if RESTATING.search(". " + sentence) is None:  # ("They are ..." opening the sentence: the cue reads the stop before it)
        return out
    for role, told, parts in _sided_parts(mentions):
        for m in parts:
            old = counts.get((role, m.side))  # type: ignore[arg-type]
            if old is not None and old[1] != index and old[0].value == told > m.value and old[0].side == m.side:
                out.add((role, str(m.side)))
    return out


def _sided_parts(mentions: tuple[Mention, ...]) -> list[tuple[str, int, list[Mention]]]:
    """Per role, the sum of a sentence's figures of known sides and the figures, where they are of two sides or more."""
    out = []
    for role in ("killed", "injured"):
        parts = [m for m in mentions if m.role == role and m.parent is None and m.side is not None and not m.quantity.vague]
        if len({m.side for m in parts}) >= 2:
            out.append((role, sum(m.value for m in parts), parts))
    return out


def split_sideless(generic: list[tuple[Mention, int]], mentions: tuple[Mention, ...], index: int,
                   sentence: str) -> list[tuple[Mention, int]]:
    """The figures of no side an incident holds, less a risen toll of no side told before that this sentence restates
    by side, adding up to it exactly ("the toll has risen to 17. They are six local gunmen, nine members of the group
    and two civilians"): the parts are the toll, whichever their sides (the unknown among them too)."""
    if not generic or RESTATING.search(". " + sentence) is None:
        return generic
    sums = {role: told for role, told, _ in _sided_parts(mentions)}
    return [(m, at) for m, at in generic if not (at != index and m.rose and sums.get(m.role) == m.value)]


Counts = dict[tuple[str, str], tuple[Mention, int]]
Figures = list[tuple[Mention, int]]


def summary_shares(drafts: list[tuple[Counts, dict[tuple[str, str], Mention], Figures]], days: list[date | None],
                   spans: list[set[date]]) -> None:
    """Where an incident's figure of a side came first and a later sentence of it gave a smaller one, of that side or of
    none ("eight of the victims died in X"), the smaller one is the incident's toll when the difference is exactly the
    dead of that side or of none that the incidents told right after it count (all of them, or the first few: "27
    civilians killed ... 19 of the dead in X, eight in Y", then a separate attack): the larger figure summed them up,
    and their dead of no side ("..., killing five") are of its side; an incident told on another day than the summary
    ("... on Monday", then "On Tuesday, a drone killed three") ends the run, unless the summary names that day too
    ("... on Monday and Tuesday"). ``drafts``: each incident's counts, smaller figures of a side and figures of no side
    (with their sentences); ``days``: each incident's day, if known; ``spans``: the days each one's summary names."""
    for k, (counts, lower, generic) in enumerate(drafts):
        for key, (kept, at) in list(counts.items()):
            if key[0] != KILLED or kept.rose:
                continue
            lows = [m for m in (lower.get(key), *(g for g, when in generic if when > at and g.role == KILLED))
                    if m is not None and not m.quantity.vague and 0 < m.value < kept.value and m.label is None]
            # (not "a first lieutenant among the dead": a part told by its kind or rank is some of them, not a place's share)
            runs = _running_dead(drafts[k + 1:], key[1], {days[k], *spans[k]}, days[k + 1:])
            low, upto = next(((m, runs.index(kept.value - m.value)) for m in lows if kept.value - m.value in runs), (None, 0))
            if low is None:
                continue
            counts[key] = (replace(low, side=key[1]), at)
            for later, _, rest in drafts[k + 1:k + 2 + upto]:
                _take_side(later, rest, key)


def _running_dead(drafts: list[tuple[Counts, dict[tuple[str, str], Mention], Figures]], side: str,
                  named: set[date | None], days: list[date | None]) -> list[int]:
    """The dead of ``side`` or of no side that the incidents count, summed from the first one on (one sum after each),
    up to the first incident told on a day other than those of ``named`` (the summary's day, and any other it names)."""
    out: list[int] = []
    total = 0
    for (later, _, rest), when in zip(drafts, days, strict=True):
        if None not in named and when is not None and when not in named:
            break
        total += sum(m.value for (role, s), (m, _) in later.items() if role == KILLED and s == side)
        total += sum(m.value for m, _ in rest if m.role == KILLED and not m.quantity.vague)
        out.append(total)
    return out


def _take_side(counts: Counts, generic: Figures, key: tuple[str, str]) -> None:
    """The dead of no side of an incident ("..., killing five") counted as dead of the side ``key`` gives."""
    for m, when in [(m, when) for m, when in generic if m.role == key[0] and not m.quantity.vague]:
        old = counts.get(key)
        counts[key] = (add_up(old[0], m) if old else replace(m, side=key[1]), when)
        generic.remove((m, when))
