"""The label of a total's part of Syrian members of Iranian-backed militias (tests in
tests/test_extract_totals_syrian_militia_label.py).

* "88 regime soldiers and loyalists, including five members of Iranian-backed militias of Syrian nationality",
  "... rises to 152, including 13 Syrians fighting with Iranian-backed militias", "Six members of Iranian-backed
  militias, four of them Syrians": the part is of the regime's side (SCHEMA: Iranian-backed militiamen the text says
  are Syrian), and inside a total it is the ``of_which`` sub-label ``iran_backed_syrian``, not ``regime`` (which would
  read as the whole's own side again).

Read only for a part of the regime's side whose own words call its people Syrian, where its own clause or the whole's
(with the words just before a wordless figure: "the number of Iran-backed fighters killed ... has risen to 29, among
them six Syrians") name Iranian-backed militias. A part of Syrian soldiers ("including five Syrian soldiers") keeps
the regime label.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import SYRIAN_OWN, Mention

LABEL: Final = "iran_backed_syrian"
#: Iranian-backed militias named by their backer.
_IRAN_BACKED: Final = re.compile(r"\b(?:Iranian-backed|Iran-backed|pro-Iranian|pro-Iran|Iranian-affiliated|loyal\s+to\s+(?:Iran|Tehran)|"
                                 r"Iranian\s+militias?|Iran's\s+militias)\b", re.IGNORECASE)
#: A part of the regime's own troops: soldiers of its army are no militiamen.
_TROOPS: Final = re.compile(r"\b(?:soldiers?|troops|army|officers?|conscripts?)\b", re.IGNORECASE)
#: How far before a wordless whole ("... has risen to 29") its people may be named.
_BEFORE: Final = 160
#: How far past a part's own words its clause may still name the militias ("13 Syrians fighting with Iranian-backed ...").
_AFTER: Final = 60
_STOP: Final = re.compile(r"[,;:.\n]")
#: Words between a part and the militias that tell them as its foes ("14 Syrians killed in clashes with Iranian-backed
#: militias", "killed by", "in attacks by"): the part is not of the militias.
_FOUGHT: Final = re.compile(r"\b(?:clash\w*|against|by|hands|attacks?|battles?|ambush\w*)\b", re.IGNORECASE)


#: A part's words go on with its death under torture ("19 of whom died due to torture").
_TORTURED: Final = re.compile(r"(?:(?!\band\b)[^,;.\d]){0,40}?\b(?:died|were\s+killed|was\s+killed|lost\s+their\s+lives)\s+(?:under|due\s+to|from|"
                              r"as\s+a\s+result\s+of)\s+torture\b", re.IGNORECASE)


def part_label(work: str, part: Mention, whole: Mention | None = None) -> str:
    """The ``of_which`` label of ``part`` of a total (``whole``, where known): ``torture`` for a part said to have died
    under torture, else its label or side, ``iran_backed_syrian`` for Syrians of Iranian-backed militias (see module
    doc)."""
    if _TORTURED.match(work, part.quantity.end):
        return "torture"  # "273 civilians, including 52 children, 19 of whom died due to torture": a kind of death
    label = part.label or part.side or "unknown"
    if label != "regime":
        return label
    words = work[part.quantity.start:part.group_end]
    if SYRIAN_OWN.search(words) is None or _TROOPS.search(words) is not None:
        return label
    own = _IRAN_BACKED.search(work, part.quantity.start, _clause_end(work, part.group_end))
    if own is not None and _FOUGHT.search(work, part.group_end, own.start()) is None \
            or whole is not None and _whole_iran_backed(work, whole):
        return LABEL
    return label


def _clause_end(work: str, at: int) -> int:
    """Where the part's clause ends after its own words ("13 Syrians fighting with Iranian-backed militias;"): at the
    next comma, semicolon, colon, full stop or line end, at most ``_AFTER`` characters on."""
    stop = _STOP.search(work, at, min(len(work), at + _AFTER))
    return stop.start() if stop is not None else min(len(work), at + _AFTER)


def _whole_iran_backed(work: str, whole: Mention) -> bool:
    """Whether the whole's words (or, for a wordless figure, those of its sentence just before it) name Iranian-backed
    militias."""
    words = work[whole.quantity.end:whole.group_end]
    if re.search(r"[A-Za-z]", words):
        return _IRAN_BACKED.search(words) is not None
    begin = max(work.rfind(".", 0, whole.quantity.start) + 1, whole.quantity.start - _BEFORE, 0)
    return _IRAN_BACKED.search(work, begin, whole.quantity.start) is not None
