"""A kind of event said not to have happened ("there have been no air strikes since midnight", "no shelling was
recorded"): not the kind of the event the sentence tells (the clashes it goes on to report are)."""

from __future__ import annotations

import re
from typing import Final

#: Every :data:`NONE_TOLD` match holds one of these (lower-case) stems.
NONE_STEMS: Final = ("no ",)
NONE_TOLD: Final = re.compile(
    r"\bno\s+(?:(?:further|more|new|other)\s+)?(?:(?:Russian|regime|Turkish|Israeli|coalition)\s+)?"
    r"(?:air\s?strikes|air\s+raids|shelling|bombardment)\b"
    r"(?=\s+(?:since|were|was|had|have|has|on|in|during|overnight|today|yesterday)\b|\s*[,.;]|[\"”])",
    re.IGNORECASE,
)
