"""Iranian-backed militiamen of a total split by nationality (used by ``totals.TotalsBuilder``; tests in
tests/test_extract_totals_militia_nationality_split.py).

* "the number of Iranian-backed militiamen killed ... rises to 47 (31 of non-Syrian nationalities and 16 Syrians)",
  "... killed 26 militiamen: 19 of non-Syrian nationalities and seven Syrians": the parts named only by nationality are
  of the sides SCHEMA gives such militiamen: the Syrian ones regime, the non-Syrian ones pro_iran_foreign. The whole is
  then a figure of two sides split exactly, whose parts are the totals (``totals_blocks.whole_of_sides``).

A part with a name of its own ("11 members of the Lebanese Hezbollah") keeps the side its name gives; a split of people
who are not militiamen ("18 Iraqis and 11 Syrians" in a camp) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention

#: The whole's people: militiamen (of Iran's militias), in its own words or in the words just before its figure.
_MILITIAMEN: Final = re.compile(r"\b(?:militiamen|militia\s+members|militias?|Iranian-backed|Iran-backed|pro-Iranian|pro-Iran)\b", re.IGNORECASE)
#: "31 of non-Syrian nationalities", "22 non-Syrians", "19 non-Syrian militiamen".
_NON_SYRIAN: Final = re.compile(r"\s*(?:of\s+)?non-Syrians?\b|\s*(?:militiamen\s+|members\s+|fighters\s+)?of\s+non-Syrian\s+nationalit", re.IGNORECASE)
#: "16 Syrians", "eight of Syrian nationality", "12 Syrian militiamen".
_SYRIAN: Final = re.compile(r"\s*Syrians\b|\s*(?:militiamen\s+|members\s+|fighters\s+)?of\s+Syrian\s+nationalit|\s*Syrian\s+(?:militiamen|members|"
                            r"fighters|nationals)\b", re.IGNORECASE)
_BEFORE: Final = 160  # how far before a wordless figure ("rises to 47 (...)") its people may be named


def militia_nationals(work: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the parts of a split of militiamen told only by nationality given their sides (Syrian: regime;
    non-Syrian: pro_iran_foreign)."""
    out = list(mentions)
    for k, c in enumerate(mentions):
        if c.parent is None or c.label is not None or not _of_militiamen(work, mentions[c.parent]):
            continue
        side = "pro_iran_foreign" if _NON_SYRIAN.match(work, c.quantity.end) else "regime" if _SYRIAN.match(work, c.quantity.end) else None
        if side is not None and c.side in (None, "unknown", "pro_iran_foreign", "regime"):
            out[k] = replace(c, side=side, generic=False)
    return out


def _of_militiamen(work: str, whole: Mention) -> bool:
    """Whether the whole's people are militiamen, named by its own words or, where it has none ("rises to 47 (..."),
    just before its figure."""
    words = work[whole.quantity.end:whole.group_end]
    if re.search(r"\w", words):
        return _MILITIAMEN.search(words) is not None and whole.side in (None, "unknown", "pro_iran_foreign")
    return _MILITIAMEN.search(work, max(0, whole.quantity.start - _BEFORE), whole.quantity.start) is not None
