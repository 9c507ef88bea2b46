"""A sentence opening on a day given in full ("On 20 March 2023, on the eve of Nowruz, members of X shot dead three
civilians in B"), told after an incident of another day and town: an event of its own (``incident_split``)."""

from __future__ import annotations

import re

#: "On 20 March 2023, ...", "On March 20, 2023, ...": a sentence opening on a day given in full, year and all.
_FULL_DATE = re.compile(r"\W*On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
                        r"(?:19|20)\d\d\b")
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"})


def dated_in_full(text: str) -> bool:
    """Whether the sentence opens on a day given with its month and year ("On 20 March 2023, on the eve of Nowruz,
    members of X shot dead three civilians in B"): an event of its own day, told after another (``incident_split``)."""
    m = _FULL_DATE.match(text)
    return m is not None and (m.group("m1") or m.group("m2")) in _MONTHS
