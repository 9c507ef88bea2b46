"""A sentence whose subject is the dead and whose verb lists them ("the dead include 102 IS militants, 45 SDF
fighters and seven civilians", "the victims are: six ..."): every listed figure is of the dead (used by
``totals_tallies.deaths_of`` and ``totals.TotalsBuilder``; tests in tests/test_extract_dead_lists.py).

* the time the dead fell in may stand between the subject and the verb ("The dead since Thursday include ...",
  "Those killed since the attack began on Thursday, January 20, include ...");
* deaths named by kind of fighter are such a subject too ("Combatant deaths during the month included 64 regime
  soldiers and 41 ISIS jihadists"), and so are the killed told in a clause ("Those who were assassinated are 172
  civilians, ..., and 322 fighters of SDF", round 74);
* ``dead_listed``: a period total told that way (the sentence names its own period) is read with its figures as
  dead, as a period total told with "killed" is; a sentence that also tells wounded, captives or missing is not.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.totals_killings import QUALIFIER

#: The time between the subject and the verb: "since Thursday", "during the month", "in June", "over the past week,".
_WHEN: Final = r"(?:\s+(?:since|during|in|over|throughout)\s+[^.;:]{1,60}?,?)?"
DEAD_ARE: Final = re.compile(r"\b(?:dead|victims|fatalities|those\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?"
                             r"(?:killed|assassinated)|(?:combatant|military)\s+deaths)" + _WHEN
                             + r"\s+(?:include|included|are|were|comprise|comprised)\s*:?\s*"
                             + QUALIFIER + rf"(?:\d[\d,]*|{CARDINAL_WORD}\b)", re.IGNORECASE)
DEAD_STEMS: Final = ("dead", "victims", "fatalities", "those killed", "deaths", "those who")
HURT_STEMS: Final = ("injur", "wound", "arrest", "detain", "kidnap", "abduct", "missing", "captur", "captive")


def dead_listed(chunk: str) -> bool:
    """Whether the sentence lists the dead ("The dead since Thursday include 102 IS militants, 45 SDF fighters and
    seven civilians") and names no wounded, captives or missing: its figures are all dead."""
    span = folded(chunk)
    return has_any(span, DEAD_STEMS) and DEAD_ARE.search(chunk) is not None and not has_any(span, HURT_STEMS)
