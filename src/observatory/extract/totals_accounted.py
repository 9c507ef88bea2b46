"""Shares of a civilian total told as what each killer "accounted for" (used by ``totals.TotalsBuilder.claims``).

"Attacks ... have killed 66 civilians ... since Oct. 5", then "Regime artillery and rocket fire accounted for 52 of
the deaths, regime kamikaze drones for five, and Russian warplanes for nine", or "The report attributed 81 of the
deaths, among them 27 children, to Syrian regime forces": each share is a total of civilians of its own, with its
killer as ``perpetrator`` and the period of the civilian total before it (as the lists of civilians by killer are).

Left as they are: a share whose subject names no killer ("Afrin accounted for 17 of the deaths", "Regime-held areas
accounted for 45 of the deaths": places, the side named the holder of the area; "Civilians accounted for 171 of the
deaths": a side of the dead), and shares with no civilian total of their own just before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import CARDINAL_WORD, words_to_int
from observatory.extract.totals_held_areas import held_areas, in_held_area
from observatory.models import CumulativeClaim, Span

_NUM: Final = rf"(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"
_DEAD: Final = r"of\s+the\s+(?:deaths|dead|victims|fatalities|killings)"
#: "<killer> accounted for 52 of the deaths", the killer being the clause's subject.
_ACCOUNTED: Final = re.compile(
    rf"(?P<by>[A-Z][^,.;:]{{2,80}}?)\s+(?:accounted|were\s+responsible)\s+for\s+{_NUM}\s+{_DEAD}\b"
)
#: ", regime kamikaze drones for five", "and Russian warplanes for nine": the split going on.
_MORE: Final = re.compile(
    rf"\s*,?\s*(?:and\s+)?(?P<by>(?!the\s+rest\b)[^,.;:]{{2,60}}?)\s+for\s+{_NUM}\b(?=\s*(?:[,.;]|$|\band\b))",
    re.IGNORECASE,
)
#: "The report attributed 81 of the deaths, among them 27 children, to Syrian regime forces".
_ATTRIBUTED: Final = re.compile(
    rf"\battributed\s+{_NUM}\s+{_DEAD}\s*(?:,[^,.;]{{1,60}},\s*)?\s+to\s+(?P<by>[^,.;:]{{2,80}}?)(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)
#: How far back the civilian total that the shares split may lie.
_BACK: Final = 600


def accounted_shares(
    claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon, on: date | None
) -> tuple[CumulativeClaim, ...]:
    """The claims with each killer's share of the civilian total before it as a civilian total by that killer."""
    if "accounted for" not in work and "attributed" not in work and "responsible for" not in work:
        return claims
    out, added = list(claims), list[CumulativeClaim]()
    for value, span, by in _shares(work):
        areas = held_areas(work, *by)  # ("Regime-held areas accounted for 45 of the deaths": a place, no killer)
        found = [a.side for a in lexicon.find(work, by[0], by[1], on) if a.side not in ("civilians", "unknown") and not in_held_area(a.start, areas)]
        whole = _whole([c for c in out if not any(c is a for a in added)], span[0], value)
        if not found or whole is None:
            continue
        out = [
            c for c in out if c.span is None or not (span[0] <= c.span.start < span[1])
        ]  # (the figure read as a side's own)
        added.append(replace(whole, killed=value, of_which=(), span=Span(*span), region=None, perpetrator=found[0]))
        out.append(added[-1])
    return tuple(out)


def _shares(work: str) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(figure, its span, the killer's span) of each share told by "accounted for" or "attributed ... to"."""
    out = []
    for m in _ACCOUNTED.finditer(work):
        out.append((m, m.span("num"), m.span("by")))
        at = m.end()
        while (more := _MORE.match(work, at)) is not None:
            out.append((more, more.span("num"), more.span("by")))
            at = more.end()
    out.extend((m, m.span("num"), m.span("by")) for m in _ATTRIBUTED.finditer(work))
    shares = []
    for m, span, by in out:
        value = words_to_int(m.group("num").replace(",", "").lower())
        if value is not None:
            shares.append((value, span, by))
    return shares


def _whole(claims: list[CumulativeClaim], at: int, value: int) -> CumulativeClaim | None:
    """The civilian total the share at ``at`` splits: the nearest total before it (within ``_BACK`` characters), when
    that total is of civilians, larger than the share and no regional line."""
    before = [c for c in claims if c.span is not None and at - _BACK <= c.span.end <= at]
    if not before:
        return None
    last = max(before, key=lambda c: c.span.start if c.span is not None else -1)
    return last if last.side == "civilians" and last.region is None and last.killed > value else None
