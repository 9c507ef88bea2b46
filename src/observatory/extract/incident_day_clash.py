"""Fighting of one day between two named sides, told with its toll ("Clashes since last night between A and B in X have
left three A fighters and seven B fighters dead", "clashes went on between A and B on the X axis, leaving 14 soldiers
and 19 fighters dead since the morning"): one clash incident of that day, not a total, however many totals the report
tells around it. A toll the monitor says it documented ("SOHR documented the deaths of ... in the clashes since dawn")
or a running toll ("the death toll has risen to") stays a total."""

from __future__ import annotations

import re

from observatory.extract.numbers import find_quantities

_FIGHT = r"(?:clashes|fighting|battles|confrontations)"
#: "since last night", "since dawn today", "since this morning", "since the morning": a window inside one day; not one
#: dated to another day ("since the morning of March 3", "since the early hours of Sunday": a window of days).
_SINCE_TODAY = re.compile(r"\bsince\s+(?:dawn|daybreak|midnight|noon|last\s+night|(?:early\s+)?(?:this|the)\s+morning|"
                          r"the\s+early\s+(?:hours|morning))(?:\s+(?:of\s+)?today)?\b(?!\s+of\b)", re.IGNORECASE)
#: The fight between two sides, then what it left: "clashes ... between A and B ..., leaving / have left / have killed".
_FIGHT_TOLL = re.compile(rf"\b{_FIGHT}\b[^.;]{{0,80}}?\bbetween\s+[^.]{{2,120}}?\s+and\s+[^.]{{2,200}}?"
                         r"\b(?:leaving|have\s+left|has\s+left|left|have\s+killed|has\s+killed|killed)\b", re.IGNORECASE)
#: The monitor's count of the day's dead, or a toll that rose: a total.
_COUNTED = re.compile(r"\b(?:documented|recorded|counted|monitored)\s+(?:the\s+)?deaths?\b|\bdeath\s+toll\b|\bnumber\s+of\b|"
                      r"\b(?:risen|rose|rises)\s+to\b|\bbrings?\b|\braising\b", re.IGNORECASE)
_FEW = 100  # a toll of one day's fighting stays under this


def day_clash_toll(chunk: str) -> bool:
    """The sentence tells one day's fighting between two named sides with its toll of two figures or more, told as the
    fight's own ("..., leaving N and M dead since the morning"), not as the monitor's count: one clash incident."""
    if _SINCE_TODAY.search(chunk) is None or _FIGHT_TOLL.search(chunk) is None or _COUNTED.search(chunk):
        return False
    figures = [q.value for q in find_quantities(chunk) if not q.vague]
    return len(figures) >= 2 and all(v < _FEW for v in figures)
