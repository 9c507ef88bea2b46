"""Statistics paragraphs read beyond one sentence of totals (used by ``totals.TotalsBuilder``).

* a role word before a colon heads a list of figures ("has witnessed the death of: 40 civilians; 12 soldiers; ...");
* a figure followed by a colon (or a bracket) and figures that add up to it ("rose to 30: 18 civilians and 12 soldiers")
  is broken down by them; when they name other sides than the whole, the parts are the totals and the whole is not,
  also where the whole's words gave it a side that does not hold the others ("41 fighters: 23 of HTS ... and 18 regime
  soldiers"; a regime total holds Russians and non-Syrian militiamen);
* "in the same month/period" keeps the period told before; "Among combatants, ..." and "Another N ..." continue the
  statistics; a documented toll right after a period named without a figure is a total of that period (told in the
  present too: "The report documents the deaths of 84 civilians");
* "- 63 in the Homs desert" under "distributed as follows:" is a regional total of the side before;
* "the number of X killed since ... to N": a running total of the side named after "number of" (not a
  count of events whose dead a clause after it gives, "the number of assassinations ... rises to 427, which killed 318");
* a year's toll compared with the war's ("the lowest annual toll since the war began") is no whole-war toll;
* "1,200 of the dead were civilians" after a total: a total of the side the predicate names; also "Of them,
  70 were civilians and 50 were HTS fighters" (two clauses or more that say who, not how, they died);
  the clauses after the first share that go on naming who the others were ("27 of the dead were civilians, ..., while
  21 were members of regime forces and 16 were former opposition fighters").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from observatory.extract.casualty_further_copula import COPULA_AFTER
from observatory.extract.gates import blank, folded
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import CARDINAL_WORD, find_quantities, words_to_int
from observatory.extract.places import governorate_of
from observatory.extract.totals_militia_whole import included_militia_wholes

_NUM = rf"(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"

#: "... the death of: 71 civilians; 98 soldiers": the role word heads the list after the colon (also far
#: before a "they are:" that closes a long clause).
_ROLE_COLON = re.compile(r"\b(?:deaths?|killing|killed|fatalities|lives|losses|dead)\b(?:[^.:;]{0,80}|[^.:;]{0,240}?\b(?:as\s+follows|"
                         r"distributed|broken\s+down|divided|they\s+(?:are|were|include|included)|namely))\s*:\s*(?=\S)", re.IGNORECASE)


def role_before_colon(chunk: str) -> bool:
    """Whether a killed word heads a list after a colon, so that the figures after it are dead."""
    return _ROLE_COLON.search(chunk) is not None


#: "In the same month", "over the same period", "during the same year": the period told before; also "during the year"
#: with a toll ("Russian warplanes carried out 2,900 strikes during the year, killing 92 ISIS members").
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|for|throughout|within)\s+the\s+same\s+(?:period|month|year|week|time(?:\s*frame)?|span|"
                          r"days|weeks|months)\b", re.IGNORECASE)


#: "..., killing 92 ISIS members during the year": the year (month) the report's statistics cover, with a toll in it.
_THE_PERIOD = re.compile(r"\b(?:during|over|throughout)\s+the\s+(?:year|month)\b(?!\s+(?:of|before|after|earlier))", re.IGNORECASE)
#: Also a side's losses told with "lost" and a count of people ("ISIS lost 232 fighters during the year, most of them in
#: some 5,800 airstrikes", "the group lost more than 200 members"): dead in the sentence, not only events counted.
_KILLED = re.compile(r"\b(?:killed|killing|died|dead|deaths|martyred|martyrdom|slain|perished|lost\s+their\s+lives|lost\s+(?:(?:at\s+least|about|some|nearly|around|more\s+than|"
                     r"over)\s+)?(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+(?:[\w-]+\s+){0,2}?(?:fighters|members|soldiers|troops|militants|"
                     r"militiamen|men|personnel|jihadists|gunmen|operatives)\b)", re.IGNORECASE)


#: "In Deir Ezzor countryside alone,": a region's share of the statistics told before, over their period (not "In Baba
#: Amr alone, 38 civilians were killed": one town's toll of a bombardment).
_AREA_ALONE = re.compile(r"\W*In\s+(?:the\s+)?(?P<area>(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+))\s+alone\s*,", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:countryside|province|governorate|desert|region|badia)$", re.IGNORECASE)


def _area_alone(chunk: str) -> bool:
    """Whether the sentence opens with a region or a province "alone" ("In Deir Ezzor countryside alone,", "In Deir Ezzor
    alone,"), not a town ("In Baba Amr alone,")."""
    m = _AREA_ALONE.match(chunk)
    return m is not None and (_REGION_WORD.search(m.group("area")) is not None or governorate_of(m.group("area")) is not None)


#: "The month also saw the death of 8 civilians", "the year witnessed the deaths of 40 ...": the dead of the month (year)
#: the statistics told before cover.
_PERIOD_SAW = re.compile(r"\bthe\s+(?:year|month)\s+(?:also\s+)?(?:saw|witnessed)\s+the\s+deaths?\s+of\s+(?:at\s+least\s+)?"
                         r"(?:\d|[a-z]+\s+(?:civilians|people|members|soldiers|fighters))", re.IGNORECASE)


def same_period(chunk: str) -> bool:
    span = folded(chunk)
    if "same" in span and _SAME_PERIOD.search(chunk) is not None:  # (every match holds "same")
        return True
    if "alone" in span and _area_alone(chunk) and _KILLED.search(chunk) is not None:
        return True  # "In Deir Ezzor countryside alone, the operations left 86 people dead: ..." (round 73)
    if ("the year" in span or "the month" in span) and _PERIOD_SAW.search(chunk) is not None:
        return True
    return ("the year" in span or "the month" in span) and _THE_PERIOD.search(chunk) is not None and (
        _KILLED.search(chunk) is not None or events_counted(chunk))


#: "22 assassination attempts", "more than 1,900 airstrikes": a count of events, not of people.
_EVENTS = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:attacks|attempts|operations|strikes|airstrikes|air\s+strikes|raids|explosions|"
                     r"assassinations|massacres|arrests|bombings|ambushes)\b", re.IGNORECASE)


#: A line that opens with a count of people ("- 39 ISIS members, most of them in Russian airstrikes, which exceeded 1,100
#: strikes in the same period"): the dead of a list, whatever events it counts after them.
_PEOPLE_FIRST = re.compile(r"\W*(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+(?:[\w'-]+\s+){0,2}?(?:members|fighters|soldiers|civilians|militiamen|"
                           r"militants|troops|jihadists|people|persons)\b", re.IGNORECASE)


def events_counted(chunk: str) -> bool:
    """A count of events over the period with no dead in it ("SOHR also documented 22 assassination attempts in Daraa
    during the month"): read with the statistics (no incident), no total."""
    return _EVENTS.search(chunk) is not None and _KILLED.search(chunk) is None and _PEOPLE_FIRST.match(chunk) is None


#: "Among combatants, the monitor counted ..." / "Of the fighters killed, ...": the armed sides of the statistics before.
_COMBATANT_OPENING = re.compile(r"\s*(?:Among|Of)\s+(?:the\s+)?(?:combatants|fighters|armed\s+men|military\s+personnel|military\s+dead|"
                                r"non-civilians|armed\s+(?:groups|parties|sides|forces))(?:\s+killed)?\s*,", re.IGNORECASE)
#: "Another 86 were former opposition fighters ...", "The remaining 13 were people accused of ...": who more of the dead
#: of the total before were, told by the copula ``casualty_further_copula`` reads their people after.
_FURTHER_OPENING = re.compile(r"\s*(?:Another|A\s+further|The\s+(?:remaining|other))\s+(?:\d[\d,]*|" + CARDINAL_WORD + r")(?=" + COPULA_AFTER.pattern + r")",
                              re.IGNORECASE)
#: "Another four workers were killed ...", "A further 12 fighters died ...": a further figure of the same statistics.
_ANOTHER = re.compile(rf"\s*(?:Another|A\s+further|Further)\s+(?:\d[\d,]*|(?i:{CARDINAL_WORD}))\b", re.IGNORECASE)


#: "The monitor said the dead included ...": the parts of the total before, told in reported speech.
_SAID_BREAKDOWN = re.compile(r"[^.;:]{0,100}?\b(?:said|says|added|adds|reported|noted|stated)\s+(?:that\s+)?the\s+(?:dead|victims|fatalities|"
                             r"killed|toll)\s+(?:also\s+)?(?:included|include|includes|comprised|were)\b|"
                             # "The report added that 55 civilians were killed by other parties": one more figure
                             r"\W*(?:the|its)\s+(?:report|monitor|network|observatory|statement|study|group)\s+(?:also\s+)?(?:said|added|"
                             r"noted|stated|reported|documented|recorded)\s+that\s+(?:(?:at\s+least|more\s+than|over|about|nearly)\s+)?\d",
                             re.IGNORECASE)


def said_breakdown(chunk: str) -> bool:
    return _SAID_BREAKDOWN.match(chunk) is not None


#: "The Observatory said that nine of the dead were civilians – six in X, ...", "said 85 of them were members of the
#: factions" (round 72): who a part of the dead were (not how they died: "31 of the victims were killed by gunfire" is
#: a cause); "The other victims were six members of regime forces, ...": who the rest of the dead were.
_DEAD_SHARE = re.compile(r"[^.;:]{0,100}?\b(?:said|says|added|adds|reported|noted|stated)\s+(?:that\s+)?(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+of\s+"
                         r"(?:(?:the|those|these)\s+(?:dead|victims|fatalities|killed)|them)\s+(?:were|was)\s+(?!(?:also\s+)?(?:killed|died|shot|executed)\b)|"
                         r"\W*(?:The\s+)?(?:other|remaining)\s+(?:victims|dead|fatalities)\s+(?:were|are|included|include)\s+(?:at\s+least\s+)?"
                         r"(?:\d|" + CARDINAL_WORD + r"\b)", re.IGNORECASE)


def dead_share_opening(chunk: str) -> bool:
    """Whether the sentence tells who a part, or the rest, of the dead of the total before were."""
    return _DEAD_SHARE.match(chunk) is not None


def combatant_opening(chunk: str) -> bool:
    return _COMBATANT_OPENING.match(chunk) is not None or _FURTHER_OPENING.match(chunk) is not None


def another_figure(chunk: str) -> bool:
    return _ANOTHER.match(chunk) is not None


#: A monitor's count of the dead ("SOHR has documented the death of", "the monitor counted the deaths of", a report's in
#: the present: "The report documents the deaths of", "..., documenting the killing of").
_COUNTED = re.compile(r"\b(?:document|record|register|count|monitor)(?:ed|s|ing)\s+(?:the\s+)?(?:killing|deaths?|loss)\s+of\b", re.IGNORECASE)
#: One event named in the sentence ("in the attack", "the explosion"): its toll, not a count over the period.
_THE_EVENT = re.compile(r"\b(?:the|this|that|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|explosion|blast|ambush|strike|airstrike|bombing|"
                        r"incident|massacre|raid|clash)\b", re.IGNORECASE)


#: "the monitor recorded 237 attacks, which killed 58 ...": events counted, with their joint toll.
_COUNTED_EVENTS = re.compile(r"\b(?:document|record|register|count|monitor)ed\s+(?:at\s+least\s+|more\s+than\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:attacks|strikes|operations|raids|bombings|incidents)\b[^.;:]{0,40}?\b(?:which|that)\s+(?:killed|left|claimed)\b",
                             re.IGNORECASE)


#: "seven ISIS members were killed and 62 suspects detained in raids concentrated in X": dead counted, of events in the
#: plural (not "They were killed in attacks ...", which tells how the dead of a total died).
_THEY_KILLED = re.compile(r"\W*(?:They|These|Those|All\s+of\s+them|Most\s+of\s+them)\s+(?:were|had\s+been|have\s+been)\s+killed\b", re.IGNORECASE)
_KILLED_IN_EVENTS = re.compile(r"\b(?:were|was)\s+killed\b[^.;:]{0,80}?\bin\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:raids|operations|attacks|strikes|airstrikes|clashes|ambushes|bombings)\b", re.IGNORECASE)


def counted_toll(chunk: str) -> bool:
    """A monitor's count of the dead that names no event of its own ("SOHR has documented the death of 16 soldiers
    and 61 civilians in attacks and mine blasts", "recorded 237 attacks, which killed 58 ..."), or dead told killed in
    events in the plural ("seven ISIS members were killed ... in raids"): after a period (the caller's check), a figure
    over it."""
    return (_COUNTED.search(chunk) is not None or _COUNTED_EVENTS.search(chunk) is not None
            or _KILLED_IN_EVENTS.search(chunk) is not None and _THEY_KILLED.match(chunk) is None) and _THE_EVENT.search(chunk) is None


@dataclass(frozen=True, slots=True)
class RegionItem:
    """A line "- 63 in the Homs desert": the number's span and value, and the region's span."""

    start: int
    end: int
    value: int
    region: tuple[int, int]


_PLACE = r"(?:(?:deserts?|countrysides?|provinces?|governorates?|areas?|regions?|outskirts)\s+of\s+)?(?:[a-z]{1,3}-)?[A-Z][\w'-]*(?:[ -][\w'-]+){0,6}?"
_ITEM = re.compile(r"\s*[-–—•*▪●◦·]?\s*(?i:(?:of|among)\s+(?:them|these|those|whom)\s*,\s*)?(?i:(?:at\s+least|about|nearly|more\s+than|over)\s+)?" + _NUM
                   + r"\s+(?:(?i:of\s+them|killed|dead|fatalities)\s+)?(?:(?i:were\s+killed|died)\s+)?(?i:in)\s+(?i:the\s+)?"
                   + r"(?P<where>" + _PLACE + r")\s*[.;,]?\s*$")


def region_item(work: str, start: int, end: int) -> RegionItem | None:
    """The "- N in REGION" line of work[start:end] ("Of them, 301 were killed in Deir Ezzor desert." too), or None."""
    m = _ITEM.match(work, start, end)
    if m is None:
        return None
    value = words_to_int(m.group("num").replace(",", "").lower())
    if value is None:
        return None
    return RegionItem(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where")))


#: "raises the number of army soldiers and allied militiamen killed since ... to": the side is named after "number of".
_NUMBER_OF = re.compile(r"\b(?:number|toll|tally|count|total)\s+of\s+(?P<who>(?:[\w'\"-]+\s+){0,8}?)(?:who\s+(?:were|have\s+been)\s+)?"
                        r"(?:killed|dead|deaths|fatalities|murdered)\b[^.;:]{0,120}?\bto\s+(?i:(?:at\s+least|about|nearly|more\s+than|over)\s+)?$",
                        re.IGNORECASE)


_RUNNING_TO = re.compile(r"(?:\b(?:number|toll|tally|count|total)\s+of\s+[^.;:]{0,120}?\b(?:killed|dead|deaths|fatalities|victims|murdered|assassinated|(?P<acts>murders|"
                         r"killings|assassinations))\b|\bdeath\s+toll\s+(?:of|from|in)\s+(?P<events>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks|"
                         r"assassinations|violence|incidents|explosions|bombings|escalation|clashes|fighting|chaos)\b))"
                         # (a long clause between: only before the verb of the rise, "..., which are controlled by the SDF, has
                         # risen to 498"; not "..., while local sources said the real figure is closer to 25": round 74)
                         r"(?:[^.;:]{0,120}?\bto\s+|[^.;:]{0,200}?\b(?:risen|rises|rose|increased|climbed)\s+to\s+)"
                         r"(?i:(?:at\s+least|about|nearly|more\s+than|over)\s+)?(?P<num>\d[\d,]*)", re.IGNORECASE)
#: ", which killed 318 people", "that claimed the lives of ...": the figure before counts events, whose dead follow.
_EVENTS_KILLED = re.compile(r"\s*,?\s*(?:which|that)\s+(?:have\s+|had\s+|has\s+)?(?:killed|claimed|left|caused|resulted)\b", re.IGNORECASE)
#: ", claiming the lives of 20 people", ", killing 20 people": the acts counted before, whose dead follow.
_ACTS_CLAIMING = re.compile(r"\s*,?\s*(?:claiming|killing|leaving|taking)\b", re.IGNORECASE)
#: ", in addition to ...", ", as well as ...": the dead of another group beside the figure, not its parts.
_BESIDE_IT = re.compile(r",\s*(?:in\s+addition\s+to|as\s+well\s+as|besides|apart\s+from)\b", re.IGNORECASE)
#: ", including ...", "; among them ...": the parts of the figure before follow.
_PARTS_CUE = re.compile(r"\s*[,(]?\s*(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\b", re.IGNORECASE)


def with_running_figure(work: str, start: int, end: int, mentions: list[Mention],
                        side_in: Callable[[int, int], str | None] | None = None) -> list[Mention]:
    """The figure of "brings the number of X killed since ... to N, including ..." where no mention holds it, with the
    figures after ", including" as its parts, of the one side X names where ``side_in`` reads one (round 74: "the number
    of regime soldiers and loyal militiamen killed since ... in attacks ... by ISIS west of the Euphrates and in the
    deserts of Deir Ezzor, Homs and Al-Suwaidaa rises to 1,198"); where a mention holds it, it and its parts are dead
    ("... has risen to 230, including 40 children, while over 900 others have been wounded")."""
    m = _RUNNING_TO.search(work, start, end)
    if m is not None and (_EVENTS_KILLED.match(work, m.end("num"), end)
                          or (m.group("acts") or m.group("events")) and _ACTS_CLAIMING.match(work, m.end("num"), end)):
        return mentions  # "the number of assassinations ... rises to 427, which killed 318 people": events (also "the
        # number of murders ... has increased to 19, claiming the lives of 20 people")
    found = find_quantities(work[m.start("num"):m.end("num")], m.start("num")) if m is not None else []
    side = "unknown" if m is not None and (m.group("acts") or m.group("events")) else None  # ("the number of murders ... rises to 21": people of no side)
    if not found:
        return mentions
    at = next((k for k, x in enumerate(mentions) if x.quantity.start == found[0].start), None)
    if at is not None:  # dead, though "..., while 900 others were wounded" comes after it
        return [replace(x, side=side if k == at and x.side is None and x.group_end == x.quantity.end else x.side, role=KILLED)
                if k == at or x.parent == at else x for k, x in enumerate(mentions)]
    q = found[0]
    side = side or (side_in(m.start(), m.start("num")) if side_in is not None and m is not None else None)
    pos = sum(1 for x in mentions if x.quantity.start < q.start)
    cue = _PARTS_CUE.match(work, q.end)
    beside = _BESIDE_IT.search(work, q.end, end)  # (", in addition to 148 Iranian-backed militiamen": no part of it)
    stop = min((k for k in (*(work.find(c, q.end, end) for c in ";."), beside.start() if beside else -1) if k >= 0), default=end)
    out = [x if x.parent is None or x.parent < pos else replace(x, parent=x.parent + 1) for x in mentions]
    for k in range(pos, len(out)):
        if cue is not None and out[k].parent is None and out[k].quantity.start < stop:
            out[k] = replace(out[k], parent=pos)
    return [*out[:pos], Mention(role=KILLED, quantity=q, side=side, group_start=q.end, group_end=q.end), *out[pos:]]


def running_total(chunk: str) -> bool:
    """"brings the number of X killed since ... to N": the figures of the sentence are dead."""
    return _RUNNING_TO.search(chunk) is not None


def running_side_span(work: str, start: int, at: int) -> tuple[int, int] | None:
    """The span that names whose dead a running total counts ("the number of X killed since ... to N"), the figure at
    ``at``, or None."""
    m = _NUMBER_OF.search(work, start, at)
    return (m.start("who"), m.end("who")) if m is not None and m.group("who").strip() else None


#: "the lowest annual toll since the war erupted": a year compared with the war, not the war's own toll; "the month saw
#: the sharpest military escalation in northwest Syria since 2020": no period of the figures told after it.
_COMPARED = re.compile(r"\b(?:lowest|highest|deadliest|least\s+deadly|worst|smallest|largest|biggest|sharpest|fiercest|heaviest)\b[^.;]{0,60}?"
                       r"\bsince\b[^.;,]{0,80}",
                       re.IGNORECASE)


def without_comparison(chunk: str) -> str:
    return blank(_COMPARED, chunk)


def colon_parts(work: str, mentions: list[Mention]) -> list[Mention]:
    """"rose to 30: 18 civilians and 12 soldiers", "five civilians died: three shepherds and two people ...": the figures
    after a figure and its colon (or its bracket: "47 (31 ... and 16 ...)") that add up to it are its parts (with the first
    of them where it was read as a part already: "38 fighters ...: 24 fighters of the factions, including two non-Syrians,
    and 14 regime soldiers")."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        after = [k for k in range(i + 1, len(mentions)) if mentions[k].parent is None]
        # (the first part the mentions gave it already)
        own = [k for k in range(i + 1, len(mentions)) if mentions[k].parent == i and mentions[k].label is None]
        first = own[:1] or after[:1]
        gap = work[m.group_end:mentions[first[0]].quantity.start] if first else ""
        # ("rises to 47 (31 of non-Syrian nationalities and 16 Syrians)": the bracket opens the parts like a colon)
        opened = ":" in gap or bool(first) and re.fullmatch(r"[^()]*\(\s*", work[m.quantity.end:mentions[first[0]].quantity.start]) is not None
        if m.parent is not None or m.quantity.vague or not opened or len(gap) > 60 or re.search(r"[.;]", gap) or not after:
            continue
        running, kids = sum(mentions[k].value for k in own), []
        for k in after:
            c = mentions[k]
            if c.parent is not None:
                continue
            if c.quantity.vague or c.role != m.role:
                break
            running += c.value
            kids.append(k)
            if running >= m.value:
                break
        if running == m.value and len(kids) + len(own) >= 2:
            for k in kids:
                out[k] = replace(out[k], parent=i)
    return out


_SUBSETS = frozenset({"civilians", "unknown"})


#: A side's total that holds figures of other sides as its own (SCHEMA: "1,498 regime soldiers ..., including two
#: Russians" -> regime with ``of_which``): (whole's side, part's side).
_HOLDS = frozenset({("regime", "russia"), ("regime", "pro_iran_foreign")})


def whole_of_sides(mentions: list[Mention], sides: list[str | None], work: str) -> set[int]:
    """The figures whose unlabelled parts name two or more sides and add up to them ("49 people: 27 civilians ... and 22
    soldiers"): an overall figure, not a total of one side (its parts are); also where the whole's words gave it a side
    that does not hold the others ("41 fighters: 23 of HTS ... and 18 regime soldiers", "43 militiamen: 29 of non-Syrian
    nationalities and 14 Syrians"), not "152 regime forces: 140 soldiers and 12 non-Syrian militiamen" nor the
    militias' total whose parts it says it includes (``totals_militia_whole``)."""
    out = set()
    for i, m in enumerate(mentions):
        if m.parent is not None:
            continue
        parts = [c for c in mentions if c.parent == i and c.label is None]
        kinds = {c.side for c in parts}
        if len(parts) >= 2 and None not in kinds and len(kinds - _SUBSETS) >= 1 and len(kinds) >= 2 \
                and sum(c.value for c in parts) == m.value and (sides[i] in (None, *_SUBSETS)
                                                                 or not all(k == sides[i] or (sides[i], k) in _HOLDS for k in kinds)):
            out.add(i)
    return out - included_militia_wholes(work, mentions, sides)


@dataclass(frozen=True, slots=True)
class Share:
    """"N of the dead were X": the number's span and value, and the span of X."""

    start: int
    end: int
    value: int
    who: tuple[int, int]
    parts: tuple[tuple[str, int], ...]  # "including 300 children and 90 women"


_SHARE = re.compile(r"(?<![\w,.])(?P<num>\d[\d,]*)\s+of\s+(?:(?:the|these|those|them|all)\s+(?:(?:recorded|documented)\s+)?(?:casualties|dead|victims|"
                    r"fatalities|deaths|killed|people\s+killed)\s+(?:were|are|was)\s+(?:(?:all|mostly)\s+)?|"
                    # "85 of them were members of the factions": bare "them" only before the men of an armed group (round 72)
                    r"them\s+(?:were|are)\s+(?=(?:members|fighters|soldiers|militiamen|personnel|elements|troops|gunmen)\s+(?:of|from)\b))"
                    r"(?P<who>[^,.;:()]{2,60})", re.IGNORECASE)


#: "Of the fatalities, 118 are civilians ..., and 25 are soldiers": the same told with the dead named first ("Of the
#: remaining victims, 54 were soldiers ..." after a share told before; "..., and seven were ISIS militants").
_SHARE_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:the|these|those|all\s+the)\s+(?:(?:recorded|documented|remaining|other)\s+)?(?:casualties|dead|victims|"
                            r"fatalities|deaths|killed)\s*,", re.IGNORECASE)
_SHARE_AFTER = re.compile(rf"(?<![\w,.])(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))\s+(?:are|were|was|is)\s+(?:(?:all|mostly)\s+)?(?P<who>[^,.;:()]{{2,60}}?)"
                          r"(?=\s*(?:[,.;:()]|$|\band\s+\d|\bwhile\b))", re.IGNORECASE)


#: "Of them, 70 were civilians and 50 were HTS fighters": the dead named by a pronoun; its clauses must name
#: who they were, not how they died ("Of them, 20 were killed by regime shelling" gives parts by killer instead).
_THEM_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:them|these|those|whom)\s*,", re.IGNORECASE)
_HOW_DIED = re.compile(r"(?:killed|died|dead|executed|shot|murdered|assassinated|slain|by|in|under|during|from|as|due|at)\b",
                       re.IGNORECASE)


def shares_of_dead(work: str, start: int, end: int) -> list[Share]:
    """The "N of the dead were X" clause of work[start:end], or the "N are X" clauses after "Of the dead,"."""
    m = _SHARE.search(work, start, end)
    if m is not None:  # and the clauses that go on naming who the others were ("while 21 were soldiers")
        more = [f for f in _SHARE_AFTER.finditer(work, m.end(), end) if not _HOW_DIED.match(work, f.start("who"), end)]
        ends = [f.start() for f in more] + [end]
        return [_share(work, m, ends[0])] + [_share(work, f, ends[k + 1]) for k, f in enumerate(more)]
    them = _THEM_OPENING.match(work, start, end) is not None
    if _SHARE_OPENING.match(work, start, end) is None and not them:
        return []
    found = list(_SHARE_AFTER.finditer(work, start, end))
    if them and (len(found) < 2 or any(_HOW_DIED.match(work, f.start("who"), end) for f in found)):
        return []
    return [_share(work, m, found[k + 1].start() if k + 1 < len(found) else end) for k, m in enumerate(found)]


def _share(work: str, m: re.Match[str], end: int) -> Share:
    cue = _KIND_CUE.search(work, m.end(), end)
    parts: list[tuple[str, int]] = []
    at = cue.end() if cue is not None else end
    while (k := _KIND.match(work, at, end)) is not None:  # "including 300 children and 90 women"
        n = words_to_int(k.group("num").replace(",", "").lower())
        if n is not None:
            parts.append((k.group("kind").lower(), n))
        at = k.end()
    return Share(m.start("num"), m.end("num"), words_to_int(m.group("num").replace(",", "").lower()) or 0, (m.start("who"), m.end("who")),
                 tuple(parts))  # ("and seven were ISIS militants": a figure in words too)


_KIND_CUE = re.compile(r"\b(?:including|which\s+included|among\s+(?:them|whom)|of\s+whom)\b", re.IGNORECASE)
_KIND = re.compile(r"\s*(?:,|and)?\s*" + _NUM + r"\s+(?P<kind>children|women|officers)\b", re.IGNORECASE)


#: "These operations left 70 people dead", "The attacks killed 24 persons", "The infighting resulted in the death of 47
#: people" (after "34 rounds of infighting ... in 2023"): the joint toll of the events a period
#: sentence has just counted, also told with its source first ("According to the monitor, the raids killed nine ..."), or
#: in the words of Kurdish outlets ("The drone attacks martyred 52 people: ..."), or with its speaker ("It said those raids
#: have killed 27 Syrian soldiers, ..."), or with a possessive ("The Organization's attacks and mines also claimed ..."); a
#: long first predicate is passed over only where the toll is coordinated with it ("Those strikes have hit about 30
#: targets, including depots, ..., and killed 30 military personnel").
_EVENTS_TOLL = re.compile(r"\s*(?:According\s+to\s+[^,.;:]{1,80},\s*|(?:It|He|She|They|SOHR|The\s+(?:monitor|Observatory|network|group))\s+"
                          r"(?:said|says|added|reported|noted|stated)\s+(?:that\s+)?)?(?:The|These|Those|Such|All\s+(?:the|these|those))\s+(?:[\w'’-]+\s+){0,2}?(?:operations|attacks|incidents|"
                          r"bombings|explosions|assassinations|crimes|killings|strikes|airstrikes|raids|ambushes|murders|rounds|clashes|infighting|"
                          r"fighting|confrontations|battles)\b(?:[^.;:]{0,90}?|[^.;:]{0,130}?,\s+and\s+)"
                          r"\b(?:left|killed|martyred|claimed|caused|resulted\s+in|led\s+to)\b", re.IGNORECASE)


def events_toll(chunk: str) -> bool:
    return _EVENTS_TOLL.match(chunk) is not None


#: "SOHR has documented:", "The fatalities are:": a figureless line that opens a list of the dead.
_COUNT_COLON = re.compile(r"\b(?:documented|recorded|registered|counted|monitored|(?:fatalities|dead|deaths|victims|toll|losses)\s+"
                          r"(?:are|were|is|was|include[sd]?))\s*(?:the\s+following)?\s*:\s*$", re.IGNORECASE)


def counted_list_header(chunk: str) -> bool:
    """A figureless sentence that ends on a colon after a count verb ("SOHR has documented:")."""
    return chunk.rstrip().endswith(":") and _COUNT_COLON.search(chunk) is not None and not re.search(r"\d", chunk)


#: "The deaths occurred in 21 attacks, ambushes and landmine explosions", "They were killed in 14 separate attacks": the
#: events a total's dead fell in, counted with no figure of dead; the total's breakdown may follow it.
_DEATHS_IN_EVENTS = re.compile(r"\s*(?:The\s+(?:deaths|killings|dead|victims|fatalities|losses)\s+(?:occurred|happened|came|took\s+place)|"
                               r"They\s+(?:were\s+killed|died|fell|lost\s+their\s+lives))\s+(?:in|during|across)\s+"
                               r"(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d+|[a-z]+)\s+(?:separate\s+|different\s+)?"
                               r"(?:attacks|operations|incidents|ambushes|raids|strikes|airstrikes|clashes|explosions|bombings)\b[^.;:\d]*[.;]?\s*$",
                               re.IGNORECASE)


def deaths_in_events(chunk: str) -> bool:
    """Whether the sentence only counts the events a total's dead fell in (``_DEATHS_IN_EVENTS``)."""
    return _DEATHS_IN_EVENTS.match(chunk) is not None
