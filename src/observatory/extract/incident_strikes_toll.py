"""A toll told of "the strikes" or "the raids": a joint toll of events told before, or the toll of the one just told.

"Five people were killed in the Israeli strikes" can only point back to strikes an earlier sentence told; with none to
point back to, the sentence tells of an event of its own. And where the paragraph so far told one event in one place,
with no toll yet ("Security forces stormed the town of X and carried out raids. Two men were killed during the raids"),
the toll is that event's, not a total; so are more dead told of them after its toll ("Two soldiers were killed.
Four militiamen were also killed in the strikes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.dates import find_dates
from observatory.extract.incident_sameness import place_key
from observatory.extract.mention_sides import KILLED
from observatory.extract.segment import is_total
from observatory.extract.totals import is_period_total

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.extract.text import Sentence

#: "killed in the Israeli strikes": a toll shared by strikes that only an earlier sentence can have told.
_JOINT_BACK = re.compile(r"\b(?:in|by|during|from)\s+the\s+(?:[\w-]+\s+)?(?:attacks|bombings|ambushes|airstrikes|strikes|raids)\b",
                         re.IGNORECASE)

#: "during the month", "in the same period": a period told before, which anchors the toll ("22 ISIS members were
#: killed in the same month, most of them in the Russian airstrikes": a share of the month's toll, round 65).
_PERIOD_BACK = re.compile(r"\b(?:in|during|over|throughout|within)\s+the\s+(?:same\s+)?(?:month|period|year|week)\b(?!\s+of\b)",
                          re.IGNORECASE)

#: "55 airstrikes", "dozens of raids": strikes counted, whose joint toll is a total.
_MANY_STRIKES = re.compile(r"\b(?:\d+|two|three|four|five|several|both|dozens|scores|hundreds|tens)\s+(?:of\s+)?"
                           r"(?:[\w-]+\s+)?(?:strikes|airstrikes|raids|attacks)\b", re.IGNORECASE)


def unanchored_joint_toll(chunk: str) -> bool:
    """A sentence read as a joint toll only because it says "the strikes": with no earlier event (nor period) to point
    back to, it tells of an event of its own."""
    return _JOINT_BACK.search(chunk) is not None and is_period_total(chunk) and not is_total(chunk) \
        and _PERIOD_BACK.search(chunk) is None


#: "Four militiamen were also killed in the strikes": more dead of the strikes just told, added to their toll.
_ALSO_KILLED = re.compile(r"\b(?:were|was)\s+also\s+(?:killed|shot\s+dead)\b", re.IGNORECASE)


def toll_of_one_told(drafts: list[Draft], sent: Sentence, chunk: str, work: str) -> bool:
    """The toll of "the raids" just told, the one event of the paragraph so far, in one place, with no toll yet (or
    with one, when the sentence adds to it: "N ... were also killed in the strikes"): its toll, not a total."""
    told = [d for d in drafts if d.paragraph == sent.paragraph]
    if len(told) != 1 or sent.first_in_paragraph or not unanchored_joint_toll(chunk):
        return False
    draft = told[0]
    if any(role == KILLED for role, _ in draft.counts) and _ALSO_KILLED.search(chunk) is None or draft.generic \
            or draft.vague or draft.after_total:
        return False
    if len(find_dates(work, draft.start, draft.end, None)) > 1:
        return False  # "hit a depot on Monday and a convoy on Tuesday": strikes on two days share the toll
    return len({place_key(p.name) for p in draft.places if not p.governorate}) == 1 and \
        not _MANY_STRIKES.search(chunk) and not _MANY_STRIKES.search(work, draft.start, draft.end)
