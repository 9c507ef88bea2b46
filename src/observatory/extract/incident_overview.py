"""A summary of the events told one by one after it, no incident of its own.

* "drones attacked positions in Aleppo, Idlib and Hama", told in detail by two or more later incidents of its kind in
  those provinces (``overview``);
* "The Turkish army continued its attacks on Monday, targeting several locations in the Jazira region with drones and
  warplanes", with no figures of its own, then two or more strikes told one by one (tests/test_extract_round63_readings.py);
* after a period's total, "the failed assassination attempts left dozens of people injured": a remark on the events the
  total counted, with no figure, place or day of its own (``overview`` too).
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
#: "the failed assassination attempts left", "the attacks have killed": the events a total counted, as the subject.
_THE_EVENTS_DID = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:attempts|attacks|assassinations|operations|explosions|bombings|"
                             r"killings)\s+(?:have\s+|had\s+|also\s+)?(?:left|caused|killed|wounded|injured)\b", re.IGNORECASE)


def overview(draft: Draft, later: list[Draft], work: str) -> bool:
    """Whether the incident is a summary of the incidents told after it (see module doc)."""
    if draft.counts or draft.generic or not draft.type_hit:
        return False
    if draft.after_total and draft.date is None and all(p.governorate for p in draft.places) \
            and _THE_EVENTS_DID.search(work, draft.start, draft.end):
        return True  # "..., they are as follows: ... . The failed assassination attempts left dozens of people injured"
    kind = draft.type_hit[0]
    if _SEVERAL_PLACES.search(work, draft.start, draft.end) and kind in FIRE_FROM_AFAR:
        return len([d for d in later if d.type_hit and d.type_hit[0] in FIRE_FROM_AFAR]) >= 2
    provinces = {p.governorate for p in draft.places}
    if len(provinces) < 2 or None in provinces:
        return False
    told = [d for d in later if d.type_hit and d.type_hit[0] == kind and {p.governorate for p in d.places} & provinces]
    return len(told) >= 2
