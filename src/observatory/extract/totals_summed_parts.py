"""A sentence whose figures add up to the total told just before it: that total's parts, by side.

"At least 33 fighters have been killed over the past 24 hours in clashes in the north-west, a war monitor said." then,
in a paragraph of its own as wire copy sets it, "Eighteen soldiers and allied militiamen and 15 rebels died in
fighting along the fronts of southern Idlib": the second sentence opens with no word that says it continues the
total ("They were", "Among them"), but its figures sum to the total's, so they are its parts, each a total of its
side (tests in tests/test_extract_totals_summed_parts.py). The sentence must tell dead and hold two or more whole
figures (vague ones left out) that sum exactly to a figure of people, at least three, in the sentence of the total
before; that total covers a window (not one event's risen toll) and gave no total of any side (a toll of "fighters",
of no one side; ``totals.TotalsBuilder._continues`` asks for no claim yet). After a total already counted, figures
told as people ("49 civilians") that add up to it are its shares by who killed them (round 73).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import find_quantities

#: A verb or noun of the dead in the sentence.
_DEAD: Final = re.compile(r"\b(?:killed|died|dead|deaths|lost\s+their\s+lives|slain|perished)\b", re.IGNORECASE)
#: A window of time the total covers ("over the past 24 hours", "in the last two days", "since Monday", "this week").
_WINDOW: Final = re.compile(r"\b(?:past|last|previous|first)\s+(?:\d+|[a-z]+)\s+(?:hours|days|weeks)\b|\b(?:in|within)\s+24\s+hours\b|"
                            r"\bsince\b|\b(?:this|last|past)\s+(?:week|month|year)\b", re.IGNORECASE)
#: A figure of time, not of people ("over the past 24 hours").
_TIME_AFTER: Final = re.compile(r"\s*(?:hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)


def sums_to_last(chunk: str, total: str, *, counted: bool = False) -> bool:
    """Whether the figures of ``chunk`` add up to a figure of people in ``total``, the sentence of the period total
    before, one over a window ("over the past 24 hours"; not a risen toll of one event, "the death toll of the clashes
    that erupted on Tuesday has risen to 14", whose parts are the incident's). Where that total was ``counted`` as a
    claim already, only figures told as people ("49 civilians", "12 civilians") count, each breakdown of them left
    out, and they must add up to a figure of people in the total's sentence (see ``_shares_sum``)."""
    if _DEAD.search(chunk) is None or _WINDOW.search(total) is None:
        return False
    if counted:
        return _shares_sum(chunk, total)
    found = [q for q in find_quantities(chunk) if not q.vague]
    if len(found) < 2:
        return False
    whole = sum(q.value for q in found)
    return whole >= 3 and any(q.value == whole and not q.vague and not _TIME_AFTER.match(total, q.end)
                              for q in find_quantities(total))


#: A figure's noun of people, right after it ("49 civilians", "12 people").
_PEOPLE: Final = re.compile(r"\s+(?:civilians|people|persons|individuals)\b", re.IGNORECASE)


def _shares_sum(chunk: str, total: str) -> bool:
    """"... killed 61 civilians, including 18 children, since the beginning of 2024", then "regime forces were
    responsible for the deaths of 49 civilians, ..., while Russian airstrikes killed 12 civilians": the total's shares
    by who killed them (round 73)."""
    parts = [q for q in find_quantities(chunk) if not q.vague and _PEOPLE.match(chunk, q.end)]
    if len(parts) < 2:
        return False
    whole = sum(q.value for q in parts)
    return whole >= 3 and any(q.value == whole and _PEOPLE.match(total, q.end) for q in find_quantities(total))
