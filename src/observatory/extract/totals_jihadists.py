""""Jihadists" in a report about the Islamic State group (used by ``totals_tallies.with_losses_figure``; tests in
tests/test_extract_totals_jihadists_of_is.py).

* "Since then, 1,512 soldiers ... have been killed in the desert, along with 1,047 jihadists" in a report that names
  the Islamic State group (IS, ISIS, Daesh) and no jihadist group of the north-west (HTS, al-Nusra, Hurras al-Din,
  Turkistan Islamic Party, Ansar al-Tawhid, Fath al-Mubin): the jihadists are IS members, not ``hts_rebels`` (the
  lexicon's reading of a bare "jihadists"). A report that names both kinds keeps the lexicon's reading.
* "... since early 2023, which killed nine members of jihadi groups, most of them from Hurras al-Din": a figure of no
  side whose people are "jihadi" (groups, factions, fighters, leaders) is of the jihadist groups, ``hts_rebels`` as the
  lexicon reads "jihadist groups", or ``isis`` in a report that names only the Islamic State group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.gates import folded
from observatory.extract.mention_sides import Mention

_JIHADISTS: Final = re.compile(r"\bjihadists?\b", re.IGNORECASE)
#: The Islamic State group, by any of its names.
_IS: Final = re.compile(r"\bIslamic\s+State\b|\bISIS\b|\bISIL\b|\bIS\b|\bDaesh\b|\bDaish\b")
#: Jihadist groups of the north-west and the opposition, whose men "jihadists" may also be.
_OTHERS: Final = re.compile(r"\b(?:HTS|Tahrir\s+al-Sham|Nusra|Hurras|Turkistan|Turkestan|Ansar\s+al-Tawhid|Fath\s+al-Mubin|Fateh\s+al-Sham|"
                            r"al-Qaeda|Qaeda|rebels?|opposition|factions?)\b", re.IGNORECASE)


#: People of "jihadi" groups, the adjective the lexicon does not hold ("members of jihadi groups", "jihadi fighters").
_JIHADI: Final = re.compile(r"\bjihadi\s+(?:groups?|factions?|organi[sz]ations?|fighters?|militants?|leaders?|commanders?)\b", re.IGNORECASE)


def with_jihadists_of_is(work: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each figure of bare "jihadists" read as ``hts_rebels`` given to ``isis`` where the report
    names the Islamic State group and no other jihadist group; a figure of "jihadi" people that names no side given
    the jihadists' side."""
    if any(m.side is None for m in mentions) and "jihadi " in folded(work, start, end):
        mentions = [replace(m, side="hts_rebels") if m.side is None and _JIHADI.search(work, m.quantity.end, m.group_end + 1) else m
                    for m in mentions]
    hits = [i for i, m in enumerate(mentions) if m.side == "hts_rebels" and _JIHADISTS.search(work, m.quantity.end, m.group_end + 1)
            or m.side == "hts_rebels" and m.actor is None and _JIHADI.search(work, m.quantity.end, m.group_end + 1)]
    if not hits or not _IS.search(work) or _OTHERS.search(work):
        return mentions
    return [replace(m, side="isis") if i in hits else m for i, m in enumerate(mentions)]
