"""A rise in the toll told by the source the text drew its first toll from: that source's update, not a claim against it.

Outlets that relay a rescue service or a health authority credit it with the first toll ("killing six civilians ...,
according to the Syria Civil Defence") and then with the rise ("The toll rose in the evening, when the Civil Defence
said that two of the wounded had died in hospital, bringing the number of the dead to eight"). The claim passes
(``casualty_claims``) drop a claimant's figure that differs from a toll told before; a rising figure of a claimant the
text named as its source before is kept, and replaces the first as any rise does. A rise told by another claimant
("SANA said the toll rose to 12" after the monitor's eight) is still a claim (tests in
tests/test_extract_round56_readings.py).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import Mention

#: The source named by "according to" (its first two words: "the Syria Civil Defence" -> "Civil Defence").
_ACCORDING_TO: Final = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:Syrian?\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
#: The same source as the speaker of the rise's sentence: "the Civil Defence said", "Civil Defence teams reported".
_SAID: Final = r"(?:\s+[\w-]+){0,2}?\s+(?:said|says|reported|announced|stated|added)\b"


def own_source_rise(m: Mention, work: str, start: int) -> bool:
    """Whether ``m``, a rising toll in the sentence opening at ``start``, is told by a source the text credited with a
    figure before with "according to" (see module doc)."""
    if not m.rose:
        return False
    names = {hit.group("name") for hit in _ACCORDING_TO.finditer(work, 0, start)}
    return any(re.search(rf"\b{re.escape(name)}\b{_SAID}", work[start:m.quantity.start]) for name in names)
