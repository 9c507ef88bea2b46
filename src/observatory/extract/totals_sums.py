"""Overall figures of no side that the lines after them add up to (used by ``totals``): the parts are the totals (a share
of a line, "77 of the civilians killed by Russian strikes", is left out of the sum); also an overall figure read as of one
side that lines of several sides add up to exactly (``_split_by_side``); also a figure of "people" that the
words around it gave a side ("43 people ... during the truffle season" read as civilians), whatever sides the lines name;
and a rounded headline ("More than 11,200 people") that the lines of the sides after it add up to within 2 % (or,
for a figure of tens, "More than 150 people" split into lines of 154, less than ten above it); round
eleven: lines of kinds of deaths and other parties' figures (``totals_rivals``), sides of area
lines and of "the factions" (``totals_sides``); shares of a total told by how they died
("Of them, 27 were killed by landmines and 13 in ISIS attacks") fold into it (``totals_kinds``); a figure of
a role of no group ("killed 26 military personnel, as follows: 11 Iranian-backed militiamen, ... nine regime soldiers"),
whatever side the role gave it, split exactly by lines of two sides or more; a headline of people split
by side after a cue, the lines short of it (``totals_headlines``); shares by cause in a total's own sentence (``totals_inline_causes``)."""

from __future__ import annotations

import re

from observatory.extract.totals_headlines import split_headlines
from observatory.extract.totals_inline_causes import fold_inline_causes
from observatory.extract.totals_kinds import fold_kinds
from observatory.extract.totals_rivals import drop_rivals
from observatory.extract.totals_sides import set_sides
from observatory.models import CumulativeClaim


def drop_sums(claims: list[CumulativeClaim], work: str = "") -> list[CumulativeClaim]:
    """An overall figure of no side followed by its parts ("24 persons"; "20 fighters", "three soldiers", "one civilian")
    is not a total of its own: the parts are."""
    claims = set_sides(fold_kinds(claims, work), work)
    heads = split_headlines(claims, work) if work else set()
    out = []
    for j, claim in enumerate(claims):
        if j in heads:
            continue  # "the death of 6,900 people ... distributed as follows:" then lines of three sides
        if claim.side == "unknown" and not _sibling_line(claims, j, work) and not _first_item(claim, work) and _sum_follows(claim, claims[j + 1:]) \
                or _bare(claim, work) and _split_by_side(claim, claims[j + 1:]):
            continue
        if _people(claim, work) and _split_by_side(claim, claims[j + 1:], own=False) or _rounded_whole(claim, claims[j + 1:], work):
            continue  # "43 people ..." read as civilians ("during the truffle season"), then "35 civilians ... and 8 soldiers"
        out.append(claim)
    return fold_inline_causes(drop_rivals(out, work), work) if work else drop_rivals(out, work)


#: A line of a list: a bullet at the start of a line.
_BULLET = re.compile(r"[ \t]*[-•*▪●◦·]")


def _bulleted(work: str, at: int) -> bool:
    return _BULLET.match(work, work.rfind("\n", 0, at) + 1, at) is not None


#: A labelled line of a list up to its figure: "Unidentified people: 25".
_LABELLED = re.compile(r"[ \t]*[A-Z][^:\n]{1,80}:\s*$")


def _list_line(work: str, at: int) -> bool:
    """The figure at ``at`` opens a line of a list: after a bullet, or after the line's label ("Unidentified people: ")."""
    return _bulleted(work, at) or _LABELLED.match(work, work.rfind("\n", 0, at) + 1, at) is not None


def _sibling_line(claims: list[CumulativeClaim], j: int, work: str) -> bool:
    """A bulleted (or labelled) line right after another line of the list ("- 20 people accused of drug
    smuggling." after "- 67 former fighters ...", "Unidentified people: 25" after "Soldiers of the Turkish army: 2"), its
    own line no header (no colon at its end): a line of the list, not a headline that the lines after it ("- Seven
    collaborators ...", "- 13 unidentified persons") add up to."""
    if j == 0 or not work:
        return False
    here, before = claims[j].span, claims[j - 1].span
    if here is None or before is None or before.start >= here.start:
        return False
    line_end = work.find("\n", here.end)
    line = work[here.end:line_end if line_end >= 0 else len(work)]
    return _list_line(work, here.start) and _list_line(work, before.start) and not line.rstrip().endswith(":")


def _first_item(claim: CumulativeClaim, work: str) -> bool:
    """The figure opens the first bulleted line under a header that ends with a colon ("... in the past 24 hours:" then
    "- Seven gunmen of the tribes.", "- Four SDF members.", "- Three civilians"): a line of the list, whatever the
    lines after it add up to (round 67)."""
    if claim.span is None or not work or not _bulleted(work, claim.span.start):
        return False
    line_start, line_end = work.rfind("\n", 0, claim.span.start) + 1, work.find("\n", claim.span.start)
    if work[line_start:line_end if line_end >= 0 else len(work)].rstrip().endswith(":"):
        return False  # ("- 24 persons:" heads lines of its own)
    end = line_start
    while end > 0 and work[end - 1].isspace():
        end -= 1  # (the end of the text before the line, past blank lines)
    return end > 0 and work[end - 1] == ":" and not _BULLET.match(work, work.rfind("\n", 0, end) + 1)


#: "More than 11,200 people", "nearly 3,900 people": a rounded figure, told before the exact one.
_ROUNDED = re.compile(r"\b(?:more\s+than|over|nearly|about|around|almost|some|approximately|roughly|close\s+to)\s+$", re.IGNORECASE)
#: How far a rounded figure may lie from the exact sum of its lines (a share of the figure).
_ROUNDING = 0.02


def _rounded_whole(overall: CumulativeClaim, rest: list[CumulativeClaim], work: str) -> bool:
    """"More than 11,200 people were killed in 2019 ... documented 11,215 deaths ..., including 3,473 civilians",
    then the toll of each side: a rounded figure of people that the lines of two sides or more after it add up to within
    2 % is the headline of the split, not a total of its own."""
    if overall.side != "unknown" or overall.span is None:
        return False
    digit = re.search(r"\d", work[overall.span.start:overall.span.end])  # (the figure's span may open with its qualifier)
    if digit is None or not _ROUNDED.search(work[max(0, overall.span.start - 20):overall.span.start + digit.start()]):
        return False
    lines = [c for c in rest[:12] if c.side != "unknown" and c.region is None]
    running = 0
    for n, c in enumerate(lines, 1):
        running += c.killed
        split = n >= 3 and len({x.side for x in lines[:n]}) >= 2
        near = abs(running - overall.killed) <= _ROUNDING * overall.killed
        # (a figure of tens rounded down is at most the sum: 147 of lines so far is short of "more than 150", go on)
        if near and (split or running >= overall.killed or overall.killed % _ROUND_STEP) or _rounded_down(overall.killed, running):
            return split
        if running > overall.killed * (1 + _ROUNDING) + _ROUND_STEP:
            return False
    return False


#: "More than 150 people" for a split that adds up to 154: a figure of tens rounded down by less than ten.
_ROUND_STEP = 10


def _rounded_down(rounded: int, exact: int) -> bool:
    return rounded % _ROUND_STEP == 0 and 0 <= exact - rounded < _ROUND_STEP


def _bare(claim: CumulativeClaim, work: str) -> bool:
    """A figure that names no people of its own ("has risen to 154"): its side was read from the words around it."""
    return claim.span is not None and not re.search(r"[A-Za-z]", work[claim.span.start:claim.span.end])


#: A figure of people of no side by its own words ("43 people", "47 deaths").
#: also a role of no group ("26 military personnel", "40 combatants", "31 fighters"): "killed 26 military
#: personnel, as follows: 11 Iranian-backed militiamen, six Hezbollah members, nine regime soldiers".
_PEOPLE = re.compile(r"[\d,]+\s+(?:people|persons|individuals|deaths|fatalities|victims|military\s+personnel|combatants|fighters|militants|"
                     r"servicemen|gunmen)\W*", re.IGNORECASE)


def _people(claim: CumulativeClaim, work: str) -> bool:
    """A figure whose own words are "people", "persons", "deaths" ...: its side, if any, was read from the words around it."""
    return claim.span is not None and claim.side != "unknown" and _PEOPLE.fullmatch(work, claim.span.start, claim.span.end) is not None


def _split_by_side(overall: CumulativeClaim, rest: list[CumulativeClaim], own: bool = True) -> bool:
    """"The death toll ... has risen to 154" (a bare figure, read as of the attackers' side), then "the dead include 102 ISIS members,
    45 SDF members and seven civilians": the lines of the same period right after it add up to it exactly and name
    two sides or more besides unknown, one of them its own (any, where not ``own``): a whole split by side, not a total of its side
   ."""
    lines = []
    for c in rest[:12]:
        if (c.since, c.until, c.region) != (overall.since, overall.until, overall.region):
            break
        lines.append(c)
    running = 0
    for n, c in enumerate(lines, 1):
        running += c.killed
        if running == overall.killed:
            sides = {x.side for x in lines[:n]} - {"unknown"}
            return n >= 2 and len(sides) >= 2 and (overall.side in sides or not own)
    return False


def _sum_follows(overall: CumulativeClaim, rest: list[CumulativeClaim]) -> bool:
    """The lines after the overall figure add up to it: the lines of no perpetrator ("Of them, 129 by Russian
    airstrikes" is a part of a line, not a line), or all of them ("SDF: 1, a fighter shot dead by ISIS" is a line)."""
    return (_adds_up(overall, [c for c in rest if c.perpetrator is None]) or _adds_up(overall, rest)
            or _adds_up(overall, _without_subcounts(rest)))


def _without_subcounts(lines: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """The lines less those smaller than an earlier line of the same side ("1,505 civilians ... Russian strikes alone
    killed 77 civilians"): a share of that line, not a line of the sum."""
    out: list[CumulativeClaim] = []
    for claim in lines:
        if any(c.side == claim.side and c.killed > claim.killed and c.region == claim.region for c in out):
            continue
        out.append(claim)
    return out


def _adds_up(overall: CumulativeClaim, lines: list[CumulativeClaim]) -> bool:
    running = 0
    sides: set[str] = set()
    for n, claim in enumerate(lines[:12], 1):
        if claim.region != overall.region:
            return False
        running += claim.killed
        sides.add(claim.side)
        if running == overall.killed:
            return n >= 2 and sides != {"unknown"}
        if running > overall.killed:
            return False
    return False
