"""Numbers that are part of a label, not a count of people: the minutes of a clock time ("UPDATE 17:10 -", "at
7:42 p.m."), the day of an abbreviated month ("BEIRUT, Jan 20 (Reuters) -", "on Oct. 9"), the number of a day of a
campaign ("Day 8 of the offensive"), the number of a named site ("Tower 22", "Hill 45", "Kilometre 55") and of an
outlet that tells ("Suwayda 24 said").

``figures.is_count`` already leaves out full month names, years, a unit's number ("Brigade 47") and the hours of a
clock time (the digits before ":"); this module holds the label shapes it did not read
(tests/test_extract_figure_labels.py).
"""

from __future__ import annotations

import re

from observatory.extract.numbers import Quantity

#: The minutes of a clock time: two digits right after one or two digits and a colon ("17:10", "7:42").
_CLOCK_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:$")
#: An abbreviated month right before the day ("Jan 20", "Oct. 9", "Sept 4"); capitalised, so no word of the text.
_SHORT_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")
#: A capitalised label noun right before its number: a day of a campaign, a named site or mark.
_LABEL_BEFORE = re.compile(r"\b(?:Day|Tower|Hill|Kilometre|Kilometer|Checkpoint)\s*[\"'“]?\s*$")
#: A name (a capitalised word) right before the number and a verb of telling or an outlet noun right after it: an outlet named with a
#: number ("the local network Suwayda 24 said", "Deir Ezzor 24 reported", "the Suwayda 24 network", "Suwayda 24, a
#: local news network, ...").
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s*[\"'“]?\s*$")
_TELLS_AFTER = re.compile(
    r"\s*[\"'”]?\s*(?:said|says|reported|reports|added|quoted|cited|stated|published|posted"
    r"|(?:news\s+)?(?:network|website|page|outlet)\b|,\s+an?\s+(?:local\s+)?(?:news\s+)?(?:network|website|page|outlet))\b"
)


def label_number(q: Quantity, before: str, after: str) -> bool:
    """Whether the digits of ``q`` are part of a label (a clock time, a short date, a numbered day or site, an outlet's
    name) by what stands right before them (``before``: the text before ``q`` in its sentence) or after (``after``)."""
    digits = q.text.strip()
    if not digits.isdigit():
        return False
    if len(digits) == 2 and _CLOCK_BEFORE.search(before):
        return True  # "UPDATE 17:10 - the number ...": the minutes, not ten people
    if len(digits) <= 2 and _SHORT_MONTH_BEFORE.search(before):
        return True  # "BEIRUT, Jan 20 (Reuters) - An Israeli strike": a date
    if _NAME_BEFORE.search(before) and _TELLS_AFTER.match(after):
        return True  # "Suwayda 24 said one of them ...": an outlet, not 24 people
    return bool(_LABEL_BEFORE.search(before))  # "Day 8 of the offensive", "a drone attack on Tower 22"
