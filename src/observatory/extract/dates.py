"""Date phrases ("on Saturday", "yesterday", "on the 14th of April", "on November 13, 2019") and their resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import words_to_int
from observatory.models import DatePrecision

MONTHS: Final[dict[str, int]] = {
    m: i for i, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
        ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), 1) for m in names
}
#: The month names as a regex alternation (full names only; :data:`MONTHS` also knows abbreviations).
MONTH_NAMES: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
#: The weekday names as a regex alternation.
WEEKDAY_NAMES: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAYS: Final[dict[str, int]] = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MONTH = r"(?P<{0}>" + MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY1, _DAY2 = _DAY.format("day1"), _DAY.format("day2")
_MONTH1, _MONTH2 = _MONTH.format("month1"), _MONTH.format("month2")
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_ABSOLUTE = re.compile(  # (the lookahead: the letters or digit a match begins with, so other words fail at once)
    rf"\b(?=[\dostuajfmnd])(?:on\s+|since\s+|until\s+|till\s+|to\s+|and\s+)?(?:the\s+)?(?:{_DAY1}\s+(?:of\s+)?{_MONTH1}|{_MONTH2}\s+{_DAY2}\b){_YEAR}",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?=[oltedfs2-6yamw])(?P<phrase>(?:on|last|this|early|late)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|evening|night|afternoon))?"
    r"|(?P<before>(?:the\s+)?day\s+before\s+yesterday)|(?P<ago>(?:two|three|four|five|six|[2-6])\s+days\s+ago)"
    r"|(?P<yesterday>yesterday|last\s+night|overnight|on\s+the\s+eve)"
    r"|(?P<today>(?:at\s+dawn\s+|earlier\s+|on\s+)?today|this\s+(?:morning|evening|afternoon)|tonight|at\s+dawn|after\s+midnight)"
    r"|(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|afternoon))?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase, its resolved day (when resolvable) and how precise that is."""

    text: str
    start: int
    end: int
    value: date | None
    precision: DatePrecision
    relative: bool


def _absolute(m: re.Match[str], published: date | None) -> DateMention | None:
    month = MONTHS.get((m.group("month1") or m.group("month2")).lower().rstrip("."))
    day = int(m.group("day1") or m.group("day2"))
    if month is None or not 1 <= day <= 31:
        return None
    year_text = m.group("year")
    year = int(year_text) if year_text else None
    if year is None and published is not None:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    value = None
    if year is not None:
        try:
            value = date(year, month, day)
        except ValueError:
            value = None
    return DateMention(m.group(0), m.start(), m.end(), value, DatePrecision.DAY if value else DatePrecision.UNKNOWN,
                       year_text is None)


def _relative(m: re.Match[str], published: date | None) -> DateMention:
    value: date | None = None
    weekday = m.group("weekday") or m.group("weekday2")
    if published is not None:
        if weekday:
            back = (published.weekday() - WEEKDAYS[weekday.lower()]) % 7
            value = published - timedelta(days=back)
        elif m.group("before"):
            value = published - timedelta(days=2)
        elif m.group("ago"):
            count = m.group("ago").split()[0].lower()
            value = published - timedelta(days=words_to_int(count) or 0)  # "two" to "six", 2 to 6
        elif m.group("yesterday"):
            value = published - timedelta(days=1)
        else:
            value = published
    return DateMention(m.group(0), m.start(), m.end(), value, DatePrecision.DAY if value else DatePrecision.UNKNOWN, True)


#: A day written in figures, day first as Syrian monitors write it ("on 14/04/2024", "14-4-2024", "14.04.2024").
_NUMERIC = re.compile(r"\b(?:on\s+)?(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b")


_ISO = re.compile(r"\b(?:on\s+)?(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")
#: A day of the month alone ("on the 14th, ..."): the latest such day on or before publication.
_ORDINAL = re.compile(r"\bon\s+(?:the\s+(?:night|morning|evening|afternoon|dawn)\s+of\s+)?the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?:(?P<last>last|the\s+previous|the\s+past)|"
                      r"this|the\s+same|the\s+current|the)\s+month\b)?(?=\s*[,.;)]|\s*$|\s+(?:at|in|near|when|as|and)\b)",
                      re.IGNORECASE)


def _numeric(m: re.Match[str]) -> DateMention | None:
    try:
        value = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return DateMention(m.group(0), m.start(), m.end(), value, DatePrecision.DAY, False)


def _ordinal(m: re.Match[str], published: date | None) -> DateMention:
    value = None
    if published is not None:
        earlier = m.group("last") is not None or int(m.group("d")) > published.day  # "of last month", or a day still to come
        year, month = (published.year - (published.month == 1), (published.month - 2) % 12 + 1) if earlier else \
            (published.year, published.month)
        try:
            value = date(year, month, int(m.group("d")))
        except ValueError:
            value = None
    return DateMention(m.group(0), m.start(), m.end(), value, DatePrecision.DAY if value else DatePrecision.UNKNOWN, True)


#: Every match of _NUMERIC and _ISO holds a digit, a separator and a digit; every match of _ORDINAL a digit and a suffix.
#: (Patterns that begin with a digit class are searched fast; the gates spare the slow ones most spans.)
_SEPARATED = re.compile(r"\d[/.-]\d")
_SUFFIXED = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def _figures(work: str, start: int, end: int, published: date | None) -> list[DateMention]:
    """Days written in figures: day-first, ISO, or a bare day of the month."""
    found = []
    if _SEPARATED.search(work, start, end) is not None:
        found = [d for d in map(_numeric, [*_NUMERIC.finditer(work, start, end), *_ISO.finditer(work, start, end)]) if d]
    if _SUFFIXED.search(work, start, end) is not None:
        found.extend(_ordinal(m, published) for m in _ORDINAL.finditer(work, start, end))
    return found


def find_dates(work: str, start: int, end: int, published: date | None) -> list[DateMention]:
    """Date phrases in work[start:end], absolute and relative, in text order."""
    return list(_find_dates(work, start, end, published))


#: Every absolute date and every day in figures has a digit; every absolute date names a month by one of these stems.
_DIGIT = re.compile(r"\d")
_MONTH_STEMS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Every phrase of :data:`_RELATIVE` holds one of these (weekdays, "today" and "yesterday" hold "day") or, "on the
#: eve", a word "eve" after a space (a bare stem "eve" would let in "several", "however", "seven", "every" ...).
_RELATIVE_STEMS: Final = ("day", "night", "evening", "morning", "noon", "dawn")
_EVE = re.compile(r"\seve")


@lru_cache(maxsize=512)  # a report asks for the same span several times; the cache holds a few reports' calls
def _find_dates(work: str, start: int, end: int, published: date | None) -> tuple[DateMention, ...]:
    """:func:`find_dates`, skipping the patterns whose required letters or digits the span lacks."""
    has_digit = _DIGIT.search(work, start, end) is not None
    found = _figures(work, start, end, published) if has_digit else []
    span = folded(work, start, end)
    if has_digit and has_any(span, _MONTH_STEMS):
        for m in _ABSOLUTE.finditer(work, start, end):
            mention = _absolute(m, published)
            if mention is not None and not any(d.start <= m.start() < d.end for d in found):
                found.append(mention)
    if has_any(span, _RELATIVE_STEMS) or _EVE.search(span) is not None:
        for m in _RELATIVE.finditer(work, start, end):
            if not any(d.start <= m.start() < d.end for d in found):
                found.append(_relative(m, published))
    found.sort(key=lambda d: d.start)
    return tuple(d for d in found if not _named_after(d, found, work))


_WEEKDAY_ONLY = re.compile(r"(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE)


def _named_after(d: DateMention, found: list[DateMention], work: str) -> bool:
    """A weekday followed by the date it names ("On Saturday, March 4"): the date says which Saturday."""
    if not _WEEKDAY_ONLY.fullmatch(d.text):
        return False
    return any(o.start > d.start and _BEFORE_DATE.fullmatch(work[d.end:o.start]) and o.value is not None
               and _MONTHS_RE.search(o.text) for o in found)


_BEFORE_DATE = re.compile(r",?\s*(?:the\s+)?")


_MONTHS_RE = re.compile(MONTH_NAMES + r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", re.IGNORECASE)


def resolve(phrase: str, published: date | None) -> date | None:
    """Resolve one phrase on its own (a convenience for callers and tests)."""
    mentions = find_dates(phrase, 0, len(phrase), published)
    return mentions[0].value if mentions else None


_SINCE = re.compile(r"\b(?i:since)\s+(?:the\s+)?(?:(?:beginning|start)\s+of\s+(?:the\s+)?(?:year\s+)?|early\s+|late\s+|mid-?\s*)?"
                    r"(?:(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?[A-Z][a-z]+\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?(?!\d))?,?\s*(?:(?:19|20)\d\d)?"
                    r"|(?:19|20)\d\d|the\s+beginning\s+of\s+the\s+year|the\s+start\s+of\s+the\s+year)")
_MONTH_YEAR = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s*((?:19|20)\d\d)")
_YEAR_ONLY = re.compile(r"((?:19|20)\d\d)")


def period_start(text: str) -> tuple[date | None, str | None]:
    """The start of a "since ..." period: a named day, or the 1st of a named month/year ("since early 2024"); or of a
    period told from a day until now ("From the 24th of March 2019 until today")."""
    m = _SINCE.search(text) or _FROM_UNTIL_NOW.search(text)
    if m is None:
        return None, None
    phrase = m.group(0).strip().rstrip(",")
    found = _ABSOLUTE.search(phrase)
    if found and found.group("year"):
        mention = _absolute(found, None)
        if mention and mention.value:
            return mention.value, phrase
    month = _MONTH_YEAR.search(phrase)
    if month:
        return date(int(month.group(2)), MONTHS[month.group(1).lower()], 1), phrase
    year = _YEAR_ONLY.search(phrase)
    if year:
        return date(int(year.group(1)), 1, 1), phrase
    return None, phrase


_DAY_MONTH_YEAR = (r"(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?)"
                   r"(?:,?\s+(?:19|20)\d\d)?")
_FROM_UNTIL_NOW = re.compile(rf"\b(?i:from)\s+{_DAY_MONTH_YEAR}\s+(?i:until|till|to|up\s+to)\s+(?i:today|now|the\s+present|this\s+day)\b")
_BETWEEN = re.compile(rf"\b(?:between|from)\s+(?P<a>{_DAY_MONTH_YEAR})\s+(?:and|to|until|till)\s+(?:(?:\w+day|today),?\s+)?"
                      rf"(?P<b>{_DAY_MONTH_YEAR})", re.IGNORECASE)


def _day(phrase: str, year: int | None) -> date | None:
    m = _ABSOLUTE.search(phrase)
    if m is None:
        return None
    month = MONTHS.get((m.group("month1") or m.group("month2")).lower().rstrip("."))
    day = int(m.group("day1") or m.group("day2"))
    y = int(m.group("year")) if m.group("year") else year
    if month is None or y is None:
        return None
    try:
        return date(y, month, day)
    except ValueError:
        return None


#: Two days of one month that name the month once: "from 8 to 11 December 2024", "between the 3rd and the 9th of May 2021".
_BETWEEN_DAYS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|until|till)\s+(?:the\s+)?"
                           r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + MONTH_NAMES + r"),?\s+(?P<year>(?:19|20)\d\d)\b",
                           re.IGNORECASE)


def _days_of_one_month(text: str) -> tuple[date, date, str] | None:
    """The first and last day of "from 8 to 11 December 2024" (the month and year told once, after the second day)."""
    m = _BETWEEN_DAYS.search(text)
    if m is None:
        return None
    month, year = MONTHS[m.group("month").lower()], int(m.group("year"))
    try:
        since, until = date(year, month, int(m.group("d1"))), date(year, month, int(m.group("d2")))
    except ValueError:
        return None
    return (since, until, m.group(0)) if since < until else None


def period_bounds(text: str) -> tuple[date | None, date | None, str | None] | None:
    """A closed period "between the 24th of March 2019 and the 20th of April 2019" (the first day may omit the year),
    or two days of one month named once ("from 8 to 11 December 2024")."""
    m = _BETWEEN.search(text)
    if m is None:
        return _days_of_one_month(text)
    until = _day(m.group("b"), None)
    if until is None:
        return None
    since = _day(m.group("a"), until.year)
    if since is not None and since > until:
        since = _day(m.group("a"), until.year - 1)
    if since is None:  # ("between the 2nd and the 6th of May 2021": "2nd and" read as a day of a month)
        return _days_of_one_month(text) or (since, until, m.group(0))
    return since, until, m.group(0)
