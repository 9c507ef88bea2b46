"""The people of a figure told with "wounded" or "injured" before their noun: "17 wounded soldiers were being treated",
"two injured civilians died": the figure's words stop at the role word, so the noun after it names the people (their
side and label; tests/test_extract_casualty_phrasing.py)."""

from __future__ import annotations

import re

from observatory.extract.casualty_groups import group_end
from observatory.extract.figures import PERSON

#: The role word used as an adjective right after the figure: "17 wounded ", "two seriously injured "; not a participle
#: that goes on with its agent or place ("two injured by Turkish soldiers": the soldiers did it).
_HURT_ADJECTIVE = re.compile(r"\s+(?:(?:seriously|critically|severely|lightly|slightly)\s+)?(?:wounded|injured)\s+"
                             r"(?!(?:by|in|at|from|during|near|on|with|after|when|while|as|and|or)\b)"
                             rf"(?=(?:[\w'-]+\s+){{0,2}}?(?:{PERSON})\b)", re.IGNORECASE)

#: "the two injured soldiers": a figure that points back at people told before.
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their)\s+\S+$", re.IGNORECASE)


def noun_after_hurt(work: str, figure_end: int, words_end: int) -> tuple[int, int] | None:
    """The span of the noun group after "wounded"/"injured" when the figure's own words (``figure_end`` to
    ``words_end``) are empty, else None."""
    if work[figure_end:words_end].strip() or _DEFINITE.search(work, max(0, figure_end - 20), figure_end):
        return None  # ("the two injured soldiers were flown ...": the ones told before, already sided there)
    adjective = _HURT_ADJECTIVE.match(work, figure_end)
    if adjective is None:
        return None
    end = group_end(work, adjective.end(), min(len(work), adjective.end() + 80))
    return (adjective.end(), end) if end > adjective.end() else None
