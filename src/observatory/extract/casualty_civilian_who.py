"""One civilian said again in a relative clause that names what else he was: "A civilian who was a member of the local
reconciliation committee ... was killed". The figure read is the one after "who was" ("a member of the committee"),
whose own words name no side; the person is the civilian the sentence opened with (tests in
tests/test_extract_round57_readings.py). A figure whose words name a side ("a civilian who was a member of HTS")
keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention

#: Right before the figure: "A civilian who was ", "a young civilian who is also ".
_CIVILIAN_WHO: Final = re.compile(r"\b(?:an?|one)\s+(?:(?:young|elderly|old)\s+)?civilian\s+who\s+(?:was|is)\s+(?:also\s+)?$",
                                  re.IGNORECASE)


def civilian_who_was(m: Mention, work: str) -> Mention:
    """``m``, one person of no side told right after "a civilian who was": a civilian; any other figure unchanged."""
    if m.value != 1 or m.side not in (None, "unknown") or m.parent is not None:
        return m
    if _CIVILIAN_WHO.search(work, max(0, m.quantity.start - 40), m.quantity.start) is None:
        return m
    return replace(m, side="civilians", actor=None, nationality=None, generic=False)
