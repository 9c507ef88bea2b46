"""A toll told in a long clause and split after its colon (used by ``totals.TotalsBuilder._take``).

"Turkish strikes have killed 21 people in the north since the operation began on 20 November: 11 civilians, six SDF
fighters and four soldiers", "the toll of the campaign that began on Sunday had reached 31: 18 SDF fighters, 12
soldiers and a journalist": a killed word, a figure, a colon and figures after it that add up to that figure. The
figures after the colon are dead even where the clause before the colon is too long for ``totals_blocks.role_before_colon``
(a role word within 80 characters of the colon) to tell so; a figure after "among them" / "including" is a part of
the line before it and is not added ("52 people ...: 21 civilians, among them 9 children, and 31 fighters").
"""

from __future__ import annotations

import re

from observatory.extract.numbers import find_quantities

#: A killed word with no sentence or clause break up to the end of the text before a colon.
_KILLED_HEAD = re.compile(r"\b(?:deaths?|killing|killed|kills|fatalities|dead|toll|lives)\b[^.;:]*$", re.IGNORECASE)
#: The figures after the colon end at the sentence's next stop or semicolon.
_STOP = re.compile(r"[.;:](?!\d)")
#: "among them", "including", "of whom" right before a figure: a part of the figure before it, not a line of the split.
_SUBSET_BEFORE = re.compile(r"\b(?:among\s+them|among\s+whom|including|of\s+whom|of\s+them)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def summed_colon(chunk: str) -> bool:
    """Whether a killed word and a figure before a colon head figures after it that add up to that figure."""
    colon = chunk.find(":")
    while colon > 0:
        head = _KILLED_HEAD.search(chunk, 0, colon)
        if head is not None:
            # the figure may come before the killed word ("52 people were killed ... since January: 21 civilians, ...")
            wholes = {q.value for q in find_quantities(chunk[max(0, head.start() - 40):colon]) if not q.vague}
            stop = _STOP.search(chunk, colon + 1)
            running, count = 0, 0
            for q in find_quantities(chunk[colon + 1:stop.start() if stop else len(chunk)], colon + 1):
                if _SUBSET_BEFORE.search(chunk, max(0, q.start - 30), q.start):
                    continue  # ("21 civilians, among them 9 children, and 31 fighters": a part of the figure before)
                if q.vague:
                    break
                running, count = running + q.value, count + 1
                if count >= 2 and running in wholes:
                    return True
        colon = chunk.find(":", colon + 1)
    return False
