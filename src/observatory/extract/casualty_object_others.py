""""..., killing an SDF fighter and injuring three others": the hurt "others" are of the one figure the same verb
pair kills, not of the doers counted first in the sentence ("two ISIS members blew themselves up, ...") (used by
``mention_sides.inherit_sides``; tests in tests/test_extract_casualty_others_after_killed_object.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention

#: "..., killing an SDF fighter and injuring three others": the killed figure is the object of the participle, and the
#: hurt "others" follow it in the same participial clause.
_KILLING_BEFORE = re.compile(r"\b(?:killing|killed|kills|kill|claiming\s+the\s+lives\s+of)\s+$", re.IGNORECASE)
_THEN_HURTING = re.compile(r"\s*,?\s*(?:and\s+)?(?:injuring|wounding|injured|wounded|injures|wounds|injure|wound)\s+$", re.IGNORECASE)


def object_then_hurt(work: str, last: Mention, m: Mention) -> Mention | None:
    """"two ISIS members blew themselves up, killing an SDF fighter and injuring three others": the others are of the
    one figure the same verb pair names (the SDF's), not of the doers named first in the sentence."""
    if m.role == last.role or last.side in (None, "unknown") or m.quantity.start < last.group_end:
        return None
    if not _KILLING_BEFORE.search(work, max(0, last.quantity.start - 40), last.quantity.start):
        return None
    return last if _THEN_HURTING.fullmatch(work, last.group_end, m.quantity.start) else None
