"""A figure of no side told as armed men in one list with civilians ("The fighting killed four gunmen and a woman")
does not take the civilian side of its incident: its men are of no side the text gives (SCHEMA: unknown), beside the
civilians listed with them (used by ``assemble``; tests/test_extract_casualty_armed_generic.py).
"""

from __future__ import annotations

import re

from observatory.extract.casualties import Mention

#: The figure's own noun naming armed men, then the list goes on: "four gunmen and", "three armed men,".
_ARMED = re.compile(r"\s+(?:armed\s+men|gunm[ae]n|fighters|militants|militiam[ae]n)\s*(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+$",
                    re.IGNORECASE)


def generic_side(m: Mention, at: int, fallback: str, text: str, counts: dict[tuple[str, str], tuple[Mention, int]]) -> str:
    """The side a figure of no side told in sentence ``at`` takes where the incident's is ``fallback``; ``counts`` the
    incident's figures by (role, side) with their sentences (see module doc)."""
    civil = counts.get((m.role, "civilians"))
    if fallback != "civilians" or not text or civil is None or civil[1] != at or civil[0].quantity.start <= m.quantity.end:
        return fallback
    listed = _ARMED.match(text, m.quantity.end, civil[0].quantity.start)  # "four gunmen and a woman": one list
    return "unknown" if listed is not None and listed.end() == civil[0].quantity.start else fallback
