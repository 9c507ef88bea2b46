"""Tolls of a span of hours spread over several provinces: a day's count, not one incident's.

A sentence that counts the dead of strikes or shelling that have gone on since dawn or since last night across two or
more provinces ("Turkish drones have been striking regime positions in the countrysides of Idlib and Aleppo since late
last night, killing 16 soldiers", "SOHR has documented the death of 31 people in airstrikes on the countryside of
Aleppo, Raqqa and Hasakah since dawn today") gives the toll of many strikes over a day (a period total in SCHEMA), not
the dead of the incident the sentence tells. One town or one province ("airstrikes on the city of Douma since this
morning killed 14") stays the incident's: a single bombardment's toll often rises within a day.
"""

from __future__ import annotations

import itertools
import re

from observatory.extract.places import PlaceMention, governorate_mentions

#: "since dawn today", "since the early hours of the morning", "since late last night", "since this morning",
#: "since midnight": a span of hours still running when the sentence is written.
SINCE_HOURS = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:early\s+)?dawn(?:\s+today)?|(?:late\s+|early\s+)?last\s+night|"
                          r"this\s+morning|early\s+(?:this\s+)?morning|midnight|the\s+early\s+hours(?:\s+of\s+(?:the\s+|this\s+)?"
                          r"(?:morning|day))?)\b(?!\s+(?:of|on)\b)", re.IGNORECASE)

#: Two provinces joined in one list: "Idlib and Aleppo", "Aleppo, Raqqa and Hasakah".
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s+")
#: Where the list stands: "in the countrysides of", "on the provinces of", "in" (or "Idlib and Aleppo provinces").
_AREA_BEFORE = re.compile(r"\b(?:(?:countrysides?|provinces|governorates|deserts)\s+of\s+(?:the\s+)?|(?:in|on|across)\s+)\Z",
                          re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+(?:provinces|governorates|countrysides)\b", re.IGNORECASE)
#: "the road linking Hama and Idlib", "the border between the countrysides of Hama and Idlib", "displaced from Aleppo
#: and Hama": the names mark a line or where people came from, not where the strikes fell.
_LINE_BEFORE = re.compile(r"\b(?:between|linking|connecting|border|borders|from|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z",
                          re.IGNORECASE)


def _province_list(work: str, found: list[PlaceMention]) -> int | None:
    """Where a list of two or more provinces of where strikes fell ends ("in the countrysides of Idlib and Aleppo")."""
    for first, second in itertools.pairwise(found):
        if first.governorate == second.governorate or not _JOINED.fullmatch(work, first.end, second.start):
            continue
        before = work[max(0, first.start - 40):first.start]
        if _LINE_BEFORE.search(before):
            continue
        if _AREA_BEFORE.search(before) or _AREA_AFTER.match(work, second.end):
            return second.end
    return None


#: "..., and a rocket hit a house in X, killing", "..., and one airstrike on the village of X killed": one hit told
#: after the list, whose toll the figure that follows it is.
_ONE_HIT = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:rocket|shell|missile|airstrike|air\s+strike|strike|raid|bomb|"
                      r"drone|projectile)\b", re.IGNORECASE)


def spread_hours_toll(work: str, head: int, tail: int, figure: int | None = None) -> bool:
    """The sentence work[head:tail] counts a span of hours ("since dawn today") over two or more provinces; not the toll
    at ``figure`` told after the list of one hit of its own ("..., and a rocket hit a house in X, killing a woman")."""
    if SINCE_HOURS.search(work, head, tail) is None:
        return False
    end = _province_list(work, governorate_mentions(work, head, tail))
    return end is not None and (figure is None or figure < end or _ONE_HIT.search(work, end, figure) is None)
