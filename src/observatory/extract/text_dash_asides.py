"""Parts of a count set off by dashes, read as they are when set off by commas.

"Four members of one family - a woman and her three children - were killed", "at least 29 people - 14 civilians, nine
soldiers and six gunmen - have been killed": a counted noun, then its parts between two spaced dashes, then the verb.
The dashes do what commas do ("Four civilians, a woman and her three children, were killed"), so in the working copy
they become commas (same length), and the parts are read as parts of the count before them, not as more dead.
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

_COUNT = number_words(r"\d[\d,]*")
#: A count and its noun ("Four members of one family", "at least 29 people"), the opening dash, the parts (led by a
#: count, an article or a possessive, listing two or more with "and" or a comma), the closing dash and the verb.
_ASIDE = re.compile(
    r"\b" + _COUNT + r"\s+[A-Za-z][^\s.,;:()-]*(?:\s+[^\s.,;:()-]+){0,4}?"
    r"(?P<open>\s-\s)(?P<parts>(?:" + number_words("an?", "his", "her", "their", r"\d+") + r")\s[^.;:()\n-]{1,100}?)"
    r"(?P<close>\s-\s)(?=(?:were|was|have|has|had|are|died)\b)",
    re.IGNORECASE)
_LIST = re.compile(r"\sand\s|,\s", re.IGNORECASE)


def dash_asides(work: str) -> str:
    """``work`` with each pair of spaced dashes around the parts of a count before its verb turned into commas."""
    if " - " not in work:
        return work
    chars = list(work)
    for m in _ASIDE.finditer(work):
        if _LIST.search(m.group("parts")) is None:
            continue
        for name in ("open", "close"):
            start = m.start(name)
            chars[start:start + 3] = [",", " ", " "]
    return "".join(chars)
