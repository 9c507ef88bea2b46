"""A roundup's lines around its totals: the day its total names for the lines below it, the lines that only break the
total down, and sentences that place an event in a town (or a provincial capital).

Strikes counted in the hundreds or thousands over several provinces, with no town and no toll ("carried out
more than 5,000 airstrikes on the deserts of Homs, Hama and Raqqa"), are a statistic told like an event, no incident.

After a period total, a line opened by the monitor's count of deaths in events told in the plural ("SOHR also
recorded the deaths of 38 people in clashes between ... in A and B") is more of the statistics, though it names towns.

After a period total, a line naming a kind of event only in the plural, with no toll, day or town ("landmines
remained among the main causes of death", "the regime kept up its bombardment of the countryside of Hama, while car
bombs kept going off in Aleppo": a mass noun such as bombardment or shelling counts too), or a side's count line ("ISIS: 71 members, most of them in Russian
airstrikes on the Badia"), is how the period's dead died, no incident.

A count of dead of a period (after its total, or naming it) with no place and no day whose sentence lists two or more ways they died ("41 people were killed in
the province during the month by gunfire, IEDs and landmines", "27 of them were shot dead, eight were killed by IEDs
and three died in clashes") breaks a period's dead down by cause, no incident.

A report whose title gives a toll of a month, a year or more ("Daraa in 2021 | 403 killed", "SNHR: 89
civilians killed in Syria in March 2022", "... since early 2024"; one that counts the period's attacks, "mercenary
cells carried out 162 attacks ... in 2021"; one opened by a whole year, "2021 in the Syrian desert | 780 killed",
"Annual harvest of 2022 | ...") is a period report: an event it tells with no day or
time of its own is one of the kinds of events the period's dead died in, no incident; its dated events stay incidents.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from observatory.extract.dates import DateMention, find_dates
from observatory.extract.events import TYPE_PATTERNS
from observatory.extract.gates import blank_gated, folded, has_any
from observatory.extract.incident_day_list import announces_breakdown, told_earlier
from observatory.extract.incident_month_told import counted_in_singled
from observatory.extract.incident_sameness import CITY, town_or_capital
from observatory.extract.incident_trailers import link_line
from observatory.extract.places import place_mentions
from observatory.extract.segment import RANKED_SINCE, TRANSITION_RE
from observatory.extract.text import SENTENCE_STOP, Sentence, sentences
from observatory.extract.totals_when import period_of
from observatory.models import Report

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


def statistic_line(draft: Draft, work: str) -> bool:
    """A toll told after a period total with no day and no place below a province ("Regime forces killed 22 civilians.",
    "Other parties killed 49 civilians, most in Daraa"): a line breaking the total down, not an event. An event told as
    one ("Earlier, ...", "Meanwhile, ...") or in a provincial capital ("in Aleppo city") is not. Deaths the
    monitor documented in events of a kind, in the plural, after the total ("SOHR also recorded the deaths of 38 people
    in clashes between ... in A and B"): more of the statistics, wherever they happened. So is a day's count of no kind
    of event after the total ("Today alone, 38 civilians were killed, most of them in A and B")."""
    if draft.after_total and draft.type_hit is None and _DAY_ALONE.match(work, draft.start, draft.end):
        return True  # "Today alone, 38 civilians were killed, most of them in A and B": the day's share of the toll
    if not draft.after_total or draft.recalled or not draft.counts or draft.date is not None or draft.timed:
        return False
    if _DOCUMENTED.match(work, draft.start, draft.end) and not _ONE_EVENT.search(work, draft.start, draft.end):
        return True
    if TRANSITION_RE.match(work, draft.start) or any(CITY.match(work, p.end) for p in draft.places):
        return False
    if _ONE_EVENT.search(work, draft.start, draft.end):
        return False  # "An IED killed three soldiers in the desert": one event, though placed only vaguely
    return not any(not p.governorate for p in draft.places)


#: "Today alone,", "Yesterday alone,": a day's share of the toll of a campaign told before it.
_DAY_ALONE = re.compile(r"\s*(?:Today|Yesterday|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+alone\b", re.IGNORECASE)


#: "SOHR (has) also recorded the deaths of 38 people", "The Observatory documented the killing of 12 civilians": the
#: monitor's count, opening the line.
_DOCUMENTED = re.compile(r"\s*(?:(?:SOHR|The\s+(?:Syrian\s+)?Observatory|The\s+monitor|It)\s+(?:has\s+|had\s+)?(?:also\s+)?)"
                         r"(?:recorded|documented|counted|registered)\s+the\s+(?:deaths?|killing)\s+of\s+(?:\d[\d,]*|[a-z]+)\s+"
                         r"(?:more\s+|other\s+)?(?:people|persons|individuals|civilians|fighters|members|men)\b", re.IGNORECASE)


#: One event named in the singular ("an IED", "a drone strike", "the ambush"), not a kind of death counted over a period.
_ONE_EVENT = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:IED|bomb|car\s+bomb|landmine|mine|drone|airstrike|air\s+strike|"
                        r"strike|shell|rocket|missile|attack|ambush|explosion|blast|raid|bombing)\b(?!\s+(?:of|on)\s+\w+s\b)",
                        re.IGNORECASE)


def full_date(work: str, sent: Sentence, report: Report) -> DateMention | None:
    """The one full calendar date ("June 8, 2023") the report's first total names, if it names exactly one."""
    found = find_dates(work, sent.start, sent.end, report.published)
    full = [d for d in found if d.value is not None and not d.relative]
    if len(full) != 1 or {d.value for d in found} != {full[0].value} or _SPAN_WORDS.search(work, sent.start, sent.end):
        return None  # no full date, or several days, or a period ("since June 8, 2023")
    return full[0]


_SPAN_WORDS = re.compile(r"\b(?:since|between|until|till|from|through|during|in\s+the\s+(?:past|last))\b", re.IGNORECASE)


def date_lines(drafts: list[Draft], day: DateMention | None, work: str) -> None:
    """A daily roundup's province lines ("Daraa: a fighter was shot dead ...") tell of the day its total names; so do
    all its lines where the total announces its breakdown ("..., distributed as follows:"), but a line of wounds or an
    event of an earlier, unnamed day ("died of wounds sustained ... last week")."""
    if day is None:
        return
    listed = announces_breakdown(work, day)
    for d in drafts:
        if d.date is None and (d.section is not None or listed and not told_earlier(work, d.start, d.end)) and \
                d.start > day.end and not d.recalled:
            d.date = day


def placed(work: str, sent: Sentence) -> bool:
    """The sentence names a town, village or provincial capital ("in Idlib city"), not only provinces."""
    return any(town_or_capital(p, work) for p in place_mentions(work, sent.start, sent.end))


#: Strikes or attacks counted in the hundreds or thousands ("more than 5,000 airstrikes", "hundreds of raids").
_COUNTLESS = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds|thousands)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:air\s?strikes|strikes|raids|"
                        r"attacks|sorties|shells|rockets|missiles)\b", re.IGNORECASE)


def period_statistic(draft: Draft, work: str) -> bool:
    """Strikes counted in the hundreds over several provinces with no town and no toll: a statistic, not an incident; so
    is a sentence after a total that counts a province's attacks by the ten, or one that goes on about them, when it
    tells no toll, day or doer ("Deir Ezzor remained the main arena of the cells' activity with 21 attacks. ... The
    attacks ranged from ...": round 73)."""
    untolled = not (draft.counts or draft.generic or draft.vague)
    stop = work.find(".", draft.start, draft.end)  # (the draft's first sentence, or the one before where it opens "The attacks")
    begin = work.rfind(".", 0, max(0, draft.start - 2)) + 1 if _THE_ATTACKS.match(work, draft.start) else draft.start
    if untolled and draft.after_total and draft.date is None and not draft.timed and draft.perpetrator is None and \
            _TENS_OF_ATTACKS.search(work, begin, stop if stop >= 0 else draft.end) is not None:
        return True
    if any(not p.governorate for p in draft.places):
        return False
    provinces = {p.governorate for p in draft.places}
    return len(provinces) > 1 and untolled and \
        _COUNTLESS.search(work, draft.start, draft.end) is not None


#: "The attacks ranged from ...", "Most of these operations ...": the events counted told of as a whole.
_THE_ATTACKS = re.compile(r"\W*(?:The|These|Most\s+of\s+(?:the|these|them))\s+(?:attacks|operations|strikes)\b", re.IGNORECASE)
#: "with 21 attacks", "saw 14 operations": events counted by the ten.
_TENS_OF_ATTACKS = re.compile(r"\b[1-9]\d\s+(?:[\w-]+\s+)?(?:attacks|operations|strikes|raids|assassinations)\b", re.IGNORECASE)


#: Kinds of event that are ways of dying a count can be broken down by.
_WAYS = frozenset({"attack", "ied_landmine", "clash", "shelling", "airstrike", "drone_strike", "execution", "assassination"})


#: "during the month", "throughout 2023", "in October": the period a count of dead is of.
_PERIOD = re.compile(r"\b(?:during|throughout|over|in)\s+(?:the\s+(?:past\s+|last\s+|whole\s+|same\s+)?(?:month|year|week|period)|"
                     r"(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")


#: Words the kinds' patterns match that name who acted, not how anyone died ("NDF gunmen").
_ACTOR_WORDS = frozenset({"gunmen", "gunman"})


def method_breakdown(draft: Draft, work: str) -> bool:
    """Dead with no place, no day and no time of their own, of a period (told before or in the sentence), told with two or more kinds of event in a list ("by gunfire,
    IEDs and landmines"): how a period's dead died, not one event."""
    if draft.date is not None or draft.timed or draft.recalled or draft.places:
        return False
    stop = SENTENCE_STOP.search(work, draft.start, draft.end)
    text = work[draft.start:stop.start() if stop else draft.end]  # (its own sentence)
    if ", " not in text or " and " not in text or not (draft.after_total or _PERIOD.search(text)):
        return False  # (a period total told before, or its own period: "during the month")
    return len({name for name, pattern in TYPE_PATTERNS if name in _WAYS
                and any(m.group(0).lower() not in _ACTOR_WORDS for m in pattern.finditer(text))}) >= 2


def general_line(draft: Draft, work: str) -> bool:
    """After a period total (or, for "Most of the strikes targeted X", after anything: round 72), a line that names a kind
    of event only in the plural, with no toll, day or town of its own ("landmines and war remnants remained among the
    main causes of death, and Deir ez-Zor saw the most", "ISIS: 71 members, most of them in Russian airstrikes on the
    Badia"): how the period's dead died, no incident."""
    if draft.counts or draft.generic or draft.vague or draft.date is not None or draft.timed or draft.recalled or draft.type_hit is None:
        return False
    if _EVENT_SET.match(work, draft.start, draft.end):
        return True  # "Most of the explosions took place near A and B", "The strikes were distributed: 17 in A, ...")
    if not draft.after_total:  # (also after a count of the period's events: "SOHR has monitored 32 attacks since ...")
        return False
    kind = work[draft.type_hit[1]:draft.type_hit[2]]
    if not _PLURAL_KIND.fullmatch(kind) or _ONE_EVENT.search(work, draft.start, draft.end) or \
            TRANSITION_RE.match(work, draft.start):
        return False
    return not any(not p.governorate for p in draft.places) or _LABEL_LINE.match(work, draft.start) is not None


#: A kind of event named in the plural ("airstrikes", "landmines", "explosive remnants", "clashes").
_PLURAL_KIND = re.compile(r"(?:[\w-]+\s+){0,2}?[\w-]*(?:strikes|raids|mines|remnants|explosions|bombings|attacks|clashes|"
                          r"assassinations|shells|rockets|IEDs|drones|bombs|bombardment|shelling)", re.IGNORECASE)  # (or a mass noun)
#: A line that quantifies the period's events as a set: "Most of the attacks were ...", "The majority of these
#: explosions ...", "The drone strikes were distributed as follows", "The raids were concentrated in ...".
_EVENTS = (r"(?:[\w-]+\s+){0,2}?[\w-]*(?:strikes|raids|mines|explosions|blasts|bombings|attacks|clashes|assassinations|"
           r"shells|rockets|IEDs|bombs|operations|incidents|killings)")
_EVENT_SET = re.compile(rf"\s*(?:(?:most|many|all|the\s+majority|the\s+bulk)\s+of\s+(?:the|these|those)\s+{_EVENTS}\b|"
                        rf"(?:the|these|those)\s+{_EVENTS}\s+(?:were|are)\s+(?:mostly\s+|mainly\s+)?"
                        r"(?:distributed|concentrated|spread)\b)", re.IGNORECASE)
#: A roundup's line of a side's count ("ISIS: 71 members, ...").
_LABEL_LINE = re.compile(r"\s*[A-Z][^:.\n]{0,60}:\s*(?:\d|[a-z]+\s+(?:members|fighters|soldiers|civilians))")


#: Words of a toll: a title that names a period without one ("The voice of the voiceless since 2006") is no period report.
_DEATH_WORDS = ("kill", "dead", "death", "fatalit", "toll", "lives", "casualt")
_TOLL_WORDS = (*_DEATH_WORDS, "attacks", "statistic")
#: A headline of one event ("A year of escalation | Turkish drone kills two", "Annual commemoration of 2013 massacre |
#: Regime shelling kills woman"): a title read as a period's only by its year or by "attacks" tells that event
#: (tests/test_extract_review_r33.py).
_FEW_AFTER = r"(?!\s+(?:\d{3,}|\d{1,3},\d{3}|dozens|hundreds|thousands)\b)"  # (not a toll in the hundreds: a period's)
_ONE_EVENT_HEADLINE = re.compile(r"\b(?:kills?|wounds?|injures?|targets?|ambush(?:es)?|assassinates?)\b" + _FEW_AFTER, re.IGNORECASE)
#: One doer's deed in a title ("Turkish drone kills two", not "ISIS cells kill 31" or "89 attacks kill 74 people").
_ONE_DEED = re.compile(r"\b(?:kills|wounds|injures|targets|ambushes|assassinates)\b" + _FEW_AFTER, re.IGNORECASE)
#: The news of one event before that clause: "Regime drone kills two civilians", "Iraqi man shot dead inside his tent".
_ONE_EVENT_BEFORE = re.compile(r"\b(?:kills?|killed|wounds?|wounded|injures?|injured|shot\s+dead|dies|died|targets?|"
                               r"ambush(?:es)?|assassinates?|assassinated)\b", re.IGNORECASE)
#: The clause that adds a title's event to a running toll (", raising the death toll since early 2024 to 58").
_RAISING = re.compile(r",\s*(?:thus\s+|thereby\s+)?(?:raising|bringing|pushing|taking|lifting|increasing)\b|"
                      r",\s*as\s+(?:the\s+)?(?:death\s+)?(?:toll|number)\b", re.IGNORECASE)  # (", as toll of attacks since early 2023 rises")
#: A year in the opening text: the cheap gate before the title is read for its period (every period it reads names one).
_PERIOD_GATE = re.compile(r"\b(?:19|20)\d\d\b")
#: A title opened by a whole year ("2021 in the Syrian desert |", "Annual harvest of 2022 |", "A year of Russian
#: airstrikes:"), which period_of reads no period in.
_YEAR_TITLE = re.compile(r"^\s*(?:(?:19|20)\d\d\s+in\b|(?:the\s+)?annual\s+(?:\w+\s+){1,2}(?:of\s+|for\s+)?(?:19|20)\d\d\b|"
                         r"a\s+year\s+of\b|(?:first|second)\s+half\s+of\s+(?:19|20)\d\d\b|"
                         r"(?:[A-Z]+\s+)?(?:19|20)\d\d\s+annual\s+(?:toll|tally|report|harvest)\b)", re.IGNORECASE)
#: The bar that splits a title into its topic and its news ("2023 in Daraa | 392 deaths").
_TITLE_BAR = " | "
_LEAD_SENTENCES = 12  # the title and the opening lines are among the first sentences
_MONTH_DAYS = 28  # a period shorter than this is a day's or a week's toll, whose events are told as incidents


@lru_cache(maxsize=8)
def period_report(work: str) -> bool:
    """The report's title (a heading among its first sentences) gives a toll over a month, a year or longer."""
    if not _PERIOD_GATE.search(work, 0, 2000):
        return False
    for k, sent in enumerate(sentences(work)[:_LEAD_SENTENCES]):
        chunk = work[sent.start:sent.end]
        if not sent.heading and not (k == 0 and _TITLE_BAR in chunk) or link_line(chunk):
            continue  # (the first line split by a bar is the title, even ending on a quote: 'toll | ... the "settlement"';
            # not "Related: Daraa in April 2022 | 42 fatalities", another story's title: round 73)
        if not has_any(folded(chunk), _TOLL_WORDS):
            continue
        raised = _RAISING.search(chunk)
        if raised is not None and _ONE_EVENT_BEFORE.search(chunk, 0, raised.start()) or _event_beside_toll(chunk):
            continue  # "Regime drone kills two civilians in A, raising the toll since early 2024 to 58": one event's news
        found = period_of(blank_gated(RANKED_SINCE, ("since",), chunk, folded(chunk)), None)  # (not "Fiercest ... Since 2018")
        if (found is None and _YEAR_TITLE.search(chunk) or not has_any(folded(chunk), _DEATH_WORDS)) \
                and _ONE_EVENT_HEADLINE.search(chunk):
            continue
        if found is None and _YEAR_TITLE.search(chunk):
            return True  # "2021 in the Syrian desert | 780 killed", "Annual harvest of 2022 | ..."
        if found is None or found[0][0] is None:
            continue
        since, until = found[0][0], found[1][0]
        if until is None or (until - since).days >= _MONTH_DAYS:
            return True
    return False


#: A day told without a date ("on the same day", "on Monday", "last night"): the event is placed in time.
_DAY_WORD = re.compile(r"\b(?:(?:on\s+)?the\s+same\s+day|today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
                       r"at\s+dawn|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.IGNORECASE)


def _event_beside_toll(title: str) -> bool:
    """A title one part of which is one event's news and the other the running count it adds to, in either order
    ("Landmine blast kills three truffle hunters in A | Number of regime losses since March 2019 rises to 418",
    "68th attack since early 2023 | Turkish drone kills two Asayish members at a checkpoint")."""
    first, bar, rest = title.partition(_TITLE_BAR)
    if not bar:
        return False
    if period_of(first, None) is not None and _ONE_DEED.search(rest) is not None and period_of(rest, None) is None:
        return True  # (the event told after the count: one doer's deed, "Turkish drone kills", not "89 attacks kill")
    return _ONE_EVENT_HEADLINE.search(first) is not None and period_of(first, None) is None and period_of(rest, None) is not None


def undated(draft: Draft, work: str) -> bool:
    """The incident has no day or time of its own and recalls no earlier event."""
    return draft.date is None and not draft.timed and not draft.recalled and \
        _DAY_WORD.search(work, draft.start, draft.end) is None


def period_undated(draft: Draft, work: str) -> bool:
    """An event with no day of its own in a report whose title gives a toll over a month or longer ("Daraa in 2021 |
    403 killed"): one of the kinds of event the period's dead died in, no incident."""
    return undated(draft, work) and period_report(work) \
        and not counted_in_singled(work, [m.quantity.start for m, _ in draft.counts.values()])
