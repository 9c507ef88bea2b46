"""Lines of a roundup's statistics block read beyond "Label: N" (used by ``totals.TotalsBuilder``).

* "Civilians: 338, including 84 children and 51 women" -> the label's total, its parts as ``of_which`` (the figure
  in words too, "Civilians: nine, including three children");
  "Fighters of the Turkish-backed factions: 34, as well as 7 Turkish soldiers" -> two totals;
* "Homs desert: 117" under "By region, the toll of regime forces is distributed as follows:" -> a regional total of the
  side the header names;
* "Russian forces: three civilians, including one child" in a list by perpetrator -> a total of civilians, killed by the
  side of the label (a line of its own even when the figure is written in words);
* "Homs desert: 71; Hama desert: 30" in one sentence, a ranking by region (its figures after "with" or in brackets:
  "Kobani recorded the highest toll (8), followed by Qamishli (6)"), and active-voice lines by perpetrator
  ("Syrian regime forces killed 22 civilians"), also with the victims or the verb left out after the first ("..., while
  Russian forces killed three", "X were responsible for the deaths of 22 civilians, Russian forces for three");
* verbless items of a semicolon list by perpetrator or cause ("...; 31, including ten children, by
  landmines; and 73 in other circumstances"), and a first item with its parts between commas ("Of them, 211, including
  57 children, were killed by regime forces; ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD, PLURAL_WORD, number_words, words_to_int
from observatory.extract.totals_marks import LINE_NOUN

_BULLET = r"\s*(?:[•\-*▪●◦·]\s*)?"
#: A figure in words: "a", "an" or "one" to "ninety-nine".
_WORDS = number_words("an?")
#: A figure in words as a list line writes it: "one" to "ninety-nine" ("Civilians: nine, including three children").
WORD_FIGURE = CARDINAL_WORD + r"\b"
#: "Label: N, <breakdown or addition>" (a "Label: N" line with nothing after is ``totals._LABEL_LINE``); also "Civilians: 6,
#: they are: a child killed by ...; two men shot dead ...": the people of the line told one by one, parts of its figure.
LABEL_TAIL = re.compile(_BULLET + r"(?P<label>[A-Z][^:\n–—]{2,200}?)(?::|\s+[–—-])\s*(?i:(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately)\s+)?"
                        r"(?P<num>\d[\d,]*|" + WORD_FIGURE + r")\s*(?:" + LINE_NOUN + r")?\s*[,(]\s*"
                        r"(?P<tail>(?P<part>including|among\s+(?:them|whom)|of\s+(?:them|whom)|most\s+of\s+(?:them|whom)|mostly|they\s+(?:are|were)|namely|"
                        r"(?<=\()(?=\d[\d,]*\s+(?:children|women)\b))|"
                        r"(?P<more>as\s+well\s+as|in\s+addition\s+to|plus|besides))\b[^\n]*$", re.IGNORECASE)
#: "Russian forces: three civilians", "Syrian regime forces: killed 19 civilians" (a line of a list by perpetrator).
PARTY_LINE = re.compile(_BULLET + r"(?P<label>[A-Z][\w\"“”'/ -]{1,60}?):\s*(?:killed\s+|documented\s+)?(?:\d[\d,]*|(?i:" + _WORDS + r"))\s+"
                        r"(?:[\w-]+\s+)?(?i:civilians?|people|persons|individuals|children|women)\b")
#: A list header: "By region, the toll of regime forces is distributed as follows:".
_HEADER_END = re.compile(r":\s*$")
_OTHER_PARTIES = re.compile(r"\b(?:other|others|remaining)\s+(?:parties|sides|perpetrators|actors)\b|\bparties\b|^\W*(?:others?|the\s+rest)\W*$",
                            re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LabelTail:
    """A "Label: N, ..." line: the label's span, its number, and the tail's span and kind."""

    label: tuple[int, int]
    number: tuple[int, int]
    value: int
    tail: tuple[int, int]
    parts: bool  # "including ...": parts of the label's figure; else "as well as ...": figures of their own


def label_tail(work: str, start: int, end: int) -> LabelTail | None:
    """The "Label: N, including ..." line of work[start:end] (None when it is not one)."""
    m = LABEL_TAIL.match(work, start, end)
    if m is None:
        return None
    return LabelTail((m.start("label"), m.end("label")), (m.start("num"), m.end("num")),
                     words_to_int(m.group("num")) or 0, (m.start("tail"), end), m.group("part") is not None)


def is_party_line(chunk: str) -> bool:
    return bool(PARTY_LINE.match(chunk))


def opens_list(chunk: str, list_header: bool) -> bool:
    """A list header that ends with its colon ("The toll is distributed as follows:") opens a block of lines."""
    return list_header and bool(_HEADER_END.search(chunk))


def other_parties(label: str) -> bool:
    """"Other parties: 57 civilians": a label that names no side and no region."""
    return bool(_OTHER_PARTIES.search(label))


#: "88 by regime shelling", "45 of them by Russian airstrikes", "129 civilians were killed by Russian airstrikes", (round
#: ten) "50 of them at the hands of Syrian regime forces", "Of them, 211, including 57 children, were killed by regime forces",
#: (round 60) "12 lost their lives at the hands of Turkish forces", "16 were slain by ISIS cells".
_BY_PARTY = re.compile(rf"(?<![\w,-])(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))(?:\s+|(?=,\s*(?i:including|among)))(?:(?i:of\s+(?:them|whom|the\s+(?:civilians|victims|dead))|civilians?|people|persons)\s*)?"
                       r"(?i:,\s*(?:including|among\s+them|among\s+whom)\s+[^,;.]{1,60},\s*)?"
                       r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:killed|executed|assassinated|shot\s+dead|beheaded|slain|murdered)\s+|"
                       r"lost\s+(?:their|his|her)\s+li(?:ves|fe)\s+)?(?:by|at\s+the\s+hands\s+of|in(?=\s+[^,;.]{0,40}?\b(?i:air\s?strikes|strikes|"
                       r"shelling|attacks|bombardment|bombings|explosions|raids|assassinations|shootings)\b))\s+(?:the\s+)?(?P<by>[^,;.]{2,80}?)"
                       rf"(?=\s*(?:[,;.]|$|\band\s+(?:\d|(?i:{CARDINAL_WORD})\b)))")

#: a verbless item of a semicolon list by perpetrator or cause: "; 31, including ten children, by landmines",
#: "; and 73 in other circumstances", "; and 38 in murders and other incidents".
_ELLIPTIC = re.compile(rf"(?<=;)\s*(?:and\s+)?(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"
                       r"(?i:,\s*(?:including|among\s+them|among\s+whom)\s+[^,;.]{1,60},)?"
                       r"\s+(?:by|under|at\s+the\s+hands\s+of|in(?=\s+[^,;.]{0,40}?\b(?i:circumstances|murders?|assassinations?|"
                       r"incidents|explosions?|attacks|shelling|strikes|bombardment|landmines?|remnants|ways|clashes|fighting)\b))"
                       r"\s+(?:the\s+)?(?P<by>[^,;.]{2,80}?)(?=\s*(?:[,;.]|$))")


@dataclass(frozen=True, slots=True)
class ByParty:
    """One figure of a list by perpetrator: the number's span and value, and the span of who killed them."""

    start: int
    end: int
    value: int
    by: tuple[int, int]


def by_party(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a list by perpetrator in work[start:end] ("129 civilians were killed by Russian airstrikes, 88 by
    regime shelling and 7 by SDF fire", "205 of the civilians were killed by ...", "Russian forces killed six, the SDF
    four and ISIS two"); none unless the sentence gives two or more."""
    out = [hit for m in [*_BY_PARTY.finditer(work, start, end), *_ELLIPTIC.finditer(work, start, end)] if (hit := _party(m, "by"))]
    clauses = list(_ACTIVE_CLAUSE.finditer(work, start, end))  # "...: the regime killed 20 civilians; Russian forces killed 10"
    if _RESPONSIBLE.search(work, start, end):  # "X were responsible for the deaths of 22 civilians, Russian forces for three"
        clauses += list(_FOR_CLAUSE.finditer(work, start, end))
    first = _ACTIVE_LINE.match(work, start, end) if clauses or out else None  # (also before a passive item: "X killed one civilian, while 79 civilians were killed at the hands of other parties")
    out += [hit for m in ([first] if first is not None else []) + clauses
            if not _EVENT_DOER.search(m.group("doer")) and (hit := _party(m, "doer"))]
    out += elliptic_killers(work, start, end)  # "Russian forces killed six, the SDF four, ... and ISIS two"
    out = sorted({b.start: b for b in reversed(out)}.values(), key=lambda b: b.start)  # (one figure read twice: the first)
    return out if len(out) >= 2 or out and not _PEOPLE_AFTER.sub("", work[out[0].end:end]).strip(" .;,)") else []


#: A killer and a bare figure ("Russian forces killed six"), then items with the verb left out (", the SDF four",
#: " and ISIS two"), each item a name that opens with a capital (or a group named in lower case: "and armed opposition
#: factions five") and its figure, closing its clause (rounds 59, 60).
_KILLED_BARE = re.compile(rf"(?P<doer>(?:the\s+)?(?=[A-Z])(?:[\w'/()-]+\s+){{0,6}}?[\w'/()-]+)\s+killed\s+(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"
                          r"(?:\s+(?i:civilians?|people))?(?=\s*,)")
_ELLIPTIC_DOER = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<doer>(?:the\s+)?(?:(?=[A-Z])(?:[\w'/()-]+\s+){{0,6}}?[\w'/()-]+|"
                            r"(?:[a-z][\w-]*\s+){1,3}(?:factions|forces|groups|militias)))\s+"
                            rf"(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))(?=\s*(?:[,;.]|\band\b|$))")


def elliptic_killers(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a list by perpetrator whose items after the first leave out the verb ("Russian forces killed six,
    the Kurdish-led SDF four, Turkish-backed factions three and ISIS two"): the first and at least two more, from the
    first killer with a bare figure that opens such a list ("... and Russian forces killed 61, while ISIS killed three,
    HTS two, ..."); none once a killer named by an event ("strikes", "shelling") comes first."""
    for first in _KILLED_BARE.finditer(work, start, end) if work.find("killed", start, end) >= 0 else ():
        if _EVENT_DOER.search(first.group("doer")):
            return []
        items, at = [first], first.end()
        while (item := _ELLIPTIC_DOER.match(work, at, end)) is not None and not _EVENT_DOER.search(item.group("doer")):
            items.append(item)
            at = item.end()
        if len(items) >= 3:  # (not the first killer with a bare figure: "... and Russian forces killed 61, while ISIS killed three, HTS two, ...")
            return [hit for m in items if (hit := _party(m, "doer"))]
    return []


def _party(m: re.Match[str], who: str) -> ByParty | None:
    """The figure of a match (group ``num``) with the span of its killer (group ``who``), or None where the number is
    not read."""
    value = words_to_int(m.group("num").replace(",", "").lower())
    return None if value is None else ByParty(m.start("num"), m.end("num"), value, (m.start(who), m.end(who)))


def has_active_clauses(work: str, start: int, end: int) -> bool:
    """Whether a sentence tells several killers in clauses of its own ("...: the regime killed 20; Russia killed 10")."""
    return _ACTIVE_CLAUSE.search(work, start, end) is not None


_PEOPLE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:civilians?|people|persons|individuals|children|women)\b", re.IGNORECASE)
#: A sentence that names the parts of the figure told just before ("The dead included 38 members of the SDF, ..."), also
#: after the source it is relayed from ("According to the monitor, the dead included ...", "The monitor said the victims
#: are: ...", "The dead, according to the monitor, include ..."), with "also" ("The dead also included ..."), and the
#: dead named by kind of fighter ("Military deaths included 40 soldiers, ...", "The military toll included ...").
BREAKDOWN_OPENING = re.compile(r"\s*(?:(?:According\s+to|Citing)\s+[^,;.:]{2,60},\s*|[^,;.:]{2,80}?\s+(?:said|says|added|reported|noted|stated)\s+"
                               r"(?:that\s+)?(?=(?:the|those)\s+(?:dead|victims|fatalities|killed)\s))?(?:(?:It|They|This|These|(?:This|That|The|These|Those)\s+(?:figure|number|toll|total|tally|count|death\s+toll|figures|numbers))\s+(?:also\s+)?(?:includes|included|include|comprises|comprised)|"
                               r"(?:They|These|Those)\s+(?:are|were)(?=\s*:|\s+(?:at\s+least\s+)?\d)|"  # "They are: 20 men, ..."
                               r"Among\s+(?:them|the\s+(?:dead|victims|fatalities)|those\s+killed)\s+(?:were|are)|"
                               # (not "Among the civilians were four members of one family, who were shot dead by ...": an event)
                               r"Among\s+the\s+civilians\s+(?:were|are)(?![^.\n]*\b(?:killed|shot|died|executed|murdered|slain|stabbed|beheaded)\b)|"
                               r"(?:Among|Of|Within)\s+(?:the|this|that)\s+(?:total\s+|overall\s+)?(?:death\s+)?(?:toll|tally)(?=\s*,)|"
                               r"By\s+(?:region|province|governorate|area)\b|Regionally\b|Geographically\b|In\s+(?:regional|geographic(?:al)?)\s+terms\b|According\s+to\s+(?:the\s+)?(?:governorates|provinces|regions|areas)\s*,|"
                               r"(?:Casualties|Fatalities|Deaths|Victims|Losses|The\s+(?:dead|toll|death\s+toll))\s+by\s+(?:region|province|governorate|area)\b|"
                               r"The\s+(?:remaining|other)\s+(?:fatalities|dead|victims|deaths)\s+(?:were|are|include|included)|"
                               r"The\s+(?:rest|remainder|balance)\s+(?:of\s+(?:the|them|those)\s+(?:(?:fatalities|dead|victims|deaths)\s+)?)?(?:were|are|include|included|comprised|consisted\s+of)|"
                               r"(?:The|Those)\s+(?:(?:death\s+)?toll\s+(?:also\s+)?(?:includes|included|comprises|comprised|consists\s+of)|"
                               r"(?:dead|victims|fatalities)(?:,\s+according\s+to\s+[^,;.:]{2,60},)?\s+(?:also\s+)?(?:were|are|include|included|includes)|"
                               r"(?:who\s+(?:were|have\s+been)\s+)?(?:killed|assassinated)\s+(?:were|are|include|included))|"
                               r"(?:The\s+)?(?:Military|Combatant)\s+(?:deaths|fatalities|dead|toll)\s+(?:also\s+)?(?:included|include|includes|were|are)"
                               rf"(?=\s+(?:at\s+least\s+)?(?:\d|(?i:{CARDINAL_WORD})\b)))\b", re.IGNORECASE)


#: Several days of fighting named as the span of a toll ("the death toll from four days of fighting ... has risen to 54",
#: "the two-week campaign in X left more than 20 IS fighters dead").
DAYS_OF_FIGHTING = re.compile(rf"\b(?:(?:\d+|(?i:{PLURAL_WORD}|several|a\s+few))\s+(?:days|weeks|months)|(?:a|one)\s+(?:week|month|fortnight))"
                              r"\s+of\s+(?:fighting|clashes|battles|confrontations|violence|attacks|bombardment|shelling|escalation)\b|"
                              rf"\bthe\s+(?:\d+|(?i:{CARDINAL_WORD}))-(?:day|week|month)\s+(?:campaign|offensive|battle|fighting|clashes|"
                              r"operation|assault|escalation)\b",  # (not "at the end of a two-day battle": when one event was)
                              re.IGNORECASE)
DAYS_OF_FIGHTING_STEMS: Final = ("day", "week", "month", "fortnight")  # every match holds one of them


#: Also "... at the hands of the parties to the conflict": the lines are who killed them.
_BY_PERPETRATOR = re.compile(r"\bperpetrators?\b|\bpart(?:y|ies)\s+responsible\b|\bby\s+(?:the\s+)?(?:killers?|responsible\s+part(?:y|ies))\b|"
                             r"\bat\s+the\s+hands\s+of\s+(?:the\s+)?(?:main\s+|various\s+|different\s+)?(?:parties|sides)\b", re.IGNORECASE)


def by_perpetrator(header: str) -> bool:
    """A list header that gives the dead by who killed them ("distributes the toll according to the perpetrator parties")."""
    return bool(_BY_PERPETRATOR.search(header))


_JOINED = re.compile(r"\b(?<!not\s)(?<!never\s)(?:joined|enlisted\s+in|work(?:ed|ing)?\s+for)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?",
                     re.IGNORECASE)


def joined_at(work: str, start: int, end: int) -> int | None:
    """Where the group a label's people joined is named ("Former fighters who joined the regime ..."), or None (also for
    "who did not join any formation")."""
    m = _JOINED.search(work, start, end)
    return m.end() if m is not None else None


_SUBSET_LABEL = re.compile(r"[•\-*▪●◦·]?\s*(?:(?:of\s+(?:whom|them)|among\s+them|including)\s+)?(?P<kind>children|women|officers)\s*",
                           re.IGNORECASE)


def subset_label(label: str) -> str | None:
    """"Children: 50" under "Civilians: 200": the kind of a part of the line before (children, women, officers), or None."""
    m = _SUBSET_LABEL.fullmatch(label.strip())
    return m.group("kind").lower() if m is not None else None


#: "117 of them were killed in the Homs desert, 98 in the Deir ez-Zor desert and 35 in the Raqqa desert"; a place may open
#: with a direction ("in the western countryside of Aleppo") or an article joined by a hyphen ("in al-Raqqa"). The first
#: figure may name the dead ("58 fatalities in X, 11 in Y", "61 of the fatalities were in X, 17 in Y", "ten of the
#: civilian victims were killed in X, and four in Y", "341 of the regime's losses were in X and 287 in Y", "104 people were killed in X, 91 in Y"; not "12 people in X":
#: abducted, wounded or living) and a place may be glossed in brackets ("24 in Aleppo countryside (Kobani and Manbij) and nine in X").
#: The last place may be counted as "one" after "and" ("4 in X and one in Y"), and a place may be "the areas of X"; a
#: kind of attack is no place ("four were killed in Russian airstrikes", round 60).
_DEAD_NOUN: Final = (r"(?P<noun>(?i:fatalities|deaths)\s+|(?i:people|persons)\s+(?=(?:were|was)\s+killed\s)|"
                     r"(?i:of\s+the\s+(?:civilian\s+|[\w-]+'s?\s+)?(?:fatalities|deaths|dead|victims|losses)\s+(?:were|was)(?:\s+killed)?)\s+(?=in\s))?")
_IN_REGION = re.compile(rf"(?<![\w,-])(?P<num>\d[\d,]*|(?i:{PLURAL_WORD})|(?<=\band\s)(?i:one))\s+(?:(?i:of\s+(?:them|whom))\s+)?{_DEAD_NOUN}(?:(?:were|was)\s+(?:killed|recorded|documented)\s+|fell\s+)?"
                        r"in\s+(?:the\s+)?(?![^,;.()]{0,40}?\b(?i:air\s?strikes|strikes|shelling|attacks|raids|bombardment|bombings|explosions)\b)"
                        r"(?P<where>(?:(?i:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
                        r"(?:(?i:deserts?|countrysides?|provinces?|governorates?|outskirts|areas?|regions?)\s+of\s+(?:the\s+)?)?"
                        # ('51 were recorded in the "Olive Branch" area': an operation's area named in quotes, round 74)
                        r"(?:[a-z]{1,3}-)?[\"“]?[A-Z][\w'\"“” -]{1,40}?)"
                        rf"(?=\s*(?:[,;.]|$|\(|\band\s+(?:\d|(?i:{PLURAL_WORD}|one)\b)))")


def by_region(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a list by region in work[start:end] (``by`` is the region's span); none unless there are two or more.
    A figure that names its dead ("58 fatalities in X") opens a list only where the next figure follows its place at once
    ("..., 11 in Y"): "the deaths of 412 people in the Syrian desert (Badia) since ..." names one place, not a list."""
    found = list(_IN_REGION.finditer(work, start, end))
    out = []
    for k, m in enumerate(found):
        value = words_to_int(m.group("num").replace(",", "").lower())
        if value is None or m.group("noun") and not (k + 1 < len(found) and _NEXT_PLACE.fullmatch(work, m.end(), found[k + 1].start())):
            continue
        out.append(ByParty(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where"))))
    return out if len(out) >= 2 or out and not work[out[0].end:end].strip(" .;,)") else []


#: What may stand between one place of a list and the next figure: a gloss in brackets, then a comma or "and".
_NEXT_PLACE: Final = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*(?:,|;)?\s*(?:and\s+|while\s+)?")


#: "... distributed by region as follows: Homs desert: 71; Deir Ezzor desert: 48" or "by province: Afrin (37), al-Bab (24)":
#: "Region: N" pairs run on in one sentence after a header that says the figures follow; a place may open with "the" and
#: be told as "the desert of Raqqa (14)".
_PAIR = re.compile(r"(?:(?<=[:;,])|(?<=\band)|(?<=\bfollows))\s*(?:the\s+)?(?P<where>(?:(?:deserts?|countryside)\s+of\s+(?:the\s+)?)?"
                   r"(?:[a-z]{1,3}-)?[A-Z\"“][\w\"“”' -]{1,40}?)\s*(?::|\s[–—-]|\(|"
                   r"(?<=[a-z])(?=\s\d))\s*(?P<num>\d[\d,]*|(?i:" + PLURAL_WORD + r"|one)(?=\s*[;.]))\)?(?=\s*(?:[,;.]|$|\band\b|\n))")
#: A place's count told as events ("Al-Omar oil field (41 attacks)"): the list counts attacks, not the dead (round 66).
_EVENTS_PER_PLACE: Final = re.compile(r"\(\s*\d[\d,]*\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|operations|incidents|"
                                      r"explosions|bombings|shells|rockets)\s*\)", re.IGNORECASE)
_PAIRS_CUE = re.compile(r"\b(?:as\s+follows|by\s+(?:region|province|governorate|area)|distributed|divided|broken\s+down|"
                        r"breakdown|regional(?:ly)?)\b[^:]{0,60}:", re.IGNORECASE)


def region_pairs(work: str, start: int, end: int) -> list[ByParty]:
    """The "Region: N" pairs of one sentence that follow a header cue (one only when it ends the sentence: the others are
    the lines after it)."""
    cue = _PAIRS_CUE.search(work, start, end)
    if cue is None or _EVENTS_PER_PLACE.search(work, cue.end(), end):
        return []  # ("116 attacks ... as follows: Al-Omar oil field (41 attacks), Conoco gas field (33)": events, no dead)
    out = [ByParty(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where")))
           for m in _PAIR.finditer(work, cue.end(), end) if (value := words_to_int(m.group("num").replace(",", "").lower())) is not None]
    # ('"Euphrates Shield" area: five; "Peace Spring" area: two.': a count in words closes its pair, round 74)
    return out if len(out) >= 2 or out and not work[out[0].end:end].strip(" .;,)") else []


#: "Syrian regime forces killed 22 civilians, including four children." / "- ISIS has killed five civilians": a line of a
#: list by perpetrator told in the active voice (the subject is who killed them).
#: "According to the report, regime forces killed 40 civilians, ...": the source told before the first killer; "The report
#: breaks down the toll by the parties responsible: regime forces killed 26 civilians, ...": the lead-in to the list.
_SOURCE_OPENING = (r"(?P<open>(?:According\s+to|Citing)\s+[^,;.:]{2,60},\s*|[^,;.:\n]{0,60}?\b(?:breaks?|broke)\s+down\s+[^,;.:\n]{2,60}:\s*|(?:The|Its|Their)\s+report\s+(?:notes|noted|said|says|found|"
                   r"showed|shows|adds|added)\s+that\s+|(?:Among|Of)\s+(?:the|these|those)\s+(?:civilian\s+)?(?:civilians|victims|dead|deaths),\s*)?")
_ACTIVE_LINE = re.compile(_BULLET + _SOURCE_OPENING + r"(?P<doer>(?:(?:the|other)\s+|(?(open)(?=[A-Za-z])|(?=[A-Z])))(?:[\w'/()-]+\s+){0,6}?[\w'/()-]+)\s+(?:(?:has|have|had)\s+)?(?:killed|(?:was|were)\s+responsible\s+for\s+"
                          r"(?:the\s+)?(?:deaths?|killing)\s+of)\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?"
                          rf"(?P<num>\d[\d,]*|(?i:{_WORDS}))\s+(?:[\w-]+\s+)?(?i:civilians?|people|persons|individuals|children|women)\b")


_EVENT_DOER = re.compile(r"\b(?:shell\w*|strikes?|airstrikes?|attacks?|explosions?|bomb\w*|mines?|drones?|fire|raids?|blasts?|"
                         r"rockets?|missiles?|clashes|ambush\w*|On|In|Yesterday|Today)\b", re.IGNORECASE)


#: The same told as clauses of one sentence, after a colon or a semicolon.
_ACTIVE_CLAUSE = re.compile(r"(?:(?<=[:;,])|(?<=\bthat)|(?<=\bwhile)|(?<=\band))\s*(?:and\s+|while\s+)?(?P<doer>(?:(?:the|other|all)\s+|(?=[A-Z])|"
                            r"(?=(?:international|us-led|russian|turkish|syrian|israeli|iranian|american|jordanian)\s))"
                            r"(?:[\w'/()-]+\s+){0,6}?[\w'/()-]+)\s+(?:(?:has|have|had)\s+)?killed\s+"
                            rf"(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))(?:\s+(?:[\w-]+\s+)?"
                            r"(?i:civilians?|people|persons|individuals|children|women)\b|(?=\s*(?:[.;,]|and\b|while\b)|\s*$))")


#: "..., Russian forces for three, ISIS for one and other parties for 48" after "X were responsible for the deaths of N":
#: the same list with the verb left out.
_RESPONSIBLE = re.compile(r"\b(?:was|were|is|are)\s+responsible\s+for\s+(?:the\s+)?(?:deaths?|killing)\s+of\b", re.IGNORECASE)
_FOR_CLAUSE = re.compile(r"(?:(?<=[;,])|(?<=\band))\s*(?:and\s+)?(?P<doer>(?:(?:the|other|all)\s+|(?=[A-Z]))(?:[\w'/()-]+\s+){0,6}?[\w'/()-]+)"
                         rf"\s+for\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"
                         r"(?=\s*(?:[.;,]|and\b)|\s*$)")


def active_doer(work: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject's span of an active-voice line of a list by perpetrator in work[start:end], if it is one."""
    m = _ACTIVE_LINE.match(work, start, end)
    if m is not None and _EVENT_DOER.search(m.group("doer")):
        return None  # "Regime shelling killed three civilians": one event's toll, not a line of a list
    return (m.start("doer"), m.end("doer")) if m is not None else None


_NUM = rf"(?P<num>\d+(?:,\d{{3}})*(?!\d)|(?i:{PLURAL_WORD}))"  # (not "129," before ", Hama desert with 71")
_PLACE = r"(?P<where>(?:(?i:deserts?|countryside|outskirts)\s+of\s+(?:(?i:the)\s+)?(?:(?i:north|south|east|west)(?:(?i:ern))?\s+)?)?(?:[a-z]{1,3}-)?[A-Z][\w'-]+(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'-]+){0,2}(?:\s+(?:desert|countryside|region|area|plain))?)"
#: "Daraa governorate saw (suffered) the highest death toll, with 24 civilians killed", "... saw the highest number of deaths (5)": the
#: first place of a ranking by region.
#: Also the top figure after "accounting for" ("saw the highest death toll, accounting for 17 civilians"), and "<place>
#: accounted for 71 of them" / "came first with 72" (read only with a next place after: ``_region_pairs``); not a percentage.
_RANK_TOP = re.compile(_PLACE + r"(?:\s+(?i:governorate|province|city|region|countryside))?(?:\s+(?i:alone|by\s+itself|on\s+its\s+own))?\s+(?:(?i:saw|recorded|witnessed|registered|had|suffered|sustained|bore|endured|experienced|"
                       r"topped|came\s+first)\s+(?:[^,.;]{0,40}?\s)?(?i:highest|largest|biggest|most)\b[^.;(]{0,40}?(?:\bwith\s+|\(\s*|"
                       r"\baccounting\s+for\s+)|(?i:accounted\s+for|came\s+first\s+with|(?:topped|headed|led)\s+the\s+(?:list|ranking|tally)\s*,?\s*with|"
                       r"ranked\s+first\s*,?\s*with)\s+)" + _NUM + r"(?!\s*(?:%|(?i:percent|per\s+cent)))")
_RANK_STEMS = ("highest", "largest", "biggest", "most", "accounted for", "came first with", "the list", "the ranking", "the tally", "ranked first")
#: ", followed by Aleppo with 19" / "then Idlib (12)" / "and X, around A and B, with 11": the next places of the ranking (after a long remark on the place
#: before only with ", followed by" or ", and then": "with 40, most of them ..., followed by Homs with 12").
_RANK_NEXT = re.compile(r"(?:[^.;]{0,40}?(?:\bfollowed\s+by|\bthen|,|\band)|[^.;]{0,160}?(?:,\s*followed\s+by|,\s*and\s+then))\s+(?:the\s+)?" + _PLACE + r"(?:\s+(?i:governorate|province|city))?"
                        r"(?:\s*,\s*(?i:around|near|including|in|(?:east|west|north|south)\s+of)\s+[^.;,()]{2,60}?,)?\s*(?:\bwith\s+|\()" + _NUM)


def ranked_regions(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region ("Daraa saw the highest toll, with 24 civilians killed, followed by Aleppo
    with 19"); the ``by`` span is the place."""
    if not has_any(folded(work, start, end), _RANK_STEMS):
        return []  # (every match of _RANK_TOP holds one of the stems)
    top = _RANK_TOP.search(work, start, end)
    return [] if top is None else ranking_from(top, work, end)


#: The place and the figure of a ranking's top, for the other wordings of it (``totals_rank_tops``).
RANK_PLACE: Final = _PLACE
RANK_NUM: Final = _NUM


#: ", the Latakia mountains for 16 and Sahl al-Ghab for 12" after "<place> accounted for 19 deaths": the next places with
#: the verb left out ("the Aleppo countryside, including Kobani and Manbij, for 31", "the desert of Resafa, in Raqqa's
#: countryside, for five"); not a figure of the ones before
#: ("Deir Ezzor accounted for 41 of the SDF deaths and 63 of the civilian deaths, ...": no comma soon after the top).
_FOR_NEXT = re.compile(r"[^.;,]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?P<where>(?:the\s+)?[A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,6}?)"
                       r"(?:\s*,\s*(?:including|in|near|around|(?:east|west|north|south)\s+of)\s+[^.;]{0,60}?,)?\s+for\s+" + _NUM + r"(?=\s*(?:[.;,]|and\b)|\s*$)")


#: ", while 38 were killed in the Homs desert", "and four members of the 4th Division fell in the Homs desert", ", 12 died in
#: Raqqa": a next place told as a clause of its own, its figure first (its dead named in at most five words; not "58 people
#: died in X": the dead of all sides, whose side is none of the ranking's).
_IN_NEXT = re.compile(r"(?:[^.;]{0,40}?(?:,\s*(?:and|while|whereas)?|\b(?:and|while|whereas))|[^.;]{0,160}?,\s*(?:while|whereas))\s+" + _NUM + r"(?!\s+(?i:people|persons|individuals)\b)(?:\s+[\w'-]+){0,5}?\s+"
                      r"(?:were\s+killed|died|fell|lost\s+their\s+lives|perished)\s+in\s+(?:the\s+)?" + _PLACE)


def ranking_from(top: re.Match[str], work: str, end: int) -> list[ByParty]:
    """The figures of a ranking by region from its top (a match with groups ``where`` and ``num``) on, with the next
    places after it (", followed by Aleppo with 19"; after "accounted for N", also ", Aleppo for 16")."""
    hits = [top]
    elided = re.search(r"\baccounted\s+for\s+\S+$", top.group(0), re.IGNORECASE) is not None
    while (nxt := _RANK_NEXT.match(work, hits[-1].end(), end) or _IN_NEXT.match(work, hits[-1].end(), end)
           or (_FOR_NEXT.match(work, hits[-1].end(), end) if elided else None)) is not None:
        hits.append(nxt)
    out = []
    for m in hits:
        value = words_to_int(m.group("num").replace(",", "").lower())
        if value is not None:
            out.append(ByParty(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where"))))
    return out


#: A figureless header that announces the total before by area ("Distribution by area:", "Breakdown by province:",
#: "Distribution of fatalities by region:", "Regime losses by province:").
_REGIONAL_HEADER = re.compile(r"^\W*(?:[\w'-]+\s+){0,4}?(?:(?:distribution|distributed|breakdown|broken\s+down|divided|spread)\s+"
                              r"(?:by|per|across)\s+(?:areas?|regions?|provinces?|governorates?)|(?:regional|geographic(?:al)?)\s+"
                              r"(?:distribution|breakdown)(?:\s+of\s+(?:the|these|those)\s+(?:fatalities|deaths|dead|victims|losses))?|"
                              r"(?:distribution|breakdown)\s+of\s+(?:the\s+)?(?:fatalities|deaths|dead|victims|losses|"
                              r"toll)\s+by\s+(?:areas?|regions?|provinces?|governorates?)|(?:fatalities|deaths|dead|losses|toll)\s+(?:of\s+(?:[\w'-]+\s+){1,6}?)?by\s+"
                              r"(?:areas?|regions?|provinces?|governorates?)(?:\s+(?:in|during)\s+[\w'-]+(?:\s+\d{4})?)?|"
                              r"by\s+(?:areas?|regions?|provinces?|governorates?)\s*,\s*(?:the\s+)?(?:death\s+)?(?:toll|fatalities|deaths|dead|victims|losses)\s+"
                              r"(?:was|were|is|are)(?:\s+distributed)?)(?:\s+as\s+follows)?\s*:\s*$",
                              re.IGNORECASE)  # ("Regime fatalities by region:", "By province, the toll was as follows:")
_RUN_PAIR = re.compile(r"\s*(?P<where>[A-Za-z][\w' -]{1,40}?)\s*:\s*(?P<num>\d[\d,]*)\s*(?:[;,.]|$)")


#: "..., distributed by governorate as follows:" closing a total's sentence: the lines after give its dead by area.
_REGIONAL_AS_FOLLOWS = re.compile(r"\b(?:distributed|broken\s+down|divided|spread)\s+(?:by|per|across)\s+(?:areas?|regions?|provinces?|"
                                  r"governorates?)\s+as\s+follows\s*:\s*$", re.IGNORECASE)


def regional_header(chunk: str, closing: bool = False) -> bool:
    """A header of a list by area ("Distribution by area:"); with ``closing``, also a total's sentence that ends
    "distributed by governorate as follows:"."""
    return bool(_REGIONAL_HEADER.match(chunk) or closing and _REGIONAL_AS_FOLLOWS.search(chunk))


def pair_run(work: str, start: int, end: int) -> list[ByParty]:
    """The "Area: N" pairs of a line made only of them ("Daraa: 8; other areas: 4."), else none."""
    out, at = [], start
    while at < end and (m := _RUN_PAIR.match(work, at, end)) is not None:
        out.append(ByParty(m.start("num"), m.end("num"), int(m.group("num").replace(",", "")), (m.start("where"), m.end("where"))))
        at = m.end()
    return out if not work[at:end].strip() else []
