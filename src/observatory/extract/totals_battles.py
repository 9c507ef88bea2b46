"""The toll of one battle told "so far" (used by ``totals_sentences`` and ``totals.TotalsBuilder``).

* "The fighting has so far left 11 soldiers and eight fighters dead", "The clashes have so far killed ...": the latest
  toll of the battle the paragraph tells, an incident's (the sentence is no period total), unless the paragraph
  before it says the battle has run over more than one day ("Clashes have continued since yesterday afternoon ...",
  "... for the third consecutive day"): then the toll covers several days of fighting and is a total.
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded
from observatory.extract.numbers import number_words
from observatory.extract.text import Sentence

#: The battle as the subject of a toll told so far ("The ongoing clashes have so far ...").
BATTLE_HAS_SO_FAR = (r"\b(?:the|these|this)\s+(?:ongoing\s+|current\s+|continuing\s+|renewed\s+|violent\s+|fierce\s+|heavy\s+)?"
                     r"(?:fighting|clashes|battles?|confrontations|offensive|assault|attack)\s+(?:has|have|had)\s+so\s+far\b")
_HAS_SO_FAR = re.compile(BATTLE_HAS_SO_FAR, re.IGNORECASE)
#: The battle began a day or more before: "since yesterday", "since Monday", "for the second day", "for three days".
_DAYS_BEFORE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:early\s+|late\s+)?(?:yesterday|last\s+night|the\s+day\s+before)|"
                          r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                          r"\bfor\s+(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:consecutive\s+|straight\s+)?day\b|"
                          r"\bfor\s+" + number_words("several", r"\d+", plural=True) + r"\s+(?:consecutive\s+|straight\s+)?days\b", re.IGNORECASE)
#: How far back in the paragraph the battle's start is read.
_REACH = 600


def battle_of_days(work: str, sent: Sentence) -> bool:
    """A toll of the battle "so far" whose paragraph says before it that the battle began a day or more before: a total."""
    chunk = work[sent.start:sent.end]
    if "far" not in folded(chunk) or _HAS_SO_FAR.search(chunk) is None:  # (every match holds "far" in some mix of cases)
        return False
    start = max(work.rfind("\n", 0, sent.start) + 1, sent.start - _REACH)
    return _DAYS_BEFORE.search(work, start, sent.start) is not None
