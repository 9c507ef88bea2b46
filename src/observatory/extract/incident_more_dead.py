"""More dead than those told, with the deed that killed them: "Two further civilians lost their lives when Turkish
shells landed on a neighbourhood of B", "three more people were killed as a rocket hit C", "two other children died
after a shell struck D". Told in a place of their own, they are the dead of a strike of their own, not a share of the
toll told before (tests/test_extract_more_dead_elsewhere.py)."""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import number_words

_MORE_DEAD_WHEN: Final = re.compile(
    r"^\W*" + number_words(r"\d+") + r"\s+(?:further|more|other|additional)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:were|have\s+been)\s+killed|died|lost\s+their\s+lives)\s+"
    r"(?:when|as|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:shells?|rockets?|missiles?|mortars?|bombs?|"
    r"strikes?|airstrikes?|raids?|drones?|warplanes|jets|helicopters?|projectiles?|artillery)\b", re.IGNORECASE)


def more_dead_when(text: str) -> bool:
    """Whether ``text`` (a sentence) opens with more dead and the strike that killed them."""
    return _MORE_DEAD_WHEN.search(text) is not None
