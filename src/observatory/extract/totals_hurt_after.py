"""The wounded of a period total, told in the sentence right after it: "Turkish drones carried out 72 strikes since
early 2023, killing 61 people ... More than 80 other people were wounded in the strikes", "The strikes also injured
85 people, most of them civilians", "SOHR also documented the injury of 44 others".

Totals count the dead only; the wounded of all the period's strikes are no incident's wounded, and must not open an
incident of their own nor be given to the latest event told next (``hurt_of_total``). A sentence that names a place, a
day or any dead is left to be read as an event.
"""

from __future__ import annotations

import re

_ABOUT = r"(?:(?:more|fewer)\s+than|at\s+least|around|about|nearly|over|some|up\s+to|almost)\s+"
#: "More than 80 other people were wounded", "60 others have been injured".
_PEOPLE_HURT = re.compile(
    rf"\s*(?:{_ABOUT})?[\d,]+\s+(?:other\s+)?(?:people|persons|others|individuals)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: "The strikes also injured 85 people", "The attacks have wounded more than 200".
_STRIKES_HURT = re.compile(
    rf"\s*The\s+(?:strikes|attacks|raids|bombardments?|shelling|explosions|drone\s+strikes)\s+(?:have\s+|had\s+)?"
    rf"(?:also\s+)?(?:injured|wounded)\s+(?:{_ABOUT})?[\d,]+",
    re.IGNORECASE,
)
#: "SOHR also documented the injury of 44 others".
_DOCUMENTED = re.compile(
    rf"\s*(?:SOHR|The\s+(?:Observatory|monitor))(?:\s+\w+)?\s+(?:also\s+)?documented\s+the\s+injury\s+of\s+(?:{_ABOUT})?[\d,]+",
    re.IGNORECASE,
)
#: Words of a single event's own: dead, a day, a place.
_OWN_EVENT = re.compile(
    r"\b(?:kill\w*|dead|died|death|deaths|today|yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"in\s+(?:the\s+)?(?:town|city|village)\s+of)\b",
    re.IGNORECASE,
)


def hurt_of_total(chunk: str) -> bool:
    """The sentence only tells the wounded of the total told just before it (see module doc)."""
    if not (_PEOPLE_HURT.match(chunk) or _STRIKES_HURT.match(chunk) or _DOCUMENTED.match(chunk)):
        return False
    return _OWN_EVENT.search(chunk) is None
