"""Totals of a bare "the factions" that the text named as Turkey's before (used by ``totals.TotalsBuilder``).

A total of "members of the factions", "faction members" or "the losses of the factions" is of the rebels (SCHEMA:
"factions" -> hts_rebels) unless the text last named the factions as Ankara's before the bare word: "Turkish forces
and their loyal factions", "the Turkish-backed factions", "factions of the Syrian National Army" (SCHEMA: SNA factions
-> turkey_factions), or where the text set the report in the areas Turkey holds (``totals_turkish_areas``). The same reading as for casualty figures and incident doers (``factions_of_turkey``), here for a
total whose sentence does not itself name the factions as Turkey's (that case is ``totals_sides``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.factions_of_turkey import BARE_FACTIONS, ankara_factions_before
from observatory.extract.text import line_around, sentence_around
from observatory.extract.totals_turkish_areas import in_turkish_areas
from observatory.models import CumulativeClaim


def ankara_factions(claims: Sequence[CumulativeClaim], work: str, lexicon: ActorLexicon,
                    on: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims, those of a bare "the factions" that the text named as Turkey's before set to turkey_factions."""
    return tuple(replace(c, side="turkey_factions") if _of_ankara(c, work, lexicon, on) else c for c in claims)


def _of_ankara(claim: CumulativeClaim, work: str, lexicon: ActorLexicon, on: date | None) -> bool:
    if claim.side != "hts_rebels" or claim.span is None:
        return False
    group = _bare_group(claim, work, lexicon, on)
    return group is not None and (ankara_factions_before(work, group.start, lexicon, on)[0] or in_turkish_areas(work, group.start, lexicon, on))


def _bare_group(claim: CumulativeClaim, work: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The bare factions word that names the total's group: the first group its own words name ("26 members of the
    factions"), else, where they name none ("... rises to 211", "put the losses of the factions at 196"), the last
    group its sentence names before the figure, else the first it names after it ("31 fighters in infighting among the
    factions"); None where that group has a name of its own."""
    assert claim.span is not None
    own = lexicon.find(work, claim.span.start, claim.span.end, on)
    if not own:
        head, end = sentence_around(work, claim.span.start, claim.span.end)
        own = lexicon.find(work, head, claim.span.start, on)[-1:] or lexicon.find(work, claim.span.end, end, on)[:1]
    if not own:
        header = list_header_above(work, claim.span.start)
        own = lexicon.find(work, header[0], header[1], on)[-1:] if header else []
    if not own or own[0].side != "hts_rebels" or own[0].alias.lower() not in BARE_FACTIONS:
        return None
    return own[0]


#: A list item line: a bullet or item number, then a label and its figure ("- Afrin and its countryside: 17.").
_ITEM: Final = re.compile(r"[ ]*(?:[•*▪●◦·-]|\d{1,2}[.)-])[ ]+\S")


def list_header_above(work: str, at: int) -> tuple[int, int] | None:
    """The header line ending with a colon ("The fatalities among the factions' members are distributed as
    follows:") above the list item that holds ``work[at]``, over the items between; None when the line of ``at`` is
    no list item or no such header heads its list."""
    start, _ = line_around(work, at)
    if not _ITEM.match(work, start):
        return None
    while start > 0:
        start, end = line_around(work, start - 1)
        line = work[start:end].rstrip()
        if line.endswith(":"):
            return start, end
        if line and not _ITEM.match(work, start):
            return None
    return None
