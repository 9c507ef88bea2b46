""""hurt" as the verb that takes the injured, told after a killing in the same clause: "a car bomb killed five civilians
and hurt nine others", "..., killing two soldiers and hurting three more" (tests in tests/test_extract_misread_counts.py).

Only after a killing word before it in the sentence: "hurt" alone before a number may be of no wound at all ("the
closure hurt 200 traders").
"""

from __future__ import annotations

import re
from typing import Final

_KILLED_THEN_HURT: Final = re.compile(
    r"\b(?:killed|killing|kill|kills|dead|died)\b[^.;:!?]{0,150}?(?:\band|,)\s+(?:also\s+)?(?:hurt|hurting)\s+"
    r"(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|around\s+|another\s+)?$", re.IGNORECASE)
_REACH: Final = 220


def hurt_after_killing(work: str, at: int) -> bool:
    """Whether the number at ``at`` is the object of "hurt"/"hurting" told after a killing in its sentence."""
    window = work[max(0, at - _REACH):at]
    return "hurt" in window.lower() and _KILLED_THEN_HURT.search(window) is not None
