"""Men of the local committees that speak for Daraa's ex-rebel towns, told by their committee: "a member of the Central
Committee", "two fighters of the local Central Committee", "a local fighter of the Central Committee in Tafas". The
committees and their armed men are the towns' former rebel factions that took the settlement without joining a
regime formation, so the figure is hts_rebels (SCHEMA, Daraa: ex-fighters who did not join a formation after
reconciliation, local factions). Tests in tests/test_extract_casualty_committee_men.py.

Not read so: a committee named as a party to talks ("negotiations between the Central Committee and regime officers")
is no figure's words; a figure whose own words name another group first ("a member of the 5th Corps, the brother of a
Central Committee member") keeps that group's side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention

#: The figure's own words, right after its number: "member of the Central Committee", "local fighters of the Daraa
#: Central Committee", "gunmen affiliated with the local Central Committee".
_COMMITTEE_MEN: Final = re.compile(
    r"\s*(?i:(?:(?:local|armed|other|more|former|prominent|senior)\s+){0,2}"
    r"(?:members?|fighters?|gunm[ae]n|commanders?|leaders?|officials?|elements?)\s+"
    r"(?:of|in|from|with|(?:affiliated|associated)\s+(?:with|to)|belonging\s+to|loyal\s+to)\s+"
    r"(?:the\s+)?)(?:(?:local|so-called|Daraa|Daraa's|[A-Z][\w'-]+)\s+){0,2}Central\s+Committees?\b")


def committee_men(m: Mention, work: str) -> Mention:
    """The figure told as men of a Central Committee (see module doc): hts_rebels; any other figure unchanged."""
    if m.parent is not None or m.side == "hts_rebels":
        return m
    own = _COMMITTEE_MEN.match(work, m.quantity.end)
    if own is None:
        return m
    return replace(m, side="hts_rebels", actor=None, nationality=None, generic=False)
