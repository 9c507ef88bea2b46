"""A place's story told by a natural disaster, the place its subject ("X was one of the worst-hit places in the February earthquake, which
flattened much of the town and killed hundreds"): no event of the conflict, so no incident of its own when the
incident holds no figure of a side's dead or wounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.text import SENTENCE_STOP

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: A place told as hit by the disaster ("X was one of the worst-hit places in the earthquake", "X was among the areas
#: worst affected by the quake"), the sentence's subject and its story.
_DISASTER = re.compile(
    r"^\s*(?:[A-Z][\w'’-]*\s+){1,3}(?:was|is)\s+(?:one\s+of|among)\s+the\s+[\w\s-]{0,40}?"
    r"\b(?:hit|affected|struck|damaged)\b[^.]*?\b(?:earthquakes?|quake|floods?|flooding)\b"
)


def disaster_told(draft: Draft, work: str) -> bool:
    """Whether the incident, holding no figure, opens with a sentence that tells of a natural disaster."""
    if draft.counts:
        return False  # (the disaster's own "hundreds" are no figure of the conflict)
    stop = SENTENCE_STOP.search(work, draft.start, draft.end)
    return _DISASTER.match(work[draft.start : stop.start() if stop else draft.end]) is not None
