"""A figureless header that splits a report's toll by a kind of its dead (used by ``totals.TotalsBuilder``).

A statistics report that has told its toll ("The documentation office recorded 52 deaths in May 2024") may list it
again under a short header of its own line: "Victims by affiliation:", "Deaths by perpetrator:", "Distribution of
fatalities by perpetrator and cause:". The lines after it ("Civilians: 24", "Unknown gunmen: 268 people", "Regime forces
killed 5 people") are totals of the report's period, even where some sentences stand between the toll and the header;
a header by perpetrator or cause makes its labels the killers, not the sides of the dead.
"""

from __future__ import annotations

import re
from typing import Final

#: "Victims by affiliation:", "Fatalities by side:", "Distribution of fatalities by perpetrator and cause:"; also with
#: the dead left unsaid ("Breakdown by perpetrator:", "Distribution by party:", "By perpetrator:").
_KIND_HEADER: Final = re.compile(
    r"\s*(?:(?:(?:The\s+)?(?:distribution|breakdown)\s+of\s+(?:the\s+)?)?(?:victims|deaths|fatalities|dead|death\s+toll)\s+|"
    r"(?:The\s+)?(?:distribution|breakdown)\s+)?by\s+(?:the\s+)?(?:affiliation|side|party|parties|category|perpetrators?|cause|killer)"
    r"(?:\s+part(?:y|ies))?(?:\s+and\s+(?:affiliation|side|party|category|perpetrators?|cause))?\s*:\s*$",  # ("by perpetrator party:")
    re.IGNORECASE,
)
#: The header gives the dead by who or what killed them.
_BY_KILLER: Final = re.compile(r"\bby\s+(?:the\s+)?(?:perpetrators?|cause|killer)\b", re.IGNORECASE)


def kind_header(chunk: str) -> bool:
    """Whether ``chunk`` is such a header, set as a line of its own."""
    return _KIND_HEADER.match(chunk) is not None


def by_killer(chunk: str) -> bool:
    """Whether such a header lists the dead by who or what killed them."""
    return _BY_KILLER.search(chunk) is not None


#: "The fatalities are distributed by cause as follows:", "broken down according to the circumstances of death:": a list
#: of the dead by how they died, whose "Cause: N" lines name no side.
_BY_CAUSE: Final = re.compile(r"\b(?:distributed|broken\s+down|divided|split|classified)\s+(?:by|according\s+to)\s+(?:the\s+)?"
                              r"(?:causes?|circumstances?|kinds?|types?)(?:\s+of\s+(?:the\s+)?(?:deaths?|incidents?))?\b", re.IGNORECASE)


def by_cause(chunk: str) -> bool:
    """Whether a list header gives the dead by cause (its lines of no side are kinds of death, not totals)."""
    return _BY_CAUSE.search(chunk) is not None
