"""An incident placed by a range or desert that stretches over several governorates (Jabal al-Bishri), told as spanning.

"Strikes on the area of Jabal al-Bishri and the desert of Deir ez-Zor", "raids in the Homs desert and near Jabal
al-Bishri", "hideouts in Jabal al-Bishri, on the administrative border between Raqqa and Deir Ezzor": the range is
named beside another area, or as lying across a provincial line, so the incident covers more than one governorate and
has none of its own (the province named with it is one of them, not the incident's). The range told as lying in one
province ("near Jabal al-Bishri in the western desert of Deir Ezzor") keeps that province.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from observatory.geo.result import SEVERAL_GOVERNORATES

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

_AREA: Final = r"(?:\s+(?:area|areas|region|mountains?|desert|hills))?"
#: After the range: another area joined to it ("... and the desert of X", "..., on the border between A and B, and in Y").
_JOINED_AFTER: Final = re.compile(
    _AREA + r"(?:,\s+[^,.;]{0,90},)?\s+and\s+(?:in\s+|on\s+|near\s+)?(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:[A-Z]|deserts?\b|countryside\b)"
)
#: Before the range: another area joined to it ("the Homs desert and near ", "the Jabal al-Amour and the ").
_JOINED_BEFORE: Final = re.compile(
    r"(?:\b[A-Z][\w'-]+|\bdeserts?|\bareas?|\bcountryside)\s+and\s+(?:in\s+|on\s+|near\s+)?(?:the\s+)?"
    r"(?:(?:outskirts|surroundings|area|desert|deserts)\s+of\s+)?(?:the\s+)?\Z"
)
#: After the range: told as lying across a line ("on the administrative border between A and B", "straddling ...").
_ACROSS: Final = re.compile(
    _AREA + r",?\s+(?:(?:on|at|along)\s+the\s+(?:administrative\s+)?(?:borders?|boundar(?:y|ies))\s+"
    r"(?:between|of)|between\s+the\s+deserts\s+of|(?:which\s+|that\s+)?straddl\w*|"
    r"where\s+the\s+deserts\s+of)\b",
    re.IGNORECASE,
)


def spanning_ranges(
    drafts: list[Draft], geos: list[list[Any]], governorates: list[str | None], text: str
) -> list[str | None]:
    """``governorates``, with none for an incident placed by a range over several governorates that the text joins to
    another area or tells as lying across a provincial line."""
    out = list(governorates)
    for k, (draft, geo) in enumerate(zip(drafts, geos, strict=True)):
        ranges = {getattr(r, "name", None) for r in geo if getattr(r, "reason", None) == SEVERAL_GOVERNORATES}
        if (
            out[k] is not None
            and ranges
            and any(_spans(p.start, p.end, draft, text) for p in draft.places if p.name in ranges)
        ):
            out[k] = None
    return out


def _spans(start: int, end: int, draft: Draft, text: str) -> bool:
    """The range named at text[start:end] is joined to another area or told as lying across a provincial line."""
    after = text[end : min(len(text), end + 140, max(draft.end, end))]
    before = text[max(draft.start, start - 60) : start]
    return bool(_JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before) or _ACROSS.match(after))
