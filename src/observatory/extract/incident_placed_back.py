"""The event told so far, named back and then placed or timed: "Others were wounded in the attack, which took place in
X area", "four soldiers were killed in the attack, which took place at dawn on Friday near Y". The relative clause
tells where or when the same event happened, so the sentence is more of it, not another incident.
"""

from __future__ import annotations

import re

_PLACED_BACK = re.compile(
    r"\b(?:in|during|by)\s+the\s+(?:attack|ambush|explosion|blast|bombing|clash(?:es)?|shelling|strike|"
    r"air\s?strike|raid|assault)s?,\s+which\s+(?:took\s+place|happened|occurred)\s+(?:in|near|at|on|late|"
    r"early)\b",
    re.IGNORECASE,
)


def placed_back(text: str) -> bool:
    """Whether the sentence names the event told so far back ("in the attack") and says where or when it took place."""
    return _PLACED_BACK.search(text) is not None
