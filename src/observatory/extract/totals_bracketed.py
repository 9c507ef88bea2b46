"""Figures set in brackets after the names they count, right after a total (used by ``totals.TotalsBuilder`` through
``totals_tallies``; tests in tests/test_extract_totals_bracketed_figures.py).

* "The remaining twelve were killed by the Syrian Democratic Forces (5), Turkish-backed factions (4) and Hayat Tahrir
  al-Sham (3)": a list of parties, each with its figure in brackets, after "by": totals of the side of the total before
  (or of the side the sentence names before the list), each killed by that party;
* "Most of the civilian deaths were recorded in Rural Damascus (34), Aleppo (21) and Idlib (12)": a list of places
  with bracketed figures: regional totals of that side;
* "killed: regime forces (12), SDF (4)" (parties with no "by" before them): totals of each party's own side.

The list needs two items or more, and its figures may not add up to more than the total before (the
last total of the side the sentence names, "the civilian deaths", in the block of the last total's period).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import words_to_int
from observatory.extract.text import Sentence
from observatory.models import CumulativeClaim, Span

#: A proper name ("Deir ez-Zor", "Hayat Tahrir al-Sham", "the SDF") or a side's plain name ("regime forces", "Turkish-backed
#: factions"): capitalised words (with their particles), then at most one plain noun of armed men.
_NAME: Final = (r"(?:the\s+)?(?:[A-Z][\w'-]*|regime|government|opposition|rebel|jihadist|pro-regime|pro-government)"
                r"(?:[ -](?:(?:al|el|ad|ar|as|ash|az|ez|ed|es|de|of)[ -])?[A-Z][\w'-]*){0,5}"
                r"(?:\s+(?:forces|factions|militias|militiamen|fighters|troops|army|cells|groups|gunmen|soldiers|members|warplanes|drones))?")
_ITEM: Final = rf"(?P<name>{_NAME})\s+\((?P<num>\d[\d,]*)\)"
#: "X (5), Y (4) and Z (3)": two bracketed items or more, the last after "and".
_LIST: Final = re.compile(rf"{_ITEM}(?:\s*,\s*{_NAME}\s+\(\d[\d,]*\))*\s*,?\s+and\s+{_NAME}\s+\(\d[\d,]*\)")
_ONE: Final = re.compile(_ITEM)
_BY: Final = re.compile(r"\bby\s*$", re.IGNORECASE)
_CIVILIAN: Final = re.compile(r"\bcivilian", re.IGNORECASE)


def bracketed_totals(work: str, sent: Sentence, claims: list[CumulativeClaim], lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the sentence is such a list after the last total of ``claims``; if so its totals are appended to
    ``claims`` (with that total's period)."""
    if not claims or "(" not in work[sent.start:sent.end]:
        return False
    found = _LIST.search(work, sent.start, sent.end)
    last = claims[-1]
    if found is None:
        return False
    items = [(m, words_to_int(m.group("num").replace(",", ""))) for m in _ONE.finditer(work, found.start(), found.end())]
    before = work[sent.start:found.start()]
    by = _BY.search(before) is not None or _BY.search(before.rstrip().removesuffix("the").rstrip()) is not None
    side = "civilians" if _CIVILIAN.search(before) else _side_in(work, sent.start, found.start(), lexicon, on) or last.side
    whole = last if ":" in before else _whole_of(claims, side)  # ("Most of the civilian deaths ..." after lines of several sides;
    # "Civilian deaths by province: A (37), ...": pairs after a colon are read by ``totals_lines.region_pairs``)
    if len(items) < 2 or any(v is None for _, v in items) or sum(v or 0 for _, v in items) > whole.killed:
        return False
    for m, value in items:
        name = m.group("name")
        name = name[4:] if name.lower().startswith("the ") else name
        party = _side_in(work, m.start("name"), m.end("name"), lexicon, on)
        if party is not None and not by:
            claims.append(replace(last, side=party, killed=value or 0, of_which=(), span=Span(*m.span("num")), region=None, perpetrator=None))
        else:
            claims.append(replace(last, side=side, killed=value or 0, of_which=(), span=Span(*m.span("num")),
                                  region=None if party is not None else name, perpetrator=party))
    return True


def _whole_of(claims: list[CumulativeClaim], side: str) -> CumulativeClaim:
    """The total the list splits: the last of the named side in the block of the last total's period, else the last."""
    last = claims[-1]
    for c in reversed(claims[-8:]):
        if (c.since, c.until) != (last.since, last.until):
            break
        if c.side == side and c.region is None:
            return c
    return last


def _side_in(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> str | None:
    """The side of the first group work[start:end] names by its own name (not civilians, not unknown), or None."""
    named = lexicon.find_named(work, start, end, on)
    return named[0].side if named else None
