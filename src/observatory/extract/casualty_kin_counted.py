"""A relative named before counted relatives in one subject, the verb after both: "his wife and two daughters were
injured", "her husband and their three children were wounded", "his father and two of his brothers were killed"
(tests in tests/test_extract_kin_then_counted.py).

The single relative ("his wife") has no number, so ``casualty_unnumbered`` reads his role from the verb right after
him; here the next words are the counted relatives, and the verb comes after them. The verb after the whole list is
the relative's verb too (not the role of a figure told before him: "a man was killed and his wife and two daughters
were injured" kills no one more).
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

_COUNT = number_words(r"\d+", plural=True)
#: After a relative: "and (their) two daughters", "and three of his sons", "and her two young children".
_AND_COUNTED_KIN = re.compile(
    rf"\s+and\s+(?:(?:his|her|their)\s+)?(?:{_COUNT})\s+(?:of\s+(?:his|her|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:children|sons|daughters|brothers|sisters|siblings|grandchildren|cousins|nephews|nieces|relatives)\b",
    re.IGNORECASE)


def past_counted_kin(work: str, end: int) -> int:
    """Where the counted relatives after a relative ending at ``end`` end ("his wife| and two daughters| were
    injured"), or ``end`` when none follow."""
    m = _AND_COUNTED_KIN.match(work, end)
    return m.end() if m else end
