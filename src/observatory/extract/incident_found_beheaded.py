"""A body "found beheaded" with no word of anyone taken before ("a woman was found beheaded inside the camp"): a body
found, a murder (SCHEMA: other), not the killing of a captive. Where the sentence tells that the man had been
abducted, kidnapped, captured or detained ("found beheaded a day after he was abducted by gunmen"), the beheading of
a captive stays an execution, as does a beheading told as a deed ("ISIS cells beheaded a shepherd").
"""

from __future__ import annotations

import re
from typing import Final

#: "found beheaded", "found with his head cut off" right before the execution word.
_FOUND_BEFORE: Final = re.compile(r"\bfound\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: Someone taken before he was killed: the dead was a captive.
_TAKEN: Final = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|captur\w*|seiz\w*|detain\w*|arrest\w*|taken\s+(?:prisoner|captive|hostage)|"
    r"captives?|prisoners?|hostages?)\b",
    re.IGNORECASE,
)


def found_beheaded(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """An execution read only from a body "found beheaded", with no one said to be taken before, is `other`."""
    if found is None or found[0] != "execution" or not text[found[1] : found[2]].lower().startswith("behead"):
        return found
    if _FOUND_BEFORE.search(text, max(0, found[1] - 30), found[1]) is None or _TAKEN.search(text) is not None:
        return found
    return "other", found[1], found[2]
