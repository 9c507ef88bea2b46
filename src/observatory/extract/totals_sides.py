"""Sides of totals set right from the figures around them (used by ``totals_sums.drop_sums``).

* lines of a split by area that add up to an earlier headline of another side take the headline's side ("120 people
  ... The fatalities are: 70 soldiers; 20 ISIS members; and 30 civilians", then "The toll by area: Homs desert: 55;
  Deir ez-Zor desert: 40; Raqqa desert: 25"): the areas split the whole toll, not the last line's side;
* area lines after a block of lines of two sides or more that add up to more than the last line ("...; 127
  regime soldiers; 46 ISIS members. By region, the toll is distributed as follows: Homs desert: 98; Raqqa desert: 37"):
  the areas split the block's whole toll, of side ``unknown``, not the last line's;
* "the factions" in a total whose sentence named the factions as Turkey's ("in areas held by Turkish forces and their
  proxy factions ..., among them 25 civilians and 15 fighters of the factions"; "Turkish-backed
  factions", "the Syrian National Army"; the areas of Turkey's operations, "Olive Branch", "Euphrates
  Shield", "Peace Spring"): the Turkish-backed factions, not the rebel factions; so are bare "16 fighters" of such a
  sentence ("infighting among the factions in 'Peace Spring' areas, which have claimed the lives of 23 people: 16
  fighters and seven civilians").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.actors import TURKISH_OPERATIONS
from observatory.models import CumulativeClaim

#: "members of the factions", "fighters of the factions": factions named by no name of their own.
_THE_FACTIONS = re.compile(r"\bthe\s+(?:armed\s+)?factions\b", re.IGNORECASE)
#: Factions the sentence names as Turkey's.
_TURKISH_FACTIONS = re.compile(r"\b(?:Turkish|Turkey|Ankara)(?:[- ]backed|[- ]affiliated|[- ]loyal)\s+(?:armed\s+)?factions\b|"
                               r"\b(?:Turkish\s+(?:forces|army|troops)|Turkey|Ankara)\s+and\s+(?:their|its)\s+(?:proxy|proxies|allied|"
                               r"affiliated|loyal)\s*(?:armed\s+)?(?:factions)?\b|\bSyrian\s+National\s+Army\b|\bproxy\s+factions\b|"
                               rf"\b{TURKISH_OPERATIONS}\b",
                               re.IGNORECASE)
#: "16 fighters", "nine members": fighters named by no group, whose side the sentence gave ("infighting among the factions").
_BARE_FIGHTERS = re.compile(r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:fighters|members|militants|gunmen|combatants)\b[\s,;]*(?:and\s*)?", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n]\s*")
#: The regime's soldiers with its foreign militias: one group whose dead an area split may share out.
_REGIME_GROUP = frozenset({"regime", "pro_iran_foreign"})


def set_sides(claims: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The claims with the sides of area lines and of "the factions" set right."""
    claims = [replace(c, side="turkey_factions") if _turkish_factions(c, work) else c for c in claims]
    return _area_sides(claims)


def _turkish_factions(claim: CumulativeClaim, work: str) -> bool:
    if claim.side != "hts_rebels" or claim.span is None or not (_THE_FACTIONS.search(work, claim.span.start, claim.span.end)
                                                                  or _BARE_FIGHTERS.fullmatch(work, claim.span.start, claim.span.end)):
        return False
    lead = work[max(0, claim.span.start - 300):claim.span.start]
    opening = [m.end() for m in _SENTENCE_START.finditer(lead)]
    return _TURKISH_FACTIONS.search(lead[opening[-1]:] if opening else lead) is not None


def _area_sides(claims: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """Runs of two or more area lines of one side that add up to an earlier headline of the same period and another
    side take the headline's side."""
    out = list(claims)
    j = 0
    while j < len(out):
        run = _area_run(out, j)
        if len(run) >= 2:
            first = out[run[0]]
            total = sum(out[k].killed for k in run)
            head = next((c for c in reversed(out[:j]) if c.region is None and c.killed == total
                         and (c.since, c.until) == (first.since, first.until)), None)
            side = head.side if head is not None else _whole_block(out[:j], total, first.side)
            if side is not None and side != first.side:
                for k in run:
                    out[k] = replace(out[k], side=side)
            j = run[-1] + 1
        else:
            j += 1
    return out


def _whole_block(before: list[CumulativeClaim], total: int, side: str) -> str | None:
    """``unknown`` when the area lines come after a block of lines of two sides or more of their period and add up to
    more than the last line's figure: they split the block's whole toll, not the last line's; not where a line of the
    block is of their own side and holds them ("Most of the civilian deaths were recorded in A (34), B (21) ..."), nor
    where the regime's lines with those of its foreign militias hold them ("228 regime soldiers ...; 41 Iranian-backed
    militiamen of non-Syrian nationalities ...", then "The regime and loyalist fatalities were distributed by region:"),
    nor where the block's lines of their own side add up to them ("42 civilians killed by mines; 17 civilians killed by
    ISIS; nine soldiers", then "Civilian fatalities by region: 24 in A, 16 in B, 11 in C and 8 in D")."""
    if not before or before[-1].region is not None or total <= before[-1].killed:
        return None
    period = (before[-1].since, before[-1].until)
    sides: set[str] = set()
    held = own = 0
    for c in reversed(before):
        if c.region is not None or (c.since, c.until) != period and period != (None, None):
            break  # (lines of no period of their own go on the block of the period before them)
        if c.side == side and c.killed >= total and side != "unknown":
            return None
        held += c.killed if side == "regime" and c.side in _REGIME_GROUP else 0
        own += c.killed if c.side == side != "unknown" else 0
        sides.add(c.side)
    sides.discard("unknown")
    return "unknown" if len(sides) >= 2 and held < total and own != total else None


def _area_run(claims: list[CumulativeClaim], j: int) -> list[int]:
    """The indices of the area lines of one side and period from ``j`` on."""
    first = claims[j]
    if first.region is None:
        return []
    run = [j]
    for k in range(j + 1, len(claims)):
        c = claims[k]
        if c.region is None or (c.side, c.since, c.until) != (first.side, first.since, first.until):
            break
        run.append(k)
    return run
