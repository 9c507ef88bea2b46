"""A day's share of a longer toll, put first with "alone" ("Today alone, 36 civilians were killed in A, B and C").

"Alone" sets the day apart from the longer stretch the text counts (a campaign, a week of bombardment): the figure
after it is what that day added to the tally, the dead of all the day's strikes, not the toll of one event. Only the
day put first, before the sentence's own words, is read so; "killed ... in X on Wednesday alone" at the end of a
sentence stays with the sentence's event, and so does a day's event told by its kind ("Today alone, a barrel bomb
killed nine people in A"): the figure must come right after the comma.
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

#: "Today alone, 36 ...", "Yesterday alone, at least 29 ...", "On Sunday alone, some twenty ...".
_DAY_ALONE_FIRST = re.compile(
    r"\W*(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+alone\s*,\s*"
    r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?(?:\d|(?:" + number_words() + r")\b)",
    re.IGNORECASE,
)


def day_alone_first(chunk: str) -> bool:
    """Whether the sentence opens with a day set apart by "alone" before its toll."""
    return _DAY_ALONE_FIRST.match(chunk) is not None
