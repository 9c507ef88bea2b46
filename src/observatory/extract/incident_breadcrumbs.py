"""The governorate a report's breadcrumb gives: a line of the site's menu path, fields split by "|", ">", "›" or "»",
opening with "Home" (or the site's name, then "Home"), that names one governorate alone as one of its fields ("Home |
News | Al-Hasakah", "Home > Syria > Daraa > Settlements", "Home › Reports › Hama"): the section the report was filed
under, which is the province the report is about. (A bar line of four fields or more, "SOHR | Home | News | Homs", is
blanked as a site menu before this is asked, so it gives nothing.) A path of short fields whose last field is the
report's title ("Home › ISIS › Death toll of ISIS ambush ... rises to 37", "Syrian Observatory For Human Rights > Iranian
Militias > Seven ... killed in ISIS ambush") tells no event beside the title's (``title_crumbs``)."""

from __future__ import annotations

import re

from observatory.extract.places import governorate_mentions
from observatory.extract.text import Sentence

#: A field separator of a menu path.
_SEPARATOR = re.compile(r"\s+[|>›»]\s+")
#: "Home" as one of the path's first two fields.
_HOME = re.compile(r"home", re.IGNORECASE)


def breadcrumb_governorate(work: str, sents: list[Sentence], lines: int = 6) -> str | None:
    """The one governorate named as a whole field of a breadcrumb among the report's first lines."""
    for sent in sents[:lines]:
        for line in _LINE.finditer(work, sent.start, sent.end):
            gov = _crumb_governorate(work, line.start(), line.end())
            if gov is not None:
                return gov
    return None


_LINE = re.compile(r"[^\n]+")
#: Words in a field that make it a title rather than a section's name.
_TITLE_WORDS = 5


def title_crumbs(work: str, sents: list[Sentence], lines: int = 6) -> frozenset[int]:
    """Indices of the sentences, among the report's first lines, that lie on a path of three fields or more whose last
    field, a title, is longer than each of the others."""
    crumbs = set()
    for index, sent in enumerate(sents[:lines]):
        line_start, line_end = work.rfind("\n", 0, sent.start) + 1, work.find("\n", sent.start)
        line = work[line_start:line_end if line_end >= 0 else len(work)]
        fields = _SEPARATOR.split(line.strip())
        if len(fields) >= 3 and len(fields[-1].split()) >= _TITLE_WORDS and all(len(f.split()) < len(fields[-1].split()) for f in fields[:-1]):
            crumbs.add(index)
    return frozenset(crumbs)


def _crumb_governorate(work: str, start: int, end: int) -> str | None:
    """The governorate of the line work[start:end] if it is a breadcrumb naming one alone as a field."""
    line = work[start:end]
    if len(line) > 120:
        return None
    cuts = [start] + [x for m in _SEPARATOR.finditer(line) for x in (start + m.start(), start + m.end())] + [end]
    fields = list(zip(cuts[::2], cuts[1::2], strict=True))
    if len(fields) < 3 or not any(_HOME.fullmatch(work[a:b].strip()) for a, b in fields[:2]):
        return None
    named = {m.governorate for a, b in fields[1:] for m in governorate_mentions(work, a, b) if work[a:b].strip() == m.name}
    if len(named) != 1 or _menu_of_countries(work, fields):
        return None
    return named.pop()


#: A country as a whole field of a menu line ("Syria", "Turkey", "Iraq").
_COUNTRY = re.compile(r"Syria|Turkey|T[uü]rkiye|Iraq|Lebanon|Jordan|Israel|Palestine|Iran|Russia|Egypt|Yemen|Libya",
                      re.IGNORECASE)


def _menu_of_countries(work: str, fields: list[tuple[int, int]]) -> bool:
    """A site's menu of places side by side ("Home > Syria > Idlib > Turkey > Iraq"), not a path: a path names at most
    one country, before the province."""
    countries = [k for k, (a, b) in enumerate(fields) if _COUNTRY.fullmatch(work[a:b].strip())]
    govs = [k for k, (a, b) in enumerate(fields) if governorate_mentions(work, a, b)]
    return len(countries) > 1 or any(k > min(govs, default=len(fields)) for k in countries)


#: "..., bringing the death toll to ten", "the toll has risen to 43": the toll of an incident told before, risen.
_RISEN_TOLL = re.compile(r"\b(?:bringing|raising|pushing|taking)\s+the\s+(?:death\s+)?toll\b|"
                         r"\btoll\s+(?:has\s+|had\s+)?(?:risen|rose|rises|climbed)\b", re.IGNORECASE)


def told_as_risen_toll(work: str, start: int, end: int) -> bool:
    """The span tells a toll risen ("bringing the death toll to ten"): the end of an incident told before it, which a
    governorate lent from the report's section would count twice."""
    return _RISEN_TOLL.search(work, start, end) is not None
