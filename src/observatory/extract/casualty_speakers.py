"""A figure that speaks is no casualty (used by ``casualties``).

"A commander of the Military Council told the agency that seven fighters were killed": the speaker ("A commander of
X", "An SDF spokesman", "Two sources") is the subject of a verb of saying whose clause holds the next figure; the role
of that clause's figure ("were killed") is not the speaker's, as it is for a coordinated figure ("leaving 4 SDF fighters
and 6 ISIS members dead").
"""

from __future__ import annotations

import re

#: Right after the speaker's words and before the next figure: a verb of saying, its addressee and "that".
_SAYS_THAT = re.compile(
    r"(?:[\s,]+(?!were\b|was\b|killed|injured|wounded|dead|died|and\b)[\w'’()-]+){0,8}?\s+"
    r"(?:said|says|told(?:\s+(?!that\b)[\w'’-]+){1,6}?|stated|added|confirmed|reported|explained|announced)"
    r"\s*,?\s*(?:that\s+)?(?:at\s+least\s+|about\s+|some\s+)?$",
    re.IGNORECASE)


def speaks_of_next(work: str, q_end: int, limit: int) -> bool:
    """Whether the figure ending at ``q_end`` is the speaker of the clause that holds the figure at ``limit``."""
    return _SAYS_THAT.fullmatch(work, q_end, limit) is not None
