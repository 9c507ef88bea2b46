"""The units a sentence is read in: the whole sentence, its clauses, or the events a sentence of totals tells.

Among them: "Another strike hit a car near A, killing two, while a third strike on B killed three": the next
of events told one by one is cut off the sentence of the one before.

A sentence read as a total only for strikes it counts, with no toll and over no span of time ("jets carried
out dozens of airstrikes on X in the afternoon", "fired 60 rockets on Y at dawn"): one bombardment, an incident.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.dates import find_dates
from observatory.extract.events import event_type
from observatory.extract.incident_answered import answered_parts
from observatory.extract.incident_bounds import second_event
from observatory.extract.incident_included_events import included_events
from observatory.extract.incident_recall import recalled_parts, recalled_toll
from observatory.extract.incident_reply_strikes import reply_strikes
from observatory.extract.incident_serial import listed_after_lead
from observatory.extract.incident_share_clause import share_event
from observatory.extract.incident_single_share import single_share_event
from observatory.extract.incident_sparked import sparked_parts
from observatory.extract.incident_when_recalled import when_recalled
from observatory.extract.numbers import number_words
from observatory.extract.segment import LIKENING
from observatory.extract.text import Sentence, clauses, run_on_clauses
from observatory.extract.totals import event_before_toll, incident_clauses
from observatory.extract.totals_event_list import line_of_event_dead
from observatory.models import FIRE_FROM_AFAR


def sentence_parts(work: str, sent: Sentence, vetted: bool, in_total: bool) -> list[Sentence]:
    """The units a sentence is read in: a toll listed place by place is one event per item ("11 civilians today: five
    in A ...; 4 in B; and 2 in C", "Nine were killed by barrel bombs on A, and six others in strikes on B"); otherwise
    the events of a short sentence of totals (``vetted``: ``toll_events``) or its clauses (``sentence_units``)."""
    listed = listed_tolls(work, sent) or included_events(work, sent)
    if listed:
        return listed
    when = when_recalled(work, sent)  # "Strikes have gone on since Tuesday, when 12 soldiers died in a raid on X"
    if len(when) > 1 and in_total:  # the events of the sentence of totals, and the earlier event recalled with its dead
        return (toll_events(work, when[0]) if vetted else sentence_units(work, when[0], in_total)) + when[1:]
    if len(when) > 1 or when and (in_total or _LIKENS.search(work, sent.start, sent.end)):
        return when  # "The post was raided in May 2021, when four guards were killed": no total; "The attack recalls the
        # ambush of August 2023, when ISIS killed 33 soldiers": an earlier event, not more of the one told (round 74)
    parts = toll_events(work, sent) if vetted else sentence_units(work, sent, in_total)
    share = share_event(work, sent) or single_share_event(work, sent) if in_total else None  # "..., including 78 killed in a single strike on X"
    return parts + [share] if share is not None and not any(p.start == share.start for p in parts) else parts


#: A sentence that likens the event told to an earlier one ("The attack recalls the ambush of August 2023, when ...").
_LIKENS = re.compile(LIKENING + r"\b", re.IGNORECASE)


def toll_events(work: str, sent: Sentence) -> list[Sentence]:
    """The one-day events told inside a short sentence of totals: the event before ", raising the toll ... to N", or
    its clauses that tell of one located or dated event each (both decided by totals.py)."""
    before = event_before_toll(work, sent) or event_before_period_toll(work, sent)
    told = recalled_toll(work, sent)  # "after the airstrike on X that killed 21 civilians": its own event
    return ([told] if told is not None else []) + ([before] if before is not None else incident_clauses(work, sent))


#: ", where SOHR documented ...", ", leaving 14 dead ...", ", with the number ... rising to": the toll clause that follows
#: the event it is told with.
_TOLL_CLAUSE = re.compile(r",\s+(?:where|leaving|with|bringing|raising|killing|and\s+(?:the|a)\s+(?:death\s+)?toll)\b", re.IGNORECASE)
_ANY_NUMBER = re.compile(r"\b\d|\b" + number_words("dozens?", "several", "hundreds?") + r"\b", re.IGNORECASE)


def event_before_period_toll(work: str, sent: Sentence) -> Sentence | None:
    """The clause that tells of one event in a named place before the toll of a period it is told with ("Factions
    clashed with the SDF near Tal Rifaat, where SOHR documented 29 deaths since yesterday"): an incident without that
    toll, which is a total."""
    from observatory.extract.places import place_mentions

    m = _TOLL_CLAUSE.search(work, sent.start, sent.end)
    if m is None or m.start() - sent.start < 20:
        return None
    head = work[sent.start:m.start()]
    if event_type(head) is None or _ANY_NUMBER.search(head) or find_dates(work, sent.start, m.start(), None):
        return None  # a toll or a day of its own: the head is no plain event
    if not any(not p.governorate for p in place_mentions(work, sent.start, m.start())):
        return None
    return Sentence(sent.start, m.start(), sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph)


def sentence_units(work: str, sent: Sentence, in_total: bool) -> list[Sentence]:
    """The parts of a sentence read one by one: clauses of a long account of several attacks, or of a run-on sentence."""
    if in_total:
        told = recalled_toll(work, sent)  # "following the drone attack on X which killed 89 people": its own event
        acts = listed_after_lead(work, sent)  # "... over the past 72 hours: cells attacked A on Thursday, ambushed B ..."
        before = event_before_toll(work, sent) if told is None and not acts else None  # a long sentence of one event
        if before is not None:  # before its running total ("..., adding that the deaths brought to 19 the number ...")
            return [before]
        return ([told] if told is not None else []) + (acts or run_on_clauses(work, sent))
    recalled = recalled_parts(work, sent) or sparked_parts(work, sent) or ordinal_parts(work, sent) or answered_parts(work, sent) \
        or also_reported_parts(work, sent) or coincided_parts(work, sent)
    if recalled:
        return recalled
    parts = clauses(work, sent)
    if len(parts) > 1:
        return parts
    parts = run_on_clauses(work, sent)  # cut only where its parts tell of events on days of their own
    if len(parts) < 2:
        return parts
    dated = [p for p in parts if find_dates(work, p.start, p.end, None) and event_type(work[p.start:p.end])]
    earlier = any(EARLIER_REPORT.match(work, p.start, p.end) for p in dated if p is not parts[0])
    return parts if len(dated) > 1 or earlier else [sent]


#: "..., while a third strike on X killed three workers": the next of events told one by one, inside the sentence of
#: the one before.
_ORDINAL_CLAUSE = re.compile(r",\s*(?:while|whereas|and|as)\s+(?=(?:a|the)\s+(?:second|third|fourth|fifth)\s+|another\s+)", re.IGNORECASE)


def ordinal_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut before a clause that tells the next of events told one by one ("Another strike hit a car near
    A, killing two, while a third strike on B killed three"): [head, clause], or [] when it has none."""
    for m in _ORDINAL_CLAUSE.finditer(work, sent.start, sent.end):
        if second_event(work[m.end():sent.end]):
            return [replace(sent, end=m.start()), replace(sent, start=m.end(), first_in_paragraph=False, clause=False)]
    return []


#: "..., according to SOHR, which also reported that regime forces shelled X": the monitor's next event, told in a
#: relative clause of its name (round 72).
_ALSO_REPORTED = re.compile(r",\s*(?:which|who)\s+also\s+(?:reported|documented|said|noted|recorded)\s+(?:that\s+)?", re.IGNORECASE)


def also_reported_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut before a source's "which also reported that ..." when the clause tells an event of its own:
    [head, clause], or []."""
    m = _ALSO_REPORTED.search(work, sent.start, sent.end)
    if m is None or event_type(work[m.end():sent.end]) is None:
        return []
    return [replace(sent, end=m.start()), replace(sent, start=m.end(), first_in_paragraph=False, clause=False)]


#: "The airstrikes coincided with regime artillery shelling on A and B, while ...": another side's fire at the same time,
#: an event of its own (round 72).
_COINCIDED = re.compile(r"\bcoincided\s+with\s+", re.IGNORECASE)  # (not "coincides with a military operation ...": a setting)


def coincided_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut where its event "coincided with" another it names by kind: [head, the other's clauses], or []."""
    m = _COINCIDED.search(work, sent.start, sent.end)
    if m is None or event_type(work[m.end():sent.end]) is None:
        return []
    return [replace(sent, end=m.start()), *clauses(work, replace(sent, start=m.end(), first_in_paragraph=False, clause=False))]


#: "..., and SOHR had reported on the 2nd of May that ...": an earlier report recalled, so an
#: event of its own day.
EARLIER_REPORT = re.compile(r"\s*(?:and\s+|while\s+|whereas\s+|as\s+)?(?:the\s+)?(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|"
                             r"SOHR|Observatory|monitor)\s+(?:had\s+)?(?:previously\s+|already\s+|also\s+)?"
                             r"(?:published|reported|documented|monitored|noted|recorded)\s+(?:on|in)\s+(?:the\s+)?"
                             r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)",
                             re.IGNORECASE)


#: "since dawn today", "since this morning", "since the early hours": a window inside one day.
_SINCE_TODAY = re.compile(r"\bsince\s+(?:dawn|daybreak|midnight|noon|(?:early\s+)?(?:this|the)\s+morning|the\s+early\s+(?:hours|morning)|"
                          r"last\s+night)(?:\s+(?:of\s+)?(?:today|this\s+morning))?\b", re.IGNORECASE)
_SINCE_YESTERDAY = re.compile(r"\bsince\s+(?:yesterday|last\s+night)(?:\s+(?:morning|evening|afternoon))?\b", re.IGNORECASE)
_TOLL_TOLD = re.compile(r"\b(?:kill\w*|dead|deaths?|died|injur\w*|wound\w*|casualt\w+|fatalit\w+|losses|toll)\b", re.IGNORECASE)


#: A line of a period's list that opens with the dead of a side and gives only the kind of fire they died in, its verb
#: left out and the kind told with no article ("2 members of regime forces, in shelling by X near Y", "- 4 civilians:
#: by Russian airstrikes"): a toll. ("63 soldiers, most of them in the airstrike on X": one event of its own.)
_DEAD_LINE = re.compile(r"\W*" + number_words(r"\d[\d,]*") + r"\s+(?:[\w'-]+\s+){0,3}?(?:members?|soldiers?|fighters?|"
                        r"civilians?|people|persons|militiamen|gunmen|children|women|men)\b(?:\s+of\s+[^,:;.]{1,40})?\s*[,:]"
                        r"\s*(?:in|by)\s+(?!the\b|an?\b|one\b)", re.IGNORECASE)
#: "in the past 24 hours", "since Sunday", "over the last two days": strikes counted over a span of time.
_OVER_TIME = re.compile(r"\bsince\b|\b(?:in|over|during|throughout)\s+the\s+(?:past|last|previous)\b|"
                        r"\b(?:past|last)\s+(?:\d+|two|three|few|several)\b", re.IGNORECASE)


def one_day_bombardment(chunk: str) -> bool:
    """A sentence read as a total only for a window inside one day ("jets carried out 40 strikes since dawn today on
    X"), that gives no toll: one day's bombardment, an incident (a toll over the strikes would be a total)."""
    from observatory.extract.totals import is_period_total

    kind = event_type(chunk)
    if kind is None or _TOLL_TOLD.search(chunk) or _DEAD_LINE.match(chunk):
        return False
    window = _SINCE_TODAY.search(chunk) or (_SINCE_YESTERDAY.search(chunk) if kind[0] == "clash" else None)
    if window is None:  # (a fight may go on from yesterday: "clashes have been raging since yesterday on X")
        # strikes counted with no toll and over no period ("warplanes carried out dozens of airstrikes on
        # X in the afternoon"), after a total: one bombardment
        return kind[0] in FIRE_FROM_AFAR and not _OVER_TIME.search(chunk) and not is_period_total(chunk)
    return not is_period_total(chunk[:window.start()] + " " * (window.end() - window.start()) + chunk[window.end():])


#: "in two ISIS raids on ...", "in multiple attacks", "in a series of ambushes": several attacks told with one toll.
_SERIES = re.compile(r"\b(?:in|during|by)\s+" + number_words("several", "multiple", "separate", r"a\s+(?:series|wave|string)\s+of", r"\d", plural=True) + r"\s+"
                     r"(?:separate\s+|simultaneous\s+|coordinated\s+)?(?:[\w-]+\s+)?(?:attacks|ambushes|assaults|raids|bombings|"
                     r"explosions)\b", re.IGNORECASE)
#: The day or place the series is told on ("On 21 May", "Last week", "on Sunday", "in the countryside of X").
_SERIES_ANCHOR = re.compile(r"^\s*(?:On|Last|Earlier|Yesterday|This)\b|\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)\b", re.IGNORECASE)


#: A day's window that opens the sentence: the series is of that day.
_DAY_WINDOW = re.compile(r"\s*(?:In|Over|During|Within)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours(?:\s+alone)?\s*,", re.IGNORECASE)


def series_event(work: str, sent: Sentence) -> bool:
    """A sentence of totals only for its joint toll of a few attacks on one day or week ("On 3 May, a colonel and his
    guards died in two ISIS raids on a post and a truck", "In the past 24 hours, four soldiers were killed in two separate
    attacks ..."): the attacks are an incident, without the toll (which is a
    total); so is a reply of fire told with its replier as subject (incident_reply_strikes)."""
    from observatory.extract.segment import is_total

    chunk = work[sent.start:sent.end]
    if reply_strikes(chunk):
        return True  # "Russian jets responded with 30 raids on X, killing seven since Monday": the reply
    m = _SERIES.search(chunk)
    window = _DAY_WINDOW.match(chunk)  # ("In the past 24 hours alone, four soldiers were killed in two separate attacks ...")
    if m is None or _SERIES_ANCHOR.search(chunk) is None and window is None:
        return False
    if window is not None:
        chunk = " " * window.end() + chunk[window.end():]
    return not is_total(chunk[:m.start()] + " " * (m.end() - m.start()) + chunk[m.end():])


#: An item led by its town and a comma ("in Hamouriyah, raids killed nine", "In the town of Saqba, 5 died").
_TOWN_LED = (r"(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:town|village|city|neighbou?rhood|district)\s+of\s+)?"
             r"(?:(?:al|el|ad|ar|as|ash|az|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+)?\s*,\s")
#: Where the next item of a list of tolls begins: "; " or ", and " / ", while " before a count ("; 4 civilians in B",
#: ", and six others ... in C", ", and 2 children in D").
_ITEM_BREAK = re.compile(r";\s*(?:and\s+)?|,\s+(?:and|while)\s+(?=(?:\d+|" + number_words("an?", plural=True) + r")\b|" + _TOWN_LED + r")|"
                         r"\s+and\s+(?=(?:\d+|" + number_words(plural=True) + r")\s+(?:others?\s+|more\s+)?(?:in|by|on|at|near)\s)",
                         re.IGNORECASE)
#: An item that opens with a count of people: "4 civilians", "a man, his wife and ...", "two children", "23 of them";
#: or with its town, then its toll ("in B, raids killed nine members of one family", "In C, 10 civilians died").
_ITEM_COUNT = re.compile(r"\s*(?:[-•]\s*)?(?:among\s+them\s+|including\s+|of\s+whom\s+)?(?:\d+|" + number_words("an?", plural=True) + r")\b|"
                         r"\s*" + _TOWN_LED + r"(?=[^.;]{0,80}?\b(?:\d+|" + number_words(plural=True) + r")\b)"
                         r"(?=[^.;]{0,80}?\b(?:killed|died|dead|perished|lost\s+their\s+lives)\b)", re.IGNORECASE)
#: An item that tells only wounded: "five others, including the driver, were injured when ...".
_HURT_ONLY = re.compile(r"[^.;]*\b(?:injured|wounded|hurt|injuring|wounding)\b", re.IGNORECASE)
_TOLL_WORD = re.compile(r"\b(?:killed|died|dead|perished|slain|shot|deaths?|lost\s+their\s+lives)\b", re.IGNORECASE)


#: Three capitalised words in a row after a lower-case start is no sentence: a headline ("71 Civilian Deaths Documented").
_HEADLINE_CASE = re.compile(r"^[^a-z]*\d[^a-z]*\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:,)?\s+[A-Z][a-z]+\b")


def counted_dead(work: str, sent: Sentence) -> bool:
    """An item of a listed toll that names no verb of death ("4 civilians in B"), or a line under a header that lists
    one event's dead ("• 54 civilians, including 39 children": ``totals_event_list``): its count is of the dead."""
    return (sent.listed or sent.bullet and line_of_event_dead(work, sent.start)) and _TOLL_WORD.search(work, sent.start, sent.end) is None


def listed_tolls(work: str, sent: Sentence) -> list[Sentence]:
    """The items of a toll listed place by place, each with its own count and its own town ("11 civilians today: five
    in A, who were killed when a rocket hit their house; 4 in B; and 2 children in C", "Nine were killed by barrel
    bombs on A, and six others in airstrikes on B"): one incident each, the later ones of the kind of the one before
    unless they name their own; [] when the sentence lists no two such items in different towns."""
    from observatory.extract.places import place_mentions

    chunk = work[sent.start:sent.end]
    if sent.heading or _HEADLINE_CASE.search(chunk) or " and " not in chunk and "; " not in chunk and ", while " not in chunk or not _TOLL_WORD.search(chunk):
        return []
    colon = chunk.find(":")  # the list after "they are:" (a lead that only names the province, "Daraa:", stays)
    cuts = [sent.start + colon + 1] if colon >= 0 and _ANY_NUMBER.search(chunk, 0, colon) else [sent.start]
    breaks = list(_ITEM_BREAK.finditer(work, cuts[0], sent.end))
    if not breaks:
        return []
    cuts += [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [sent.end]
    items: list[Sentence] = []
    seen: set[str] = set()
    for start, end in zip(cuts, ends, strict=True):
        if not _ITEM_COUNT.match(work, start, end):
            continue
        if items and _HURT_ONLY.match(work, start, end) and not _TOLL_WORD.search(work, start, end):
            return []  # "Three workers were killed at A, and five others were injured when ... near B": one event's wounded
        towns = {p.name.lower() for p in place_mentions(work, start, end) if not p.governorate}
        if not towns or towns & seen:
            continue
        seen |= towns
        later = bool(items)
        items.append(Sentence(start, end, sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph and not later,
                              inherits=later, listed=True))
    return items if len(items) >= 2 else []
