"""People of a total described as civilians by what they were doing (used by ``totals.TotalsBuilder``).

* "more than 150 people have been killed in the desert hunting for truffles", "27 people killed while grazing their
  sheep": people of no side whom the sentence describes by a civilian pursuit (truffle hunting, herding, harvesting,
  farm work) are civilians, as SCHEMA labels truffle hunters and shepherds; not where the text says only most of them
  were ("230 people, most of them civilians, killed ... while collecting truffles", "mostly shepherds"): unknown;
* a running figure is of the people named between "number of" and "killed", not of a group named after "killed"
  ("the number of people killed in the attacks of ISIS cells ... has risen to 215": unknown) (``counted_sides``);
* "Of them, 97 were killed in ISIS attacks" after a total: the bare figure is of that total's side (``share_sides``);
* "the number of people killed while searching for truffles since ... rises to 61": the pursuit told
  between "number of" and the figure makes the people civilians too; "the number of regime soldiers and SDF fighters
  killed ... rises to 23, they are: 14 ... and nine ...": a figure of two sides is no total of one (its parts are).
* "the number of ISIS members killed ... rises to 571, while the death toll among regime soldiers ... rises
  to 1,138": a running figure's "number of" is looked for after the figure before, not across it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.text import SENTENCE_STOP
from observatory.extract.totals_all_of_them import told_for_all
from observatory.extract.totals_lines import by_party

_PURSUIT = re.compile(r"\b(?:while\s+|when\s+|during\s+)?(?:hunting|searching|looking|foraging|collecting|gathering|picking)\s+(?:for\s+)?"
                      r"(?:desert\s+)?truffles?\b|\btruffle[\s-](?:hunting|season|picking|gathering)\b|"
                      r"\b(?:grazing|herding|tending)\s+(?:their\s+|his\s+|the\s+)?(?:sheep|livestock|cattle|flocks?|herds?|camels)\b|"
                      r"\b(?:harvesting|picking)\s+(?:their\s+|the\s+)?(?:olives|wheat|crops|cotton)\b|\bworking\s+(?:in|on)\s+(?:their\s+)?"
                      r"(?:fields|farms?|farmland|lands?)\b", re.IGNORECASE)

#: "most of them civilians", "the majority of whom were shepherds", "mostly civilians": only some of the people are.
_MOSTLY = re.compile(r"\b(?:(?:most|the\s+majority|many)\s+of\s+(?:them|whom)|mostly|mainly|largely)\b", re.IGNORECASE)


def pursued_civilians(work: str, mentions: list[Mention], sides: list[str | None], end: int) -> list[str | None]:
    """The sides with "people" of no side turned civilians where the words after them, up to the next figure, tell
    a civilian pursuit."""
    out = list(sides)
    for i, m in enumerate(mentions):
        if m.parent is not None or sides[i] != "unknown" or m.actor not in (None, "People"):
            continue
        stop = next((n.quantity.start for n in mentions[i + 1:] if n.quantity.start > m.quantity.end), end)
        if _PURSUIT.search(work, m.quantity.end, stop) and not _MOSTLY.search(work, m.quantity.end, stop):
            out[i] = "civilians"
    return out


#: "the number of SDF fighters killed in the fighting with ISIS since ... has reached 48", "the number of people killed in
#: the attacks of ISIS cells ... has risen to 215": whose dead a running figure counts is named between "number of" and
#: "killed"; a group named after "killed" is who killed them or fought them.
_COUNTED = re.compile(r"\b(?:number|tally|count|total)\s+of\s+(?P<who>(?:[\w'\"-]+\s+){1,8}?)(?:who\s+(?:were|have\s+been|had\s+been)\s+)?"
                      r"(?:killed|dead|deaths|fatalities)\b[^.;:]{0,160}?\b(?:to|reached|reaching|hit|at)\s+"
                      r"(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
_PEOPLE = re.compile(r"^(?:the\s+)?(?:people|persons|those|individuals|victims)\s*$", re.IGNORECASE)


def counted_sides(work: str, mentions: list[Mention], sides: list[str | None], start: int,
                  side_in: Callable[[int, int], str | None]) -> list[str | None]:
    """The sides with a running figure's side taken from the words after "number of" (``side_in`` reads a span's side):
    people of no side named there are unknown, whatever group the sentence names after "killed"."""
    out = list(sides)
    for i, m in enumerate(mentions):
        if m.parent is not None or sides[i] is None or re.search(r"\w", work[m.quantity.end:m.group_end]):
            continue  # ("... has risen to 77 civilians": the figure names its own people)
        previous = max((n.quantity.end for n in mentions[:i] if n.parent is None and n.quantity.end <= m.quantity.start), default=start)
        found = _COUNTED.search(work, max(start, previous), m.quantity.start)  # not across the figure before
        if found is not None:
            named = side_in(*found.span("who"))
            if len(_named_sides(found, side_in)) >= 2:
                out[i] = None  # "the number of regime soldiers and SDF fighters killed ... rises to 23": of no one side
                continue
            people = _PEOPLE.match(found.group("who"))  # ("the number of people killed while searching for truffles": civilians)
            if people and m.side not in (None, "unknown") and told_for_all(work, m, len(work)):
                continue  # ("the number of people killed ... rises to nine, all of them members of jihadist groups")
            out[i] = named or ("civilians" if people and _PURSUIT.search(found.group(0)) else "unknown" if people else out[i])
    return out


def _named_sides(found: re.Match[str], side_in: Callable[[int, int], str | None]) -> set[str]:
    """The sides of the groups named, one by one, between "number of" and "killed" ("regime soldiers and SDF fighters")."""
    return group_sides(found.group("who"), found.start("who"), side_in)


def group_sides(text: str, start: int, side_in: Callable[[int, int], str | None]) -> set[str]:
    """The sides of the groups ``text`` (at ``start``) names one by one, split at commas and "and" (regime forces and
    Iranian-backed militias named together are one group, the regime's: "regime soldiers and Iranian-backed militiamen")."""
    sides = set()
    for part in re.finditer(r"[^,]+?(?=\s*(?:,|\band\b|$))", text):
        side = side_in(start + part.start(), start + part.end())
        if side is not None and side != "unknown":
            sides.add(side)
    return sides - {"pro_iran_foreign"} if "regime" in sides else sides


_SHARE_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:them|these|those|whom)\s*,\s*", re.IGNORECASE)


def share_sides(work: str, mentions: list[Mention], sides: list[str | None], start: int, last: str | None) -> list[str | None]:
    """"Of them, 97 were killed in ISIS attacks" after a total of regime soldiers: the bare figures of a sentence that
    splits the total before are of that total's side, not of the group named as who killed them."""
    if last is None:
        return sides
    if _SHARE_OPENING.match(work, start) is None:
        return _share_subject(work, mentions, sides, start, last)
    return [last if m.parent is None and s not in (None, last) and not re.search(r"\w", work[m.quantity.end:m.group_end]) else s
            for m, s in zip(mentions, sides, strict=True)]


#: "913 of them were killed ...": a figure told as a share of the people before it.
_OF_THEM: Final = re.compile(r"\s+of\s+(?:them|these|those)\s*", re.IGNORECASE)
#: What may stand before the share as its sentence's opening ("According to SOHR statistics, ").
_OPENING: Final = re.compile(r"\W*(?:(?:According\s+to|Citing)\s+[^,;.:]{2,60},\s*|By\s+(?:area|region|province|governorate)\s*,\s*)?"
                             r"(?:(?:at\s+least|about|nearly|some)\s+)?$", re.IGNORECASE)
#: "The remaining 44 deaths ...", "The other 12 ...": the rest of the total before, by a word of no side.
_REST: Final = re.compile(r"\W*The\s+(?:remaining|other)\s+", re.IGNORECASE)
_REST_WORDS: Final = re.compile(r"\s*(?:(?:deaths|victims|fatalities|people)\s*)?", re.IGNORECASE)
#: What the rest underwent, not who they were ("were attributed to other parties", not "were unidentified persons").
_REST_DONE: Final = re.compile(r"\s*(?:(?:deaths|victims|fatalities|people)\s+)?(?:were|was)\s+(?:\w+\s+)?"
                               r"(?:killed|attributed|blamed|caused|slain|documented|recorded)\b", re.IGNORECASE)
#: "By area, 19 of the fighters were killed in ...": the people of the total before, by a word of no side.
_OF_THE_PEOPLE: Final = re.compile(r"\s+of\s+the\s+(?:fighters|members|dead|victims|fatalities|militiamen|people)\s*", re.IGNORECASE)


def _share_subject(work: str, mentions: list[Mention], sides: list[str | None], start: int, last: str) -> list[str | None]:
    """"According to SOHR statistics, 913 of them were killed in strikes by the regime forces, while 186 civilians ..."
    after a total of civilians: the share that opens the sentence, of no side of its own, is of that total's side (not
    where bare figures follow it: a split of the total by cause or killer, read by ``by_party``)."""
    if not mentions or mentions[0].parent is not None or mentions[0].quantity.vague:
        return sides
    m = mentions[0]
    of_the = _OF_THE_PEOPLE.fullmatch(work, m.quantity.end, m.group_end) is not None  # (a side guessed from an actor around)
    if sides[0] in (None, "unknown") and _REST.fullmatch(work, start, m.quantity.start) and _REST_WORDS.fullmatch(work, m.quantity.end, m.group_end) \
            and _REST_DONE.match(work, m.group_end):  # (not "The remaining 307 fatalities were unidentified persons")
        return [last, *sides[1:]]  # "The remaining 44 deaths were attributed to other parties": the rest of the total
    if not of_the and (sides[0] is not None or _OF_THEM.fullmatch(work, m.quantity.end, m.group_end) is None) \
            or _OPENING.fullmatch(work, start, m.quantity.start) is None:
        return sides  # (not a share that opens the sentence: "913 of them", or "19 of the fighters" whatever side was guessed)
    stop = SENTENCE_STOP.search(work, m.group_end)
    if any(o.parent is None and s is None for o, s in zip(mentions[1:], sides[1:], strict=True)) \
            or any(hit.start not in {o.quantity.start for o in mentions} for hit in by_party(work, start, stop.start() if stop else len(work))):
        return sides  # ("Fourteen of them were killed by regime shelling, three by ..., and four by landmines": shares by cause)
    return [last, *sides[1:]]
