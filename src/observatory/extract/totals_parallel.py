"""A regional toll told in parallel with the one before it (used by ``totals.TotalsBuilder._follows``).

Constructions handled:

* a statistics report that gives the toll of one area of its period ("In Daraa province, SOHR documented the deaths of
  43 people during the month, as follows: ...") and then another area's in a paragraph that opens the same way with no
  period of its own ("In Quneitra province, four people were killed: two civilians and two soldiers"): the second toll is
  a total of the same period;
* not when the second names one day ("on Monday", "yesterday"), when it names the same area as the first, or when the
  earlier paragraph counts no dead ("documented the deaths of ...");
* a toll of a period over several areas ("SOHR documented the deaths of 46 people in Daraa and Quneitra governorates")
  and then a paragraph per area that names it with its dead listed ("In Daraa, 41 people were killed: 17 civilians,
  ..."): the area's toll is a total of the same period, when the total just before (at most 1,000 characters back, in a
  sentence that counts the dead) names that area.
"""

from __future__ import annotations

import re

from observatory.extract.numbers import PLURAL_WORD
from observatory.extract.totals_sentences import ONE_DAY

_AREA = r"In\s+(?:the\s+)?(?P<area>(?:[A-Z][\w'\u2019-]*\s+){1,3}?)(?:province|governorate|countryside|desert|region)\s*,"
#: "In Quneitra province, ...": an area opening a sentence.
_OPENING = re.compile(r"\s*" + _AREA)
#: the same opening at the head of an earlier paragraph, with its period ("In Daraa province, ... during the month").
_EARLIER = re.compile(r"(?:^|\n)[ \t]*" + _AREA + r"[^\n]*", re.MULTILINE)
_KILLED = re.compile(r"\b(?:killed|died|dead|deaths|lost\s+their\s+lives)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:documented|recorded|counted|monitored|registered)\b", re.IGNORECASE)
_REACH = 2500  # how far back the earlier area's paragraph may be
#: "In Daraa, 41 people were killed:": an area's dead, listed after the colon.
_NAMED_PART = re.compile(r"\s*In\s+(?P<area>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s*,\s*(?:at\s+least\s+)?(?:\d+|(?i:" + PLURAL_WORD
                         + r"))\s+(?:people|persons)\s+(?:were|have\s+been)\s+killed\s*:")
_NEAR = 1000  # how far back the total over several areas may be


def parallel_area(work: str, start: int, chunk: str) -> bool:
    """Whether the sentence at ``start`` gives an area's toll in parallel with an earlier area's toll of a period."""
    if start < 0 or not chunk.lstrip().startswith("In "):
        return False
    if (part := _NAMED_PART.match(chunk)) is not None and not ONE_DAY.search(chunk):
        lead = work[max(0, start - _NEAR):start]
        if any(part.group("area") in s and _COUNTED.search(s) and _KILLED.search(s) for s in lead.split("\n")):
            return True
    m = _OPENING.match(chunk)
    if m is None or _KILLED.search(chunk) is None or ONE_DAY.search(chunk) or not any(ch.isdigit() for ch in chunk) \
            and not re.search(r"\b" + PLURAL_WORD + r"\b", chunk, re.IGNORECASE):
        return False
    area = m.group("area").strip()
    for earlier in _EARLIER.finditer(work, max(0, start - _REACH), start):
        if earlier.group("area").strip() != area and _KILLED.search(earlier.group(0)) and _COUNTED.search(earlier.group(0)):
            return True
    return False
