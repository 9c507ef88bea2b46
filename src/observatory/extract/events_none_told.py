"""A kind of event said not to have happened ("there have been no air strikes since midnight", "no shelling was
recorded", "no fighting was reported between the two armies", "there were no clashes on Monday"): not the kind of the
event the sentence tells (the clashes or the strike it goes on to report are)."""

from __future__ import annotations

import re
from typing import Final

#: Every :data:`NONE_TOLD` match holds one of these (lower-case) stems.
NONE_STEMS: Final = ("no ",)
NONE_TOLD: Final = re.compile(
    r"\bno\s+(?:(?:further|more|new|other)\s+)?(?:(?:Russian|regime|Turkish|Israeli|coalition)\s+)?"
    r"(?:air\s?strikes|air\s+raids|shelling|bombardment|fighting|clashes|battles|confrontations|skirmishes|"
    r"exchanges?\s+of\s+fire|attacks)\b"
    r"(?=\s+(?:since|were|was|had|have|has|on|in|during|overnight|today|yesterday|between|reported|recorded)\b|\s*[,.;]|[\"”])",
    re.IGNORECASE,
)

#: Every :data:`NOT_RULED_OUT` match holds one of these (lower-case) stems.
RULED_STEMS: Final = ("rule", "ruling", "exclud")
#: A kind only said not to be ruled out ("did not rule out that the blasts were caused by a drone strike", "without
#: ruling out an Israeli strike", "could not exclude the possibility of a drone attack"): a guess at the cause, not
#: the event told (up to the end of the clause).
NOT_RULED_OUT: Final = re.compile(
    r"\b(?:(?:did|does|do|could|would)\s+not|(?:did|does|do|could|would)n[’']t|cannot|can[’']t|without)\s+"
    r"(?:rul(?:e|ing)\s+out|exclud(?:e|ing))\b[^.;]*",
    re.IGNORECASE,
)
