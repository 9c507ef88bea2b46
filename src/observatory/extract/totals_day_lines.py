"""Lines under a day's country-wide toll that each tell one event.

A daily toll that ends in a colon ("SOHR has documented the deaths of 12 people across Syria on Tuesday, as follows:")
opens a block, and its lines read as parts of the day's total unless they narrate an attack. Its lines that give the
dead of one event told with its place ("Raqqa: Three SDF members were killed in a Turkish drone strike on their vehicle
near Ain Issa", "- A man was shot dead by unknown gunmen in the town of X", "Two soldiers were killed by the explosion
of a landmine near Y") are the day's incidents, as they are when the toll does not end in a colon. A line that counts
a side by the kind of death ("- 41 killed by regime shelling", "Civilians: 5"), or that opens with a side's count
and tells its death without a verb ("Three fighters of HTS killed by shelling on X"), stays a part of the total.

When the first line after such a toll closed by a colon (past a side's bare count) narrates an event, the whole
block is the day's incidents (``narrated_day``): "SOHR documented the death of 11 people across Syrian territory on
Tuesday, as follows:" followed by "- A civilian was shot dead by gunmen in X." Lines that only count a side's dead
("Civilians: 9, including two children:", "11 civilians: four of them were killed ...") keep it a block of statistics.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.numbers import number_words
from observatory.extract.text import Sentence, list_header
from observatory.extract.totals_sentences import nationwide_day, nationwide_day_toll

#: A death told in the passive, of people named before the verb ("Three SDF members were killed", "A man was shot
#: dead", "a former commander was assassinated", "four civilians, including a child, killed by ...").
_PASSIVE_DEATH = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+\s+)?)?(?:killed|shot\s+dead|assassinated|executed|stabbed\s+to\s+death|found\s+dead)\b",
    re.IGNORECASE,
)
#: One event after the verb: "in a Turkish drone strike", "by the explosion of a landmine", "by a sniper of X", "in an
#: attack by ISIS cells", "by unknown gunmen in the town of X", "by regime artillery shelling on the village of X"; not
#: the fire on a whole countryside ("by regime shelling on Idlib countryside": many events of the day).
_ONE_EVENT = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:in|by)\s+(?:an?|the)\s+(?:[\w'\"-]+\s+){0,3}?(?:strike|airstrike|attack|explosion|"
    r"ambush|sniper|shell|bomb|IED|landmine|mine|infiltration|raid|shooting|exchange\s+of\s+fire|blast)\b|"
    r"in\s+(?:the\s+)?(?:infighting|clashes|fighting)\b|"
    r"(?:in|by)\s+(?:[\w'\"-]+\s+){0,4}?(?:shelling|gunfire|fire|gunmen)\s+(?:on|in|near|at)\s+"
    r"(?:(?:the\s+)?(?:village|town|city|outskirts|frontline|area|road)\s+of\s+)?(?:[A-Z]|al-)(?![\w'-]*\s+(?:countryside|province|governorate|areas?|frontlines?)\b))",
)
#: A figure in digits at the head of the line ("- 41 killed by ...", "Civilians: 5"): a tally, not one event.
_TALLY_HEAD = re.compile(r"\W*(?:[\w\"' -]{2,40}:\s*)?\d")
#: A share of a side's count ("Seven soldiers: five of them were killed ..."): the roundup's detail, read there.
_SHARE = re.compile(r"\bof\s+(?:them|whom)\b", re.IGNORECASE)
#: A side's count told before a colon, with its parts at most ("Six civilians, including three children and a woman: two
#: children were killed ...", "Four members of regime forces: two were shot dead ..."): the day's count of that side,
#: whose events the clauses after the colon tell (round 67).
_COUNT_BEFORE_COLON = re.compile(rf"\W*(?:\d+|(?i:{number_words()}))\s+[^:;.\n]{{2,90}}?:\s")


#: How far back (characters) the header of a list may lie.
_HEADER_REACH = 20_000


def _count_end(chunk: str) -> int | None:
    """Where the side's count before a colon ends, when deaths are told after it; None for any other line."""
    counted = _COUNT_BEFORE_COLON.match(chunk)
    return counted.end() if counted is not None and _PASSIVE_DEATH.search(chunk, counted.end()) is not None else None


def side_count_line(chunk: str) -> bool:
    """The line opens with a side's count before a colon, and tells its dead after it ("Six civilians, including three
    children and a woman: two children were killed when ...; a man was shot dead ..."): a part of the day's total."""
    return _count_end(chunk) is not None


def side_count_head(work: str, sent: Sentence) -> Sentence | None:
    """A side's count line (``side_count_line``) in a list under a day's country-wide toll, cut at its colon: the count
    and its parts, without the day's events after it, which the incidents read; None for any other line (under a
    month's toll, "21 civilians: seven were killed by ISIS cells, five in drone strikes" splits the count by cause)."""
    end = _count_end(work[sent.start:sent.end])
    if end is None or not nationwide_day_toll(list_header(work, work.rfind("\n", 0, sent.start) + 1, _HEADER_REACH)):
        return None
    return replace(sent, end=sent.start + end)


#: A province's label opening the line ("Daraa: ..."), not a side's count ("Seven regime soldiers: ...").
_PLACE_LABEL = re.compile(rf"\W*(?!(?:\d|(?i:{number_words()})\b))[A-Z][\w'’ -]{{1,30}}:")


def day_line_event(opening: str | None, chunk: str) -> bool:
    """The block was opened by a day's country-wide toll, and the line tells the dead of one located event."""
    if opening is None or not nationwide_day_toll(opening) or _TALLY_HEAD.match(chunk):
        return False
    death = _PASSIVE_DEATH.search(chunk)
    if death is None or _SHARE.search(chunk, 0, death.start()):
        return False
    if side_count_line(chunk):
        return False  # ("Six civilians, including a woman: two children were killed when ...": the side's count)
    verbless = not death.group(0).lower().startswith(("was", "were"))  # ("four civilians killed by ...")
    if verbless and _PLACE_LABEL.match(chunk) is None:
        return False  # ("Three fighters of HTS killed by regime shelling in X": a side's count of the day)
    return _ONE_EVENT.match(chunk, death.end()) is not None


#: A side's header with its bare count, on a line of its own ("Civilians: 5").
_SIDE_COUNT = re.compile(r"[A-Z][\w '’-]{2,40}:\s*\d+\s*$")
#: A line that narrates one event: a bullet or a province's label, then its victims as subject of a passive verb of
#: death ("- Two regime soldiers were killed when ...", "Aleppo: A man was shot dead by ...").
_NARRATED_LINE = re.compile(
    r"(?:[-•]\s*|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?:\s+)(?:[\w'’\"“”-]+\s+){1,8}?(?:was|were)\s+"
    r"(?:(?:also|reportedly)\s+)?(?:killed|shot|assassinated|murdered|slaughtered|executed)\b"
)


#: A sentence of its own that opens the list of a toll told just before: "Details are as follows:", "They are:", "The
#: deaths are distributed as follows:" (round 65).
_DETAILS = re.compile(r"\W*(?:(?:The\s+)?(?:details|deaths|victims|fatalities)|They|These)\s+(?:are|were)\s*"
                      r"(?:(?:distributed|divided|broken\s+down)\s+)?(?:as\s+follows)?\s*:", re.IGNORECASE)


#: A toll of one day or of the past day or two, in the sentence before "Details are as follows:" ("documented the deaths
#: of 11 people in the past 24 hours: four civilians, ..."): whatever ground it spans, narrated lines are its events.
_DAY_TOLL = re.compile(r"\b(?:deaths?|killing|killed|dead|fatalities)\b[^.;]{0,160}?\b(?:(?:in|over|during|within)\s+the\s+(?:past|last)\s+"
                       r"(?:24|48|twenty-four|forty-eight)\s+hours|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b", re.IGNORECASE)


def narrated_day(work: str, chunk: str, end: int) -> bool:
    """The sentence ``chunk`` (ending at ``end``) is a day's country-wide toll closed by a colon (or a sentence of its
    own that opens that toll's list: "Details are as follows:", tests/test_extract_round57_readings.py), and the first
    line after it (past a side's bare count) narrates one event: the lines are that day's incidents."""
    head = chunk.rstrip()
    if _DETAILS.fullmatch(head):  # "... across Syrian territory on Monday. Details are as follows:": the toll before
        head = re.split(r"(?<=[.!?])\s+|\n", work[:end - len(chunk)].rstrip())[-1].rstrip(".") + ":"
    if not head.endswith(":") or not (nationwide_day(head[:-1]) or _DAY_TOLL.search(head) and _DETAILS.fullmatch(chunk.rstrip())):
        return False
    lines = [line.strip() for line in work[end : end + 600].split("\n") if line.strip()]
    first = next((line for line in lines[:2] if not _SIDE_COUNT.match(line)), "")
    return _NARRATED_LINE.match(first) is not None


#: A figureless header that counts the events themselves ("SOHR activists documented several incidents over the past
#: hours:", "SOHR monitored the following developments in the Syrian desert:"), not the dead.
_INCIDENTS_HEADER = re.compile(
    r"\b(?:documented|monitored|recorded|observed|reported)\s+(?:several|the\s+following|a\s+number\s+of|these|some|many|"
    r"multiple|a\s+series\s+of)\s+(?:[\w-]+\s+)?(?:incidents|developments|events)\b(?![^.;:]*\b(?:killed|dead|deaths?|lives|toll|victims)\b)[^.;:]{0,100}:\s*$|"
    # ("The most prominent incidents of the day were:", round 70)
    r"^\s*(?:The|Among\s+the)\s+(?:most\s+)?(?:prominent|notable|significant|main|major|deadliest)\s+(?:incidents|events|attacks|developments)\b"
    r"[^.;:\d]{0,60}:\s*$",
    re.IGNORECASE,
)


def incidents_header(chunk: str) -> bool:
    """The sentence heads a list whose lines each tell one event: they are incidents, whatever window the header
    names (tests/test_extract_round57_readings.py)."""
    return _INCIDENTS_HEADER.search(chunk.rstrip()) is not None
