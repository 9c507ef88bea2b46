"""A sentence opening on a day given in full ("On 20 March 2023, on the eve of Nowruz, members of X shot dead three
civilians in B"), told after an incident of another day and town: an event of its own (``incident_split``)."""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES

#: "On 20 March 2023, ...", "On March 20, 2023, ...": a sentence opening on a day given in full, year and all.
_FULL_DATE = re.compile(rf"\W*On\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+"
                        r"(?:19|20)\d\d\b")


def dated_in_full(text: str) -> bool:
    """Whether the sentence opens on a day given with its month and year ("On 20 March 2023, on the eve of Nowruz,
    members of X shot dead three civilians in B"): an event of its own day, told after another (``incident_split``)."""
    return _FULL_DATE.match(text) is not None
