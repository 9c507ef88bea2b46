"""Another kind of event on a day of its own, told after an incident (round 61).

"Two shepherds were killed yesterday evening when a landmine exploded ... In the same area, ISIS cells executed two
shepherds on Monday": the sentence names its own day and an event of another kind (an execution, not a landmine), so it
is another incident even though it counts as many dead of the same side, which would otherwise read as the first
incident told again. Not where the kinds are generic ("attack", "other"), where the sentence is a source's statement of
the same event ("The army said in a statement that Israel fired missiles ... (2300 GMT Sunday)"), or where it tells the
wounded of the first who died later.

Tests: tests/test_extract_round61_readings.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.incident_apart import TOLL_OF_IT
from observatory.extract.incident_sameness import differs

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: Kinds that say nothing of how the event was done.
_GENERIC: Final = frozenset({"other", "attack"})
#: A source's statement: the same event told again (as is a death of wounds or a toll: ``incident_apart.TOLL_OF_IT``).
_TOLD_BY: Final = re.compile(r"\b(?:said|says|told|stated|reported|announced|claimed)\b", re.IGNORECASE)


def other_kind_other_day(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """Whether ``text`` (the sentence of ``f``) tells, on a day of its own, dead of another kind of event than the
    draft's (see module doc)."""
    if not (new_date and f.dates and f.type_hit and f.mentions and differs(draft, f)):
        return False
    kinds = {f.type_hit[0], draft.type_hit[0] if draft.type_hit else "other"}
    return not kinds & _GENERIC and _TOLD_BY.search(text) is None and TOLL_OF_IT.search(text) is None
