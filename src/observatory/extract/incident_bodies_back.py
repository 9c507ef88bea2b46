"""The bodies of the incident's dead found ("ISIS members executed seven shepherds after seizing them yesterday ...",
then "the bodies were found this morning with gunshot wounds"): the day the bodies were found is no other event's,
so the sentence is more of the killing told, as long as it names no new town. So is the body of one dead told before
("killing one of the attackers ... The body of the dead mercenary was found at dawn with a rifle and hand grenades":
tests/test_extract_round57_readings.py). The body of someone told anew ("residents found the body of a young man ... in
the lands of X") is another victim (``new_body``, round 72).
"""

from __future__ import annotations

import re

_BODIES_BACK = re.compile(
    r"\bthe\s+bodies\s+(?:of\s+the\s+(?:victims|dead|men|shepherds|workers)\s+)?(?:were|had\s+been)\s+"
    r"(?:found|recovered|discovered|retrieved)\b|"
    r"\bthe\s+body\s+of\s+the\s+(?:dead|slain|killed)\s+[\w-]+\s+(?:was|had\s+been)\s+(?:found|recovered|discovered|retrieved)\b",
    re.IGNORECASE,
)


def bodies_found_back(text: str) -> bool:
    """Whether the sentence tells that the bodies of the dead told before were found ("the bodies were found ...")."""
    return _BODIES_BACK.search(text) is not None


#: "found the body of a young man", "the bodies of two men were found": someone told anew, by the finding of the body.
_NEW_BODY = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:an?|one|two|three)\s+(?:[\w-]+\s+){0,2}?(?:man|men|woman|women|boy|girl|child|"
                       r"person|people|civilian|youth|shepherd|worker)\b", re.IGNORECASE)


def new_body(text: str) -> bool:
    """Whether the sentence tells the finding of the body of someone told anew (not "the body of the dead ...")."""
    return _NEW_BODY.search(text) is not None
