"""Turkey's backing named of a rebel group in Idlib: "a training camp of a Turkish-backed rebel group in northwest Syria
..., near Kafr Takharim" in a text set in Idlib names the National Liberation Front's factions, which SCHEMA puts with
the rebels there (NLF in Idlib -> hts_rebels), not Turkey's Syrian National Army of the north it holds.

Read only for the words of backing ("Turkish-backed", "pro-Turkish", "Ankara-backed", "loyal to Turkey"), never for
Turkey's own army ("Turkish soldiers", "Turkish drones"), and only where the text names Idlib and the Front or one of its
factions ("Faylaq al-Sham", "the National Liberation Front"), and no area Turkey and its factions hold, nor the National
Army by name: a roundup that counts "fighters of the Turkish-backed factions" apart keeps them Turkey's
(tests/test_extract_actor_idlib_backed.py).
"""

from __future__ import annotations

import re

#: The lexicon keys (lower case, hyphens as spaces) that name a group by Turkey's backing.
_BACKED_KEY = re.compile(
    r"(?:(?:turkish|turkey|ankara|türkiye|turkiye)\s+(?:backed|affiliated|aligned|supported|funded)|"
    r"pro\s+(?:turkish|ankara|türkiye)|loyal\s+to\s+(?:turkey|ankara|türkiye))(?:\s+factions?)?"
)
#: Idlib, its province named in the text.
_IDLIB = re.compile(r"\bIdl[ie]b\b")
#: The National Liberation Front or its factions, named by name.
_NLF = re.compile(
    r"\b(?:Faylaq\s+al-Sham|Sham\s+Legion|National\s+(?:Liberation\s+Front|Front\s+for\s+Liberation)|NLF|NFL)\b"
)
#: The National Army named by name: the SNA's factions, Turkey's in every area.
_SNA = re.compile(r"\b(?:Syrian\s+)?National\s+Army\b|\bSNA\b")


def idlib_backed(key: str, text: str, turkish_held: bool) -> bool:
    """Whether the lexicon key ``key`` names a group by Turkey's backing in a text set in Idlib, away from the north
    Turkey holds (``turkish_held``: the text names one of its areas): the rebels there."""
    return (
        not turkish_held
        and _BACKED_KEY.fullmatch(key) is not None
        and _IDLIB.search(text) is not None
        and _NLF.search(text) is not None
        and _SNA.search(text) is None
    )
