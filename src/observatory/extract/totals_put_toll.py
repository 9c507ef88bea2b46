"""The monitor's count of one incident's dead, however large (used by ``totals_large`` and ``totals``).

"SOHR revised it and put the toll at 152 dead: 130 soldiers and 22 civilians", "SOHR put the toll at 152, among them
22 civilians", "The monitor gave a higher toll of 112 dead: ...", "SOHR put the number of Turkish troops killed at 22", often after another party's figure ("the interior
ministry said 90 people were killed"): the monitor that puts (places, estimates) the toll at a figure gives its count
of the event the text tells, not a period figure, where the sentence names no span of time ("since", "so far",
"past", "months") and no several events whose joint toll it would be ("the toll of the attacks"). Where two sources
conflict, the monitor's figure is the incident's (SCHEMA). Another party's large put toll ("Local activists put the
toll at 160") is left as it was.
(tests/test_extract_totals_put_toll.py)
"""

from __future__ import annotations

import re

from observatory.extract.text import MONITOR

#: "put the toll at", "put the death toll of the drone attack at", "placed the number of dead at", "gave a higher toll
#: of": the figure follows.
_PUT_TOLL_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|its|their)\s+"
                          r"(?:death\s+|final\s+|latest\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dead|deaths|killed|fatalities|victims))"
                          r"(?P<of>\s+(?:of|from|in)\s+[^.;:\d]{1,60}?)?\s+(?:(?:even\s+)?(?:higher|lower)\s*,?\s*)?at\s+"
                          r"(?:more\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|over\s+)?\d|"  # ("put the toll higher at 123")
                          r"\b(?:gave|gives|giving)\s+(?:a|the|its)\s+(?:higher\s+|lower\s+|heavier\s+|different\s+|new\s+|revised\s+)?(?:death\s+)?toll\s+of\s+"
                          r"(?:more\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|over\s+)?\d",
                          re.IGNORECASE)
#: A span of time anywhere in the sentence: the put toll may be a period's.
_SPAN = re.compile(r"\b(?:since|so\s+far|until|during|throughout|past|months?|years?|weeks?|overall|in\s+all|total)\b", re.IGNORECASE)
#: Several events after the verb: a joint toll ("put the toll of the attacks at 215").
_MANY = re.compile(r"\b(?:attacks|strikes|airstrikes|raids|bombings|explosions|bombardments|ambushes|operations|battles|clashes|"
                   r"campaign|offensive|escalation|war|conflict|uprising|fighting|battle|siege|bombardment|violence|hostilities)\b", re.IGNORECASE)

#: Another teller in the same words before the verb ("the monitor said, while local activists put ..."): not the monitor's.
_OTHER_TELLER = re.compile(r"\b(?:while|whereas|but)\b", re.IGNORECASE)


def put_toll_of_one(chunk: str) -> bool:
    """Whether the sentence's figure is the monitor's put toll of the one event told (see module doc)."""
    if "put" not in chunk and "plac" not in chunk and "estimat" not in chunk and "gav" not in chunk and "giv" not in chunk:
        return False
    hit = _PUT_TOLL_AT.search(chunk)
    if hit is None or _SPAN.search(chunk) is not None or _MANY.search(chunk, hit.start()) is not None:
        return False
    teller = chunk[:hit.start()]
    return MONITOR.search(teller) is not None and _OTHER_TELLER.search(teller) is None
