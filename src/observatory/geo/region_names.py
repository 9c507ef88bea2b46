"""Names written as a region: "the Shahba region", "Shehba canton".

A report's place string is often the bare name ("Shahba") while its text goes on with a word for a region after it.
Some names are both a town and a region elsewhere (Shahba, a town of As-Sweida, and the Shahba region north of
Aleppo): when the text writes the name as a region and the gazetteer holds a region (an area, desert or mountain
entry) of that name, the region is the place meant, not the namesake town, unless the context places the town and
not the region (it names the town's governorate or a place near it). "X area" is left alone: reports write it for
the surroundings of a town as often as for a region.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.geo.index import HINT_CLASSES

if TYPE_CHECKING:
    from observatory.geo.context import Context
    from observatory.geo.index import GazetteerIndex

#: Words after a name that make it a region ("the X region", "X canton").
_REGION_WORDS = r"(?:region|canton)"


def written_as_region(name: str, context: str | None) -> bool:
    """Whether the context writes the name followed by a word for a region ("in the Shehba region")."""
    if not context or not name.strip():
        return False
    pattern = rf"(?<![\w-]){re.escape(name.strip())}\s+{_REGION_WORDS}\b"
    return re.search(pattern, context) is not None


def region_hint(index: GazetteerIndex, name: str, context: str | None, ctx: Context) -> str | None:
    """"area" when the context writes the name as a region and the gazetteer knows a region of that name that the
    context does not rule out; else None."""
    if not written_as_region(name, context):
        return None
    ids, _score = index.exact(name)
    places = [index.entries[i].place for i in ids]
    regions = [p for p in places if p.feature_class in HINT_CLASSES["area"]]
    others = [p for p in places if p.feature_class not in HINT_CLASSES["area"]]
    if not regions:
        return None
    if any(ctx.supports(p) for p in others) and not any(ctx.supports(p) for p in regions):
        return None  # "the Shahba region of Sweida": the context places the town
    return "area"
