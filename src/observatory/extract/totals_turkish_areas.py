"""Whether a bare "the factions" of a total stands in the areas Turkey holds (used by ``totals_ankara_factions``).

A report set in the areas that Turkish forces control ("in areas under Turkish control in northern Aleppo", "in Afrin,
the areas controlled by Turkish forces and their proxy factions", "in the 'Olive Branch' areas", "Turkish-held areas")
counts the armed factions there as Turkey's Syrian factions (SCHEMA: SNA factions -> turkey_factions): "38 members of
the factions", "Four members of the factions, killed in infighting". Read only where the text names those areas before
the bare word (or after it in its own sentence) and names no rebel group by a name of its own between them (a report that goes on to Idlib's factions
keeps them rebels).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import TURKISH_OPERATIONS, ActorLexicon
from observatory.extract.factions_of_turkey import BARE_FACTIONS
from observatory.extract.text import sentence_around

_TURKEY: Final = r"(?:the\s+)?(?:Turkish|Turkey(?:'s)?|Ankara(?:'s)?)"
#: The areas Turkey holds, told by who controls them or by the operation that took them.
_AREAS: Final = re.compile(
    r"\b(?:areas?|regions?|territor(?:y|ies)|parts)\s+(?:which\s+(?:is|are)\s+)?(?:under\s+"
    rf"{_TURKEY}(?:\s+(?:forces|army|troops))?\s+(?:control|occupation)|(?:controlled|held|run|occupied)\s+by\s+{_TURKEY}\s+"
    r"(?:forces|army|troops))|"
    r"\bunder\s+(?:the\s+)?control\s+of\s+(?:the\s+)?Turkish\s+(?:forces|army|troops)|"
    r"\b(?:Turkish|Turkey|Ankara)[- ](?:controlled|held|occupied)\s+(?:areas?|regions?|territor(?:y|ies)|parts)|"
    rf"\b(?:areas?|regions?)\s+of\s+(?:the\s+so-called\s+)?[\"“']?{TURKISH_OPERATIONS}\b|"
    rf"[\"“']?{TURKISH_OPERATIONS}[\"”']?\s+(?:areas?|regions?)\b",
    re.IGNORECASE,
)
#: How far before the bare word the areas may be named (the title and the opening of a short report).
_WINDOW: Final = 2000


def in_turkish_areas(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the text names the areas Turkey holds before ``at`` (or later in its own sentence: "31 fighters in
    infighting among the factions in areas under Turkish control"), with no rebel group named by a name of its own
    between them and ``at`` ("fighters of the factions, HTS and other groups, ... in the 'Peace Spring' areas": not)."""
    _, end = sentence_around(work, at, at)
    found = list(_AREAS.finditer(work, max(0, at - _WINDOW), max(at, end)))
    if not found:
        return False
    last = found[-1]
    between = (at, last.start()) if last.start() >= at else (last.end(), at)
    return not any(
        a.side == "hts_rebels" and a.alias.lower() not in BARE_FACTIONS for a in lexicon.find(work, *between, on)
    )
