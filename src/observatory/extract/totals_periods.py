"""Periods of totals named by the calendar ("during April", "in 2022", "in the first quarter of 2023", "during the first six
months of 2022", "in the past 72 hours", "so far this year", "in the first 24 hours of the campaign") and
"since ..." periods whose day the phrase leaves open; moved out of ``totals`` (which decides what is a total).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from observatory.extract.dates import MONTH_NAMES, MONTHS, resolve
from observatory.extract.gates import folded, search_gated
from observatory.extract.numbers import number_words, words_to_int

_YEAR = r"(?:19|20)\d\d"
#: "during April", "in May 2022", "throughout the month of October 2021" (not "in May 5").
_MONTH_PERIOD = re.compile(rf"\b(?i:in|during|throughout|over|for)\s+(?i:the\s+course\s+of\s+)?(?i:the\s+month\s+of\s+)?(?P<month>{MONTH_NAMES})"
                           rf"(?:\s*,?\s*(?P<year>{_YEAR}))?\b(?!\s*\d)")
#: "in the first half of 2023", "during 2022", "throughout 2021", "in the whole of 2023".
_YEAR_PERIOD = re.compile(rf"\b(?:in|during|throughout|over|for)\s+(?:the\s+(?:course|whole|entirety)\s+of\s+|all\s+of\s+)?(?:the\s+(?P<half>first|second)\s+half\s+of\s+)?(?P<year>{_YEAR})\b"
                          rf"(?!\s*\d)", re.IGNORECASE)
#: "in the past week", "over the last seven days", "during the past 72 hours", "in the previous two weeks".
#: "in the first quarter of 2023", "during the first six months of 2022", "over the last quarter of 2021".
PART_OF_YEAR = re.compile(r"\b(?:in|during|over|throughout|for)\s+the\s+(?:(?P<q>first|second|third|fourth|last|final)\s+quarter|"
                          r"(?P<first>first|last)\s+(?P<n>" + number_words(r"\d+", plural=True) + r")\s+months)\s+of\s+"
                          rf"(?:the\s+year\s+)?(?P<year>{_YEAR})\b", re.IGNORECASE)
PART_OF_YEAR_STEMS: Final = ("quarter", "month")  # every match holds "quarter" or "months"
#: "between July and September", "from March to the end of May 2021": a stretch of whole months (the first month may omit
#: the year the last one gives).
MONTH_SPAN = re.compile(rf"\b(?i:between|from)\s+(?P<m1>{MONTH_NAMES})(?:\s+(?P<y1>{_YEAR}))?\s+(?i:and|to|until|till)\s+"
                        rf"(?i:the\s+end\s+of\s+)?(?P<m2>{MONTH_NAMES})(?:,?\s+(?P<y2>{_YEAR}))?\b")
#: "in the first 24 hours of the campaign", "during the first three days of the offensive", "over the first
#: week of the operation": a window from an event's start, of no calendar day.
FIRST_SPAN = re.compile(r"\b(?:in|during|over|within|throughout)\s+(?:the\s+|its\s+)?first\s+(?:" + number_words(r"\d+", "few", "several", plural=True) + r"\s+(?:hours|days|weeks|months)|(?:week|fortnight|month))\b"
                        r"(?:\s+(?:of|since)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)?", re.IGNORECASE)
FIRST_SPAN_STEMS: Final = ("first",)  # every match holds "first"
#: "have killed 25 people in two days", "over three days", "within 48 hours": a window of several days
#: ("within 24 hours" is left out: one event's toll often rises within a day).
DAYS_WINDOW = re.compile(r"\b(?:in|over|within|across)\s+(?:" + number_words(r"\d+", "several", r"a\s+few", plural=True) + r"\s+"
                         r"(?:straight\s+|consecutive\s+)?days|(?:36|48|72|96)\s+hours)\b(?!\s+(?:later|after|before|earlier|ago))",
                         re.IGNORECASE)
DAYS_WINDOW_STEMS: Final = ("days", "hours")  # every match holds "days" or "hours"
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
_PAST_WINDOW = re.compile(r"\b(?:in|during|over|within|throughout)\s+the\s+(?:past|last|previous)\s+(?P<n>\d+|[a-z]+\s+)?\s*"
                          r"(?P<unit>hours?|days?|weeks?|months?)\b", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\b(?:so\s+far\s+this\s+month|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+month|"
                         r"(?:during|in|throughout)\s+this\s+month|this\s+month\s+so\s+far)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:so\s+far\s+this\s+year|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|"
                        r"(?:during|in|throughout)\s+this\s+year|this\s+year\s+so\s+far)\b", re.IGNORECASE)
#: Every match of _THIS_MONTH holds "month", of _THIS_YEAR "year", of _THIS_WEEK "week".
_MONTH_STEMS: Final = ("month",)
_YEAR_STEMS: Final = ("year",)
_WEEK_STEMS: Final = ("week",)
#: "since the announcement of the elimination of the 'caliphate' on March 24, 2019", "since it flared on December 12"
#: (round 72): a period from the day of an event.
_SINCE_EVENT_ON = re.compile(rf"\b(?i:since)\s+(?:(?:the\s+)?(?i:announcement|declaration|fall|defeat|elimination|end|collapse|start|"
                             rf"beginning|launch|outbreak)\b[^.;:]{{0,80}}?|(?:it\s+|they\s+|the\s+(?:[\w'-]+\s+){{0,3}}?)(?i:began|started|erupted|"
                             rf"broke\s+out|flared(?:\s+up)?|escalated|(?:was|were)\s+launched)\s+)\b(?i:on)\s+"
                             rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?i:morning|afternoon|evening|night))?,?\s+)?(?P<day>(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+"
                             rf"(?:of\s+)?(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+{_YEAR}|(?![\d,]*\s*{_YEAR})))")
#: "since the protests began in August", "since the offensive was launched in October 2019": from the 1st of that month.
_SINCE_BEGAN_IN = re.compile(rf"\b(?i:since)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?(?i:began|started|erupted|broke\s+out|(?:was|were)\s+launched)\s+"
                             rf"(?i:in)\s+(?i:early\s+|late\s+|mid-?\s*)?(?P<month>{MONTH_NAMES})\b(?:\s*,?\s*(?P<year>{_YEAR}))?(?!\s*\d)")
_THIS_WEEK = re.compile(r"\b(?:so\s+far\s+this\s+week|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+week|"
                        r"(?:during|in|throughout)\s+this\s+week|this\s+week\s+so\s+far)\b", re.IGNORECASE)
_SINCE_MONTH = re.compile(rf"\b(?i:since)\s+(?i:last\s+|early\s+|late\s+|mid-?\s*)?(?P<month>{MONTH_NAMES})\b(?!\s+\d|\s*,?\s*{_YEAR})")
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30}
_SINCE_START_ON = re.compile(rf"\b(?:on|of)\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})|"
                             rf"(?:{MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?)(?P<year>,?\s+{_YEAR})?")
_DAY_OF_MONTH = re.compile(rf"\b(?:(?:{MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?|(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES}))\b")
Period = tuple[tuple[date | None, str | None], tuple[date | None, str | None]]


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _recent_year(month: int, published: date | None) -> int | None:
    """The year of the latest such month up to publication ("during April" in a report of May 2021 -> 2021)."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def since_period(chunk: str, since: tuple[date | None, str | None], published: date | None) -> Period:
    """A "since ..." period, its day resolved where the phrase leaves it open: the day an operation started ("since the
    start of the operation on October 9, 2019"), a month without a year ("since early March", "since last January")
    or this month/year, both from the publication date."""
    day, phrase = since
    if day is not None or phrase is None:
        return since, (None, None)
    at = chunk.find(phrase)
    on = _SINCE_START_ON.search(chunk, at + len(phrase), at + len(phrase) + 80) if at >= 0 else None
    if on is not None and re.search(r"\b(?:start|beginning|launch|outbreak)\b", phrase, re.IGNORECASE):
        # the year as printed, else the latest such day up to publication ("since the start of the escalation on November 27")
        found = resolve(on.group(0).split(None, 1)[1], None if on.group("year") else published)
        if found is not None:
            return (found, chunk[at:on.end()]), (None, None)
    day_named = _DAY_OF_MONTH.search(phrase)
    found_day = resolve(day_named.group(0), published) if day_named is not None and published is not None else None
    if found_day is not None:  # "since August 27" (no year): the latest such day up to publication
        return (found_day, phrase), (None, None)
    month = re.search(rf"\b({MONTH_NAMES})\b", phrase)
    year = _recent_year(MONTHS[month.group(1).lower()], published) if month else None
    if month and year is not None:
        return (date(year, MONTHS[month.group(1).lower()], 1), phrase), (None, None)
    if published is not None and _THIS_MONTH.search(chunk):
        return (published.replace(day=1), phrase), (None, None)
    if published is not None and _THIS_YEAR.search(chunk):
        return (date(published.year, 1, 1), phrase), (None, None)
    return since, (None, None)


def calendar_period(chunk: str, published: date | None) -> Period | None:
    """A period named without "since": a month ("during April" -> its first and last day, the year from the text or
    the publication date), a year or half year, "so far this month/year", "in the past week" (back from publication)."""
    span = folded(chunk)
    event = _SINCE_EVENT_ON.search(chunk)
    if event is not None:  # "since the announcement of the caliphate's end on March 24, 2019": the day named
        day = resolve(event.group("day"), published)  # (no year printed: the latest such day up to publication)
        if day is not None:
            return (day, event.group(0)), (None, None)
    week = search_gated(_THIS_WEEK, _WEEK_STEMS, chunk, span)
    if week is not None:  # "since the beginning of the week": back to its Monday
        return (published - timedelta(days=published.weekday()) if published else None, week.group(0)), (None, None)
    this = search_gated(_THIS_MONTH, _MONTH_STEMS, chunk, span) or search_gated(_THIS_YEAR, _YEAR_STEMS, chunk, span)
    if this is not None:
        if published is None:
            return (None, this.group(0)), (None, None)
        start = published.replace(day=1) if _THIS_MONTH.search(chunk) else date(published.year, 1, 1)
        return (start, this.group(0)), (None, None)
    began = _SINCE_BEGAN_IN.search(chunk)
    if began is not None:  # "since the protests began in August": an open period from the 1st of that month
        k = MONTHS[began.group("month").lower()]
        year = int(began.group("year")) if began.group("year") else _recent_year(k, published)
        return (date(year, k, 1) if year is not None else None, began.group(0)), (None, None)
    since = _SINCE_MONTH.search(chunk)
    if since is not None:  # "since last January": the latest such month up to publication
        k = MONTHS[since.group("month").lower()]
        year = _recent_year(k, published)
        return (date(year, k, 1) if year is not None else None, since.group(0)), (None, None)
    stretch = _month_stretch(chunk, published)
    if stretch is not None:
        return stretch
    month = _MONTH_PERIOD.search(chunk)
    if month is not None:
        k = MONTHS[month.group("month").lower()]
        year = int(month.group("year")) if month.group("year") else _recent_year(k, published)
        if year is None:
            return (None, month.group(0)), (None, month.group(0))
        return (date(year, k, 1), month.group(0)), (_month_end(year, k), month.group(0))
    part = search_gated(PART_OF_YEAR, PART_OF_YEAR_STEMS, chunk, span)
    if part is not None:
        return _part_of_year(part)
    window = search_gated(FIRST_SPAN, FIRST_SPAN_STEMS, chunk, span) or search_gated(DAYS_WINDOW, DAYS_WINDOW_STEMS, chunk, span)
    if window is not None:  # "in the first 24 hours of ...", "in two days"
        return (None, window.group(0)), (None, None)
    whole = _YEAR_PERIOD.search(chunk)
    if whole is not None:
        y, half = int(whole.group("year")), (whole.group("half") or "").lower()
        first, last = (date(y, 7, 1) if half == "second" else date(y, 1, 1)), (date(y, 6, 30) if half == "first" else date(y, 12, 31))
        return (first, whole.group(0)), (last, whole.group(0))
    past = _PAST_WINDOW.search(chunk)
    if past is not None:
        return _past_window(past, published)
    bare = search_gated(_BARE_THIS, _BARE_THIS_STEMS, chunk, span)  # "has claimed 3,700 lives this year"
    if bare is not None:
        year = bare.group(1).lower() == "year"
        if published is None:
            return (None, bare.group(0)), (None, None)
        return (date(published.year, 1, 1) if year else published.replace(day=1), bare.group(0)), (None, None)
    return None


#: "between the beginning of 2023 and the end of June", "from the start of 2022 until the end of March 2022" (round 59),
#: "since the beginning of 2024 until the end of June" (round 73).
YEAR_TO_MONTH = re.compile(rf"\b(?i:between|from|since)\s+(?i:the\s+(?:beginning|start)\s+of\s+)(?P<y1>{_YEAR})\s+(?i:and|to|until|till)\s+"
                            rf"(?i:the\s+end\s+of\s+)(?P<m2>{MONTH_NAMES})(?:,?\s+(?P<y2>{_YEAR}))?\b")


def _month_stretch(chunk: str, published: date | None) -> Period | None:
    """A stretch of whole months ("between January and June 2023", "between the beginning of 2023 and the end of June"):
    the first day of the first month to the last day of the last, the years as printed (the first month's year from
    the last's where left out), else the latest such months up to publication."""
    found = MONTH_SPAN.search(chunk) or YEAR_TO_MONTH.search(chunk)
    if found is None:
        return None
    named = found.groupdict()
    k1 = MONTHS[named["m1"].lower()] if named.get("m1") else 1
    k2 = MONTHS[named["m2"].lower()]
    y2 = int(named["y2"]) if named.get("y2") else int(named["y1"]) if named.get("y1") and k1 <= k2 else _recent_year(k2, published)
    if y2 is None:
        return None
    y1 = int(named["y1"]) if named.get("y1") else y2 if k1 <= k2 else y2 - 1
    return (date(y1, k1, 1), found.group(0)), (_month_end(y2, k2), found.group(0))


def _past_window(past: re.Match[str], published: date | None) -> Period:
    """"in the past week", "over the last seven days": back from publication (open where the date or count is unknown)."""
    count = past.group("n")
    n = words_to_int(count.strip()) if count else 1
    unit = past.group("unit").lower().rstrip("s")
    if published is None or n is None:
        return (None, past.group(0)), (None, None)
    back = -(-n // 24) if unit == "hour" else n * _UNIT_DAYS[unit]
    return (published - timedelta(days=back), past.group(0)), (published, past.group(0))


def _part_of_year(part: re.Match[str]) -> Period:
    """The first and last day of a quarter, or of the first (last) N months, of a year."""
    year, phrase = int(part.group("year")), part.group(0)
    if part.group("q"):
        k = _QUARTERS[part.group("q").lower()]
        return (date(year, 3 * k - 2, 1), phrase), (_month_end(year, 3 * k), phrase)
    n = min(12, max(1, words_to_int(part.group("n")) or 1))
    if part.group("first").lower() == "first":
        return (date(year, 1, 1), phrase), (_month_end(year, n), phrase)
    return (date(year, 13 - n, 1), phrase), (date(year, 12, 31), phrase)


#: "this year" / "this month" with no preposition, as the last resort of a sentence of totals (not "earlier this year").
_BARE_THIS = re.compile(r"(?<!earlier\s)(?<!later\s)(?<!early\s)(?<!late\s)(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\bthis\s+(year|month)\b", re.IGNORECASE)
_BARE_THIS_STEMS: Final = ("this",)  # every match holds "this"
