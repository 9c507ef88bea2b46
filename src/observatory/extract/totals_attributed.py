"""Statistics named only as the monitor's source of one figure (used by ``totals.TotalsBuilder``).

* "According to SOHR statistics, 47 people have been killed ... since early March 2022": the statistics are where the
  figure comes from, not a header that announces lines of a breakdown; the figure stays a total of its own (a header
  "SOHR statistics for March:" or "The statistics are as follows:" still opens a list whose overall figure gives way to
  its lines).
* "The new statistics came after SOHR documented today the death of three civilians in airstrikes on X": the event
  the statistics came after is told for itself, an incident, not a line of them (``statistics_came_after``).
"""

from __future__ import annotations

import re

from observatory.extract.gates import blank

#: "According to SOHR statistics", "according to the monitor's latest statistics", "citing the Observatory's statistics".
_ATTRIBUTED = re.compile(r"\b(?:according\s+to|citing|based\s+on|per)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?statistics\b\s*,?", re.IGNORECASE)


#: "The new statistics came after ...", "These figures come as ...": what follows is the news of the day, one event.
_CAME_AFTER = re.compile(r"^\W*(?:the|these|this|its)\s+(?:new\s+|latest\s+|updated\s+)?(?:statistics|figures|tally|toll)\s+"
                         r"(?:came|come|comes)\s+(?:after|as|following)\b", re.IGNORECASE)


def statistics_came_after(chunk: str) -> bool:
    """Whether the sentence tells the event the statistics before came after ("The new statistics came after SOHR
    documented today the death of three civilians in regime airstrikes on X")."""
    return _CAME_AFTER.match(chunk) is not None


def statistics_word(chunk: str) -> bool:
    """Whether the sentence names statistics other than as the source its figure is told by."""
    lower = chunk.lower()
    if "statistic" not in lower or statistics_came_after(chunk):
        return False
    if "according" not in lower and "citing" not in lower and "based" not in lower and "per " not in lower:
        return True
    return "statistic" in blank(_ATTRIBUTED, chunk).lower()
