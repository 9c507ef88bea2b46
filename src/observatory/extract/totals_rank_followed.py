"""A ranking by region read from its "followed by" places, whatever words tell its top (used by
``totals_rank_tops.ranked_told_otherwise``).

* "The Kobani region was the hardest hit, with 23 people killed there, followed by the Qamishli countryside, with 19":
  the top is the figure told "with N" right before ", followed by", its place the last place named before it;
* "Idlib saw the highest toll at 30 percent of the total, followed by Daraa with 341 and Aleppo with 296": a top told
  as a share in percent gives no figure; the places after it do;
* "The highest toll was recorded in the Deir Ezzor desert, where 1,910 of the regime soldiers were killed, followed by
  the Homs desert with 1,102": the top told in a clause of its place.

Read only with "followed by <place> with N" (or "(N)") after the top: a lone "with N" is no ranking, nor a ranking
of counts of events ("the largest share with 15 attacks, followed by Homs with six"). A month in a
place's slot ("March, with 40, followed by April with 30") is a ranking by time, not by region; a top whose place
has a clause of its own before the figure ("Aleppo, where the regime ..., had the highest toll with 704") is left out.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import words_to_int
from observatory.extract.totals_lines import RANK_NUM, RANK_PLACE, ByParty

_PERCENT: Final = r"(?:\s*%|\s+(?i:percent|per\s+cent))"
#: Counts of events, not of the dead ("with 15 attacks, followed by Homs with six"): no ranking of a toll.
_EVENTS: Final = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|raids?|operations?|incidents?|shells?|rockets?|missiles?|explosions?|"
    r"violations?|massacres?|assassinations?|attempts?|cases?|arrests?|abductions?|kidnappings?)\b",
    re.IGNORECASE,
)
#: ", with 23 people killed there, followed by": the top's figure, then at most a few words before "followed by".
_TOP: Final = re.compile(
    r"\b(?i:with)\s+" + RANK_NUM + r"(?!\d)(?!" + _PERCENT + r")[^,.;()\d]{0,40}?,?\s*(?=(?i:followed\s+by)\b)"
)
#: "at 30 percent of the total, followed by": a top told as a share.
_TOP_SHARE: Final = re.compile(
    r"\b(?i:at|with)\s+(?:(?i:about|around|nearly|some|over)\s+)?\d+(?:\.\d+)?" + _PERCENT + r"[^,.;()\d]{0,40}?,?\s*"
    r"(?=(?i:followed\s+by)\b)"
)
#: "in the Deir Ezzor desert, where 1,910 of the regime soldiers were killed, followed by": the top told in a clause of
#: its place that holds its figure.
_TOP_WHERE: Final = re.compile(
    r",\s*(?i:where)\s+" + RANK_NUM + r"(?!\d)[^,.;()\d]{0,60}?\b(?i:were\s+killed|died|fell|lost\s+their\s+lives)\s*,?\s*"
    r"(?=(?i:followed\s+by)\b)"
)
#: "followed by Daraa with 341", "and Aleppo with 296", ", Ain Issa (6)", ", then Deir Ez-Zour with 18": the places after
#: the top.
_NEXT: Final = re.compile(
    r"\)?\s*(?:(?i:followed\s+by)|,\s*(?i:and|then)?|(?i:and|then))\s+(?:(?i:the)\s+)?"
    + RANK_PLACE
    + r"(?:\s+(?i:governorate|province|city))?(?:\s*,\s*(?i:around|near|including|in|(?:east|west|north|south)\s+of)\s+[^.;,()]{2,60}?(?=,))?"
    r"\s*,?\s*(?:\b(?i:with)\s+|\(\s*)"
    + RANK_NUM
    + r"(?!\d)(?!"
    + _PERCENT
    + r")"
)
_MONTH: Final = re.compile(r"(?:" + MONTH_NAMES + r")\b")
#: A place with its article ("The desert of eastern Homs": not "The desert" then "Homs").
_ARTICLE_PLACE: Final = re.compile(r"(?:(?i:the)\s+)?" + RANK_PLACE)
#: ", which includes the areas of Palmyra and al-Sukhnah,", ", including X and Y,": what the top's place takes in.
_ASIDE: Final = re.compile(r",\s*(?:(?:which|that)\s+(?:includes?|covers?|comprises?|encompass(?:es)?|contains?)|including)\b[^.;]*,",
                           re.IGNORECASE)
#: A clause of its own between the top's place and its figure ("Aleppo, where the regime took over ..., had ... with 704").
_CLAUSE: Final = re.compile(r"\b(?:where|which|who|whose|when|after|as|while)\b", re.IGNORECASE)


def ranked_after_top(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region in work[start:end] read from its "followed by" places (its top first when
    told as a figure); none unless at least two figures are read."""
    if "followed by" not in work[start:end].lower():
        return []
    top = _TOP.search(work, start, end) or _TOP_SHARE.search(work, start, end) or _TOP_WHERE.search(work, start, end)
    if top is None or _EVENTS.search(top.group(0)):
        return []
    out: list[ByParty | None] = []
    if top.re is _TOP_WHERE:  # ("... in the Deir Ezzor desert, where 1,910 ... were killed, followed by ...")
        places = list(_ARTICLE_PLACE.finditer(work[start:top.start()]))
        if not places:
            return []
        out.append(_figure(top, (start + places[-1].start("where"), start + places[-1].end("where"))))
    elif "num" in top.re.groupindex:
        aside = _ASIDE.search(work, start, top.start())  # (", which includes the areas of X, Y and Z,": the place is before it)
        places = list(_ARTICLE_PLACE.finditer(work[start : aside.start() if aside is not None else top.start()]))
        if not places or _CLAUSE.search(work, start + places[-1].end(), aside.start() if aside is not None else top.start()):
            return []  # ("Aleppo, where the regime ... took over ..., had the highest toll with 704": whose dead is unclear)
        where = (start + places[-1].start("where"), start + places[-1].end("where"))
        out.append(_figure(top, where))
    at = top.end()
    while (nxt := _NEXT.match(work, at, end)) is not None and not _EVENTS.match(work, nxt.end() + 1, nxt.end() + 20):
        out.append(_figure(nxt, nxt.span("where")))
        at = nxt.end()
    found = [p for p in out if p is not None]
    if len(found) < 2 or any(_MONTH.match(work, p.by[0]) for p in found):
        return []
    return found


def _figure(m: re.Match[str], where: tuple[int, int]) -> ByParty | None:
    value = words_to_int(m.group("num").replace(",", "").lower())
    return None if value is None else ByParty(m.start("num"), m.end("num"), value, where)
