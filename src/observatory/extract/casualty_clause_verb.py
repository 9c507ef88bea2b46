"""A figure after the finite verb of the figure before it starts a clause of its own (used by ``casualties``).

The readings that carry the role of one figure to the next one in a list ("killing six Iranians and three Syrian
fighters", "11 civilians who were collecting truffles and four members of ...") take the words between the two as a
list's joint: "and", a relative clause, an aside. Where those words hold the first figure's own finite verb of death or
harm ("five men who were herding sheep were killed and six others wounded", "a woman who was inside was wounded and
four other men were detained"), the first clause has ended: the next figure is no item of its list but the subject of
the next clause, whose role its own words give (or none: the detained are neither dead nor hurt).

Tests: tests/test_extract_clause_verb_between.py.
"""

from __future__ import annotations

import re
from typing import Final

#: The finite verb of a clause's subject ("were killed", "was also seriously wounded", "had been injured"), then "and"
#: and the next figure ("were killed and six others wounded"); a list that goes on past the verb ("were killed, along
#: with 28 jihadists", "alongside 71 soldiers") is one clause still, and so is a relative clause's own verb ("12 civilians,
#: who were killed in their homes, and eight soldiers": how the item before died, then the next item).
_FINITE_HARM_AND: Final = re.compile(r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)"
                                     r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:[a-z]+ly\s+)?"
                                     r"(?:killed|injured|wounded|hurt|dead)\b[^.;:,\d]{0,40}?\s*,?\s*and\s*$", re.IGNORECASE)


def clause_ended(work: str, start: int, end: int) -> bool:
    """Whether work[start:end], between two figures, ends with the first one's finite verb of death or harm and "and"."""
    return _FINITE_HARM_AND.search(work[start:end]) is not None
