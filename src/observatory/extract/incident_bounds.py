"""Where one incident ends and another begins, for constructions the sentence rules of core.py do not see alone.

* "A second raid, on X, wounded ...": another event of the kind told just before.
* "The latest strike hit ..." in a report on drone (or air) strikes: a strike of that kind.
* Another source restating the monitor's incident ("SANA said two soldiers were killed"): the same incident.
* "... confirmed the toll of today's shelling": a pointer back to an event told, not an event of its own.
* "In the town of X, an airstrike on a house killed seven" after a period total: one event of its own.
* A paragraph opened by a shift in time ("Two days earlier, a shepherd was killed by a landmine near X") after a
  period total: one dated event of its own, as "Meanwhile, ..." is; so is "Meanwhile, factions fired rockets at X,
  injuring four" (fired, pounded, bombarded; a toll of wounded), also when a closing clause of setting gives a
  period ("Meanwhile, a militant was killed in an airstrike near X, as jets carried out dozens of strikes since
  Tuesday").
* "Most of the victims were killed in assassinations, while others died in ...": a share of the total before.
"""

from __future__ import annotations

import re

from observatory.extract.events import BODY_FOUND, HELICOPTER_RAID, TYPE_PATTERNS

#: "A second raid, on the outskirts of X, ...", "The third strike hit ...", "An hour later, a second IED ...": one more
#: event of a series.
_SECOND_EVENT = re.compile(r"\s*(?:[A-Z][\w\s-]{0,30},\s*)?(?:(?:A|The|a|the)\s+(?:second|third|fourth|fifth|further|subsequent)|"
                           r"(?:Yet\s+|One\s+)?(?:A|a)nother|One\s+more|A\s+further)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>raid|strike|air\s?strike|air\s+raid|attack|"
                           r"bombardment|explosion|blast|bombing|drone\s+strike|shelling|IED|bomb|car\s+bomb|explosive\s+device|"
                           r"barrage|volley|salvo|ambush|assault|landmine|drone)s?\b")
#: Nouns that name no kind of their own: the kind of the event told before them.
_GENERIC_NOUN = re.compile(r"raid|strike|attack", re.IGNORECASE)


#: "In the second, gunmen shot dead ...": the next of the events a sentence before counted ("two separate attacks").
_IN_THE_NEXT = re.compile(r"\s*In\s+the\s+(?:second|third|fourth|fifth)\s*,", re.IGNORECASE)


def second_event(text: str) -> bool:
    """The sentence opens with "a second / a third ... <event>" or "In the second,": one more event, not more about
    the one told."""
    return _SECOND_EVENT.match(text) is not None or _IN_THE_NEXT.match(text) is not None


def second_event_noun(text: str) -> tuple[int, int] | None:
    """The span (in ``text``) of a generic noun ("raid", "strike") opening a "second event" sentence, or None."""
    m = _SECOND_EVENT.match(text)
    if m is None or not _GENERIC_NOUN.fullmatch(m.group("noun")):
        return None
    return m.start("noun"), m.end("noun")


_KINDS = {"drone_strike", "airstrike"}
_STRIKE_PATTERNS = [(name, pattern) for name, pattern in TYPE_PATTERNS if name in _KINDS]
#: A bare "strike" (not "air strike", "drone strike", "missile strike"): its kind is the one the report is about. Only
#: the singular: "the strikes focused on ..." speaks of many strikes, not of one event.
_BARE_STRIKE = re.compile(r"(?<![\w-])(?<!air\s)(?<!drone\s)(?<!missile\s)(?<!rocket\s)(?<!artillery\s)(?<!ground\s)"
                          r"(?<!hunger\s)(?<!general\s)(?<!\bto\s)strike\b(?!s)"
                          # (not "are still able to strike": a verb; not "the strike came two days after an attack": the
                          # event it came after is the one told with its dead)
                          r"(?!\s+(?:came|comes|followed)\s+(?:[\w-]+\s+){0,3}?(?:after|before)\b)", re.IGNORECASE)
#: Strikes in the plural pointed back at as like those told ("similar strikes targeted farmhouses", "an earlier round of
#: strikes on the same area killed 21 fighters", "previous strikes hit the depot"), with a deed of their own (not
#: "similar strikes have been attributed to ...").
_MORE_STRIKES = re.compile(r"(?:\b[Ss]imilar|\b(?:[Aa]n?\s+)?(?:[Ee]arlier|[Pp]revious|[Pp]rior)(?:\s+(?:round|wave|series|set)\s+of)?)"
                           r"\s+strikes\b(?=\s+(?:[\w-]+\s+){0,8}?(?:targeted|hit|killed|"
                           r"struck|destroyed|wounded|injured|put|left)\b)")
_BARE_KINDS = (None, "attack", "other", "assassination")


def bare_strike_kind(work: str, start: int, end: int,
                     type_hit: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The type of a sentence that speaks of "the strike" without its kind: the kind of strikes (drone or air) named
    last before it in the report ("Turkish drones carried out 93 strikes ...", then "The deadliest strike hit ..."); so
    too a raid pointed back at ("the raids killed", "a similar raid"), unless a raid on the ground was told after
    those strikes (tests/test_extract_bare_raids.py). "A similar strike" is like the report's lead: the kind named
    first."""
    if type_hit is not None and type_hit[0] not in _BARE_KINDS:
        return type_hit
    strike = _BARE_STRIKE.search(work, start, end) or _MORE_STRIKES.search(work, start, end)
    bare = strike or _bare_raid(work, type_hit)
    if bare is None:
        return type_hit
    last = _strike_named(work, start, _SIMILAR.search(work, max(0, bare.start() - 12), bare.start()) is None)
    if last is None or strike is None and any(m.end() > last[0] for m in _GROUND_RAID.finditer(work, 0, start)):
        return type_hit  # (a raid told after a raid on the ground is that one: "troops raided a house ... the raid")
    return last[1], bare.start(), bare.end()


#: "a similar strike", "similar strikes": one like the event the report leads with.
_SIMILAR = re.compile(r"\b[Ss]imilar\s+$")


def _strike_named(work: str, start: int, last: bool) -> tuple[int, str] | None:
    """The kind of strikes (drone or air) named last (or first) before ``start``, with where it is named; of two
    names read in the same words ("an Israeli drone strikes"), the drone."""
    spans = sorted((m.start(), m.end(), name) for name, pattern in _STRIKE_PATTERNS for m in pattern.finditer(work, 0, start))
    if not spans:
        return None
    if last:
        return max((s, name) for s, _, name in spans)
    first, first_end, name = spans[0]
    drone = any(n == "drone_strike" and s < first_end for s, _, n in spans)
    return first, "drone_strike" if drone else name


#: "the raids killed", "a similar raid on ...", "the deadliest raid of the year", "other raids hit X": a raid pointed back at, told by no
#: kind of its own (after "warplanes carried out 60 airstrikes" it is one of them; the noun only, not "raided").
_BARE_RAID = re.compile(r"(?:(?<=\b(?:the|The)\s)(?:[\w-]+\s+)?raids?\b|(?<=\bsimilar\s)raids?\b|(?<=\bthese\s)raids\b|"
                        r"(?<=\b[Oo]ther\s)raids\b|(?<=\b[Ff]urther\s)raids\b|(?<=\b[Mm]ore\s)raids\b)"  # ("other raids hit X")
                        r"(?![^.;]{0,60}?\b(?:came|come|comes|followed|follow|follows)\b)"
                        r"(?!\s+(?:of|by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:[Ss]ecurity|[Ii]ntelligence|police|patrols?|gunmen)\b)")  # ("the raids came after X attacked": X's)


#: A raid on the ground told before ("troops raided a house", "an airdrop operation", "stormed the farm", "a
#: helicopter-borne raid": the helicopter in it, which the air strikes' pattern reads too, is no strike told before it).
_GROUND_RAID = re.compile(r"\b(?:raided|stormed|air[\s-]?drop|heliborne|helicopter[\s-]borne|landing|"
                          + HELICOPTER_RAID + "|"
                          r"(?:security|ground|joint)\s+(?:operation|raid))",
                         re.IGNORECASE)


def _bare_raid(work: str, type_hit: tuple[str, int, int] | None) -> re.Match[str] | None:
    """The sentence's kind is read only from a raid pointed back at ("the raids killed seven fighters")."""
    if type_hit is None or type_hit[0] != "attack":
        return None
    found = _BARE_RAID.finditer(work, max(0, type_hit[1] - 40), min(len(work), type_hit[2] + 80))
    return next((m for m in found if m.end() == type_hit[2]), None)


#: A type keyword named as a pointer back to an event told: "the toll of today's shelling", "yesterday's airstrike".
_POINTER = re.compile(r"(?:\b(?:today|yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+|"
                      r"\btoll\s+of\s+(?:the\s+)?)(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def points_back(work: str, start: int, type_start: int) -> bool:
    """The sentence's kind of event is named only to point back at an event told ("confirmed the toll of today's
    bombardment"): no event of its own."""
    return _POINTER.search(work[max(start, type_start - 60):type_start]) is not None



#: A paragraph that opens by turning to another event ("Meanwhile, ISIS cells ambushed ... on Monday night", "Also in
#: the Badia, an officer was wounded last night when ...").
_TURN = re.compile(r"\s*(?:Meanwhile|In\s+the\s+meantime|Elsewhere|Separately|In\s+(?:a\s+separate|another)\s+(?:incident|attack|development)|"
                   r"Also(?:\s+on\s+(?:the\s+same\s+day|\w+day)|\s+today|\s+yesterday|\s+in\s+[^,.;]{2,40})?|"  # ("Also in the Badia,")
                   r"(?:An?|One|Two|Three|Four|Five|Several|A\s+few|\d+)\s+(?:days?|hours?|weeks?)\s+(?:earlier|later|before)|"
                   r"(?:Earlier|Later)\s+(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|night|evening|afternoon)|"
                   r"The\s+(?:day|night)\s+before|The\s+(?:previous|following|next)\s+(?:day|night|morning|evening))\s*,",
                   re.IGNORECASE)
_ONE_EVENT_VERB = re.compile(r"\b(?:ambushed|attacked|targeted|stormed|shelled|struck|hit|shot|exploded|detonated|went\s+off|"
                             r"killed|killing|wounding|injuring|fired|pounded|bombarded)\b", re.IGNORECASE)
_PERIOD = re.compile(r"\b(?:since|(?:in|over|during)\s+the\s+(?:past|last)|(?:past|last)\s+(?:\d+|two|three|few|several|week|month|year)|"
                     r"over\s+the|during\s+the|in\s+(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December|(?:19|20)\d\d))\b|\btoll\b|\btotal\b", re.IGNORECASE)
_FEW = 10


def one_event_turn(chunk: str, dated: bool) -> bool:
    """A paragraph's first sentence that turns to one dated event of its own ("Meanwhile, ISIS cells ambushed a bus
    ... on Monday night, killing three"): an incident, however many totals were told before it."""
    if not dated or _TURN.match(chunk) is None:
        return False
    side = _SIDE_CLAUSE.search(chunk)  # "..., as jets carried out dozens of strikes since Tuesday": the setting's period
    head = chunk[:side.start()] if side is not None and _ONE_EVENT_VERB.search(chunk, 0, side.start()) else chunk
    if _PERIOD.search(head):
        return False
    if _ONE_EVENT_VERB.search(chunk) is None and BODY_FOUND.search(chunk) is None:  # "Also, two bodies were found near X"
        return False
    return all(int(n) <= _FEW for n in re.findall(r"\b\d+\b", chunk))


#: A closing clause of setting after the event told ("..., as warplanes carried out dozens of strikes on the desert since
#: Tuesday", "..., while fighting has gone on since dawn").
_SIDE_CLAUSE = re.compile(r",\s+(?:as|while|amid|amidst|whereas)\s+(?!(?:a|an|the)\s+result\b)", re.IGNORECASE)


#: "An IED killed three soldiers ...", "A drone strike on a car wounded two ...": a sentence opening with one event.
#: (After where it happened: "In the village of X, a drone strike ...", "The largest toll was in X, where a strike ...")
_ONE_EVENT_OPENING = re.compile(r"\s*(?:(?:In|At)\s+(?:the\s+)?(?:town|village|city|neighbou?rhood|district|camp)\s+of\s+[^,.;]{2,40},\s*"
                                r"(?=an?\s|one\s)|The\s+(?:largest|heaviest|highest|biggest|worst)\s+(?:single\s+)?toll\s+was\s+"
                                r"(?:recorded\s+)?in\s+[^,.;]{2,60},\s+where\s+(?=an?\s|one\s))?"
                                r"(?P<event>An?|One|an?|one)\s+(?:[\w'’-]+\s+){0,3}?(?:IED|bomb|landmine|mine|drone|airstrike|air\s+strike|"
                                r"strike|shell|rocket|missile|attack|ambush|explosion|blast|raid|sniper)\b")


def one_event_opening(chunk: str) -> bool:
    """A sentence whose subject is one event ("An IED killed three soldiers in the desert"), with a small toll and no
    period: an incident, even after a period total."""
    m = _ONE_EVENT_OPENING.match(chunk)
    if m is None or _ONE_EVENT_VERB.search(chunk) is None or _PERIOD.search(chunk, m.start("event")):
        return False
    return all(int(n) <= _FEW for n in re.findall(r"\b\d+\b", chunk))


#: "This morning, ...", "At dawn today, ...", "On Monday night, ...", "Yesterday evening, ...": a sentence led by the time
#: of one day.
_DAY_TIME_LEAD = re.compile(r"\s*(?:(?:This|Yesterday|Today|Last|Early\s+this|Late\s+last)\s+(?:morning|evening|night|afternoon)|"
                            r"At\s+(?:dawn|noon|midnight|night)(?:\s+(?:today|yesterday))?|Yesterday|Earlier\s+today|"
                            r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|"
                            r"afternoon))?)\s*,\s*(?P<rest>.)")


def timed_one_event(chunk: str) -> bool:
    """A sentence led by the time of one day that tells one event with a small toll and no period ("This morning,
    snipers shot dead two civilians as they fled X"): an incident, even after a period total in its paragraph."""
    m = _DAY_TIME_LEAD.match(chunk)
    if m is None or _ONE_EVENT_VERB.search(chunk, m.start("rest")) is None or _PERIOD.search(chunk):
        return False
    return all(int(n) <= _FEW for n in re.findall(r"\b\d+\b", chunk))


#: "On the 9th of this month, ...": a day of the month, not a period of a month.
_DAY_OF_MONTH = re.compile(r"\s*On\s+the\s+[0-3]?\d(?:st|nd|rd|th)\s+of\s+(?:this|last|the\s+(?:same|current|previous|past)|the)\s+"
                           r"month\b", re.IGNORECASE)


def day_of_month_event(chunk: str) -> bool:
    """A sentence opening with a day of the month ("On the 9th of this month, a bomb went off ..., wounding four"): one
    dated event, though "this month" reads like a period."""
    m = _DAY_OF_MONTH.match(chunk)
    if m is None or _ONE_EVENT_VERB.search(chunk) is None or _PERIOD.search(chunk, m.end()):
        return False
    return all(int(n) <= _FEW for n in re.findall(r"\b\d+\b", chunk[m.end():]))


#: "The dead included ...", "Among them were ...", "They were killed in ...": the parts of a toll told just before.
_BREAKDOWN = re.compile(r"\s*(?:[^.;:,]{0,90}?\b(?:said|says|added|reported|noted|stated)(?:\s+in\s+a\s+statement)?(?:\s+that)?\s+(?=the\s))?"  # (the monitor said ...)
                        r"(?:The\s+(?:dead|victims|fatalities|casualties|killed)\s+(?:included|include|includes|comprised|were)|"
                        r"Among\s+(?:them|the\s+(?:dead|victims))\s+(?:were|are)|They\s+(?:included|include|were)|"
                        # "Of them, 12 were killed by ...", "Of the soldiers, 10 were killed in A, nine in B": a share
                        r"Of\s+(?:them|whom|these|those|the\s+[\w\s-]{1,30}?)\s*,\s+[\w,]+\s+(?:[\w-]+\s+)?(?:were|was)\s+killed)\b",
                        re.IGNORECASE)
#: "Most of them were killed by ...": a share of the toll before.
_SHARE = re.compile(r"\s*(?:Most|Many|Some|All|The\s+(?:majority|rest|remainder))\s+of\s+(?:them|whom|those|"
                    r"the\s+(?:victims|dead|fatalities|casualties|deaths))\b|"
                    r"\s*(?:Most|Many|Some)\s+(?:were|had\s+been)\s+(?:killed|shot|gunned\s+down)\b", re.IGNORECASE)  # ("Most were killed by landmines")
#: Event words in the plural: events in general, not one of them.
MANY_EVENTS = re.compile(r"(?:attacks|strikes|air\s?strikes|raids|clashes|bombings|ambushes|explosions|assassinations|"
                         r"bombardments)", re.IGNORECASE)


def share_of_figure(chunk: str) -> bool:
    """A sentence that tells how most (many, some, the majority) of a figure told before died ("Most of them were killed
    by shells fired on Damascus city and Jaramana", "The majority of the victims died in regime air strikes on X"),
    with no figure of its own: a share of that figure, not an event of its own, whether that figure was a total or not
    (where an incident is being told, the caller lets it add that incident's places)."""
    return _SHARE.match(chunk) is not None and _DIGIT.search(chunk) is None


_DIGIT = re.compile(r"\d")


def breakdown_of_total(chunk: str, kind: tuple[str, int, int] | None) -> bool:
    """A sentence that only breaks down the total told just before ("The dead included 38 SDF members, 22 civilians
    ...", "Most of them were killed by shelling", "They were killed in ISIS attacks in ..."): the parts of that total,
    not an event (it names no kind of event, or only events in general)."""
    if _SHARE.match(chunk):
        return True
    general = kind is None or MANY_EVENTS.fullmatch(chunk[kind[1]:kind[2]]) is not None
    return general and _BREAKDOWN.match(chunk) is not None
