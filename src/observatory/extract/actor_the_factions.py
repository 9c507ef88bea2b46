""""The factions" told back after Turkey's factions were named: Turkey's, not the rebels a bare "factions" names.

"... an infiltration attempt by Turkish-backed factions on al-Muhsinli ... SOHR put the toll among the factions at
three": the definite "the factions" points at the factions the text has named, Turkey's Syrian National Army (SCHEMA:
SNA factions -> turkey_factions). Read only where the paragraph named them before by their backing or by name
("Turkish-backed factions", "the Syrian National Army", "SNA factions") and the text names no group of the Idlib rebels
anywhere (HTS, the National Front for Liberation, Fath al-Mubin, ...) nor factions of another kind ("the opposition
factions"): a text of both keeps the bare word's reading (tests/test_extract_round58_readings.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from observatory.extract.actors import ActorMatch
    from observatory.models import Actor

#: The lexicon keys of the bare word.
_BARE: Final = frozenset({"factions", "faction"})
#: Turkey's factions named by their backing or by name.
_TURKEY_NAMED: Final = re.compile(r"\b(?:(?:Turkish|Turkey|Ankara)[- ](?:backed|affiliated|supported|loyal)\s+(?:[\w-]+\s+)?factions?|"
                                  r"pro-Turkish\s+(?:[\w-]+\s+)?factions?|Syrian\s+National\s+Army|SNA)\b", re.IGNORECASE)
#: A group of the Idlib rebels named by name, or factions of another kind ("the opposition factions attacked ...").
_REBELS_NAMED: Final = re.compile(r"\b(?:HTS|Hay'?at\s+Tahrir|Tahrir\s+al-Sham|Nusra|National\s+(?:Front|Liberation\s+Front)|NLF|"
                                  r"Fath\s+al-Mubin|Ansar\s+al-Tawhid|Hurras\s+al-Din|Jaysh\s+al-Izza|Idlib\s+factions|"
                                  r"(?<!backed\s)(?<!Turkish\s)(?:opposition|rebel|jihadist|Islamist|armed)\s+factions)\b",
                                  re.IGNORECASE)
_THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)


def factions_told_back(found: Sequence[ActorMatch], text: str, turkey: Actor | None) -> list[ActorMatch]:
    """The matches, each "the factions" read as Turkey's factions where the text named them before it and no rebel
    group anywhere (see module doc); ``turkey`` is the lexicon's actor of Turkey's factions."""
    out = list(found)
    if turkey is None:
        return out
    for i, match in enumerate(out):
        if match.side != "hts_rebels" or match.alias.lower() not in _BARE:
            continue
        if not _THE_BEFORE.search(text, max(0, match.start - 4), match.start):
            continue
        named = _TURKEY_NAMED.search(text, max(0, text.rfind("\n", 0, match.start)), match.start)  # (in its paragraph)
        if named is None or _REBELS_NAMED.search(text) is not None:
            continue
        out[i] = dataclasses.replace(match, actor=turkey)
    return out
