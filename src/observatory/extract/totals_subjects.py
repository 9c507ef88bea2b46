"""A figure whose side is the subject of its clause (used by ``totals.TotalsBuilder``).

"Rebel and jihadist fighters, including those of HTS, accounted for 2,621 deaths", "Civilians made up 1,100 of the
dead": the figure names no side ("deaths"), the clause's subject does. The subject runs from the previous figure (or the
start of the sentence) to the verb. Right after a total, such a sentence continues it (``share_of_dead``: "The monitor
said civilians accounted for 1,627 of the dead, among them 321 children").

In a list by perpetrator told with the victims left out after the first ("the regime killed 22 civilians, while Russian
forces killed three, ISIS killed one and other parties killed 48"), a bare figure is of the side of the last figure that
names its people, not of the killer named beside it.

"41 incidents of infighting among Turkish-backed factions ..., which left 19 gunmen and four civilians
dead": fighters named by no group, dead in the infighting of one side, are of that side (``infighting_side``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import find_quantities
from observatory.extract.totals_held_areas import before_held_area

_SHARE_VERB = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|comprised)\s+(?:(?:at\s+least|about|nearly|almost|more\s+than|over|"
                         r"some|around|roughly)\s+)?$", re.IGNORECASE)
_DEAD_AFTER = re.compile(r"\s*(?:of\s+(?:the|these|those|all)\s+)?(?:deaths|fatalities|dead|victims|killed|lives)\b", re.IGNORECASE)


def subject_span(work: str, lower: int, at: int, end: int) -> tuple[int, int] | None:
    """The subject before "accounted for" when the figure at ``at`` (its number ending at ``end``) counts deaths."""
    m = _SHARE_VERB.search(work, max(lower, at - 60), at)
    if m is None or not _DEAD_AFTER.match(work, end) or killer_subject(work, lower, m.start()):
        return None
    return lower, before_held_area(work, lower, m.start())  # ("SDF-held areas accounted for 45 deaths": no side)


#: A subject that is a means of killing ("Regime artillery and rocket fire", "Russian warplanes", "ISIS attacks"): the
#: side it names killed the dead of the share.
_KILLER_HEAD = re.compile(r"\b(?:shelling|artillery|fire|gunfire|strikes|airstrikes|air\s+raids|raids|warplanes|jets|aircraft|drones|"
                          r"bombardment|bombing|attacks|shells|rockets|missiles)\s*$", re.IGNORECASE)


def killer_subject(work: str, start: int, end: int) -> bool:
    """Whether the subject work[start:end] of "accounted for N of the deaths" ends with a means of killing: its side is
    the killer's, not the side of the dead ("Regime artillery and rocket fire accounted for 52 of the deaths")."""
    return _KILLER_HEAD.search(work, start, end) is not None


_BARE_AFTER = re.compile(r"\s*(?:[,.;)]|and\b|while\b|$)", re.IGNORECASE)

#: "The monitor said civilians accounted for 1,627 of the dead": a side's share of the toll told just before.
_SHARE_OF_DEAD = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|comprised|constituted)\s+(?:(?:at\s+least|about|nearly|almost|"
                            r"more\s+than|over|some|around|roughly)\s+)?\d[\d,]*\s+(?:of\s+(?:the|these|those|all)\s+)?(?:deaths|fatalities|"
                            r"dead|victims|killed|lives)\b", re.IGNORECASE)


_SHARE_FIGURE = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|comprised|constituted)\s+(?:(?:at\s+least|about|nearly|almost|"
                           r"more\s+than|over|some|around|roughly)\s+)?(?P<num>\d[\d,]*)\s+of\s+(?:the|these|those|all)\s+(?:deaths|fatalities|"
                           r"dead|victims|killed)\b", re.IGNORECASE)
#: What may stand between the share and a kind of people that breaks it down (", among them 321 children").
_TO_PART = re.compile(r"[^.;:]{0,40}?\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.IGNORECASE)


def share_of_dead(chunk: str) -> bool:
    """Whether the sentence gives a side's share of a toll with "accounted for" / "made up" ("civilians accounted for
    1,627 of the dead"): after a total, a part of it."""
    return _SHARE_OF_DEAD.search(chunk) is not None


def with_share_figures(work: str, start: int, end: int, mentions: list[Mention],
                       side_in: Callable[[int, int], str | None]) -> list[Mention]:
    """The mentions with the figure of each "X accounted for N of the dead" that no mention holds added as dead of the
    side its subject names (the kinds read after it, ", among them 321 children", become its parts)."""
    for found in _SHARE_FIGURE.finditer(work, start, end):
        at, stop = found.start("num"), found.end("num")
        if any(x.quantity.start <= at < max(x.quantity.end, x.group_end) for x in mentions):
            continue
        lower = max([x.group_end for x in mentions if x.group_end <= found.start()] + [start])
        side = None if killer_subject(work, lower, found.start()) else side_in(lower, before_held_area(work, lower, found.start()))
        quantities = find_quantities(found.group("num"), at)
        if side is None or not quantities:
            continue
        pos = sum(1 for x in mentions if x.quantity.start < at)
        quantity = quantities[0]
        out = [x if x.parent is None or x.parent < pos else replace(x, parent=x.parent + 1) for x in mentions]
        out = [replace(x, parent=pos) if k >= pos and x.parent is None and x.label is not None
               and _TO_PART.match(work, found.end(), x.quantity.start) else x for k, x in enumerate(out)]
        mentions = [*out[:pos], Mention(role=KILLED, quantity=quantity, side=side, group_start=stop, group_end=found.end()), *out[pos:]]
    return mentions


def bare_figure_side(work: str, start: int, end: int, mentions: list[Mention], sides: list[str | None]) -> str | None:
    """The side of the last figure before ``start`` that names its people, when the figure at [start, end) names none."""
    if not _BARE_AFTER.match(work, end):
        return None
    named = [sides[i] for i, m in enumerate(mentions) if m.quantity.end <= start and m.parent is None and not m.quantity.vague
             and sides[i] is not None and not _BARE_AFTER.match(work, m.quantity.end)]
    return named[-1] if named else None


#: "infighting among Turkish-backed factions", "internal clashes between members of the SDF", "infighting within HTS".
_INFIGHTING = re.compile(r"\b(?:infighting|in-fighting|internal\s+(?:fighting|clashes|disputes?)|inter-factional\s+(?:fighting|clashes))\s+"
                         r"(?:among|between|within|inside|in)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?(?:members\s+of\s+(?:the\s+)?)?"
                         r"(?P<who>[^,.;]{2,60}?)(?=\s*(?:[,.;]|\bin\b|\bsince\b|\bwhich\b|\bthat\b|\bduring\b|$))", re.IGNORECASE)
_FIGHTERS = re.compile(r"\s*(?:[\w-]+\s+)?(?:gunmen|fighters|members|militants|militiamen|combatants)\b", re.IGNORECASE)


def infighting_side(work: str, start: int, end: int, m: Mention, side_in: Callable[[int, int], str | None]) -> str | None:
    """The side whose infighting work[start:end] tells, for a figure of fighters named by no group."""
    if not _FIGHTERS.match(work, m.quantity.end, m.group_end + 1):
        return None
    found = _INFIGHTING.search(work, start, end)
    return side_in(*found.span("who")) if found is not None else None
