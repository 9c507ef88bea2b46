"""Syrian fighters of no named group, killed in an incident whose victims are Iran's allies, are of the regime.

"An Israeli strike on a house near Sayyida Zaynab killed two members of Lebanon's Hezbollah ... a Syrian fighter who
guarded the building was also killed": SCHEMA counts Syrians who fight for Iran's allies with the regime, and the
fighter is named only by his nationality, so the incident's targets tell whose he was (tests in
tests/test_extract_round55_readings.py). Only where the incident's target, or a side of its dead told before, is
pro_iran_foreign; elsewhere the figure keeps no side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.drafts import Draft
from observatory.extract.mention_sides import Mention

#: "a Syrian fighter", "two Syrian militiamen", "three Syrian gunmen": fighters named by nationality alone.
_SYRIAN_FIGHTERS: Final = re.compile(r"\S+\s+Syrian\s+(?:fighters?|militiam[ae]n|gunm[ae]n|members?|guards?)", re.IGNORECASE)
_ALLIES: Final = "pro_iran_foreign"


def syrian_of_allies(m: Mention, draft: Draft, text: str, offset: int) -> Mention:
    """``m`` with the regime's side where it names Syrian fighters of no side in an incident against Iran's allies
    (``text``: the sentence, starting at ``offset`` of the report)."""
    if m.side is not None or not _SYRIAN_FIGHTERS.fullmatch(text, m.quantity.start - offset, m.group_end - offset):
        return m
    allies = draft.target is not None and draft.target.side == _ALLIES or any(side == _ALLIES for _, side in draft.counts)
    return replace(m, side="regime", generic=False) if allies else m
