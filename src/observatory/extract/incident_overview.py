"""A summary of the events told one by one after it, no incident of its own.

* "drones attacked positions in Aleppo, Idlib and Hama", told in detail by two or more later incidents of its kind in
  those provinces (``overview``);
* "The Turkish army continued its attacks on Monday, targeting several locations in the Jazira region with drones and
  warplanes", with no figures of its own, then two or more strikes told one by one (tests/test_extract_round63_readings.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.models import FIRE_FROM_AFAR

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: Many places named as many ("several locations", "a number of villages"): the ground of several events.
_SEVERAL_PLACES = re.compile(r"\b(?:several|multiple|various|many|a\s+number\s+of|numerous)\s+(?:[\w-]+\s+)?"
                             r"(?:locations|areas|villages|towns|sites|positions|places|points|targets)\b", re.IGNORECASE)


def overview(draft: Draft, later: list[Draft], work: str) -> bool:
    """Whether the incident is a summary of the incidents told after it (see module doc)."""
    if draft.counts or draft.generic or not draft.type_hit:
        return False
    kind = draft.type_hit[0]
    if _SEVERAL_PLACES.search(work, draft.start, draft.end) and kind in FIRE_FROM_AFAR:
        return len([d for d in later if d.type_hit and d.type_hit[0] in FIRE_FROM_AFAR]) >= 2
    provinces = {p.governorate for p in draft.places}
    if len(provinces) < 2 or None in provinces:
        return False
    told = [d for d in later if d.type_hit and d.type_hit[0] == kind and {p.governorate for p in d.places} & provinces]
    return len(told) >= 2
