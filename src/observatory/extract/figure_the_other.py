"""The other of two told hurt after the one of them told dead: "One of them was killed on the spot and the other was
wounded", "one of them died instantly, while the other sustained serious injuries" (tests in
tests/test_extract_casualty_the_other.py).

"the other" is one more person of the pair, counted like "another": ``numbers.NUMBER_RE`` reads it only before its own
verb of hurting ("the other was (seriously) wounded", "the other sustained injuries"), and ``numbers`` keeps it only
after "one" told dead earlier in the same sentence and joined to it by "and" / "while". Not "the other" told killed too (the pair counted again, "one was
shot and the other was killed by a shell"), nor "the other" with no "one" dead before it, nor the other of a pair
already counted hurt or dead ("injuring two shepherds; one of them died later, while the other sustained serious
injuries", "killed two young men; one was shot dead ..., while the other was badly wounded and died later": the two are
counted, ``pair_counted``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from observatory.extract.numbers import Quantity

#: "the other" before its own verb of hurt ("the other was wounded", "the other one was slightly injured").
THE_OTHER: Final = (r"the\s+other(?=\s+(?:one\s+)?(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
                    r"(?:(?:seriously|critically|lightly|slightly|badly|severely|gravely|moderately)\s+)?(?:injured|wounded)\b"
                    r"|\s+(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)\b)")
#: Before it in its sentence: "one (of them)" told dead, then "and" / "while" right before "the other".
_ONE_DEAD_BEFORE: Final = re.compile(r"\bone\b(?:\s+of\s+(?:them|the\s+two))?\s+(?:(?:was|had\s+been|has\s+been)\s+"
                                     r"(?:killed|shot\s+dead|dead)|died)\b[^.;:!?]{0,80}?(?:,\s*|\s+)(?:and|while|whereas)\s+$",
                                     re.IGNORECASE)
_REACH: Final = 140


def other_of_two(text: str, at: int) -> bool:
    """Whether "the other" at ``at`` in ``text`` follows "one (of them) was killed ... and" in its sentence."""
    return _ONE_DEAD_BEFORE.search(text, max(0, at - _REACH), at) is not None


#: The pair counted before: "injuring two shepherds", "killed two young men", "two children were (seriously) wounded",
#: "two soldiers were killed".
_PAIR_COUNTED: Final = re.compile(r"\b(?:injuring|wounding|killing|injured|wounded|killed)\s+(?:the\s+)?(?:two|both)\b"
                                  r"|\b(?:two|both)\b[^.;:!?]{0,60}?\b(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                                  r"(?:injured|wounded|killed|dead)\b", re.IGNORECASE)


def pair_counted(work: str, q: Quantity, sent_start: int) -> bool:
    """Whether ``q`` is "the other" of a pair told hurt or dead in its sentence or the one before (in its paragraph):
    one of those counted, no one more."""
    if not q.text.lower().startswith("the other"):
        return False
    head = max(work.rfind(".", 0, max(0, sent_start - 2)) + 1, work.rfind("\n", 0, q.start) + 1)
    return _PAIR_COUNTED.search(work, head, q.start) is not None
