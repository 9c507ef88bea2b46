"""A killing in a quarrel with the members of a group: a fight between them, not a murder.

Construction served: one "shot dead during a quarrel with members of the X Division", "killed in a dispute with
members of Y", "wounded in a quarrel between members of X and a local family": SCHEMA types an armed quarrel,
dispute or brawl as a `clash`. Read alone, the private motive would make it a murder (`other`) and the gunfire an
`attack`.

Not this construction: a quarrel with kin ("during a quarrel with members of his family", "with his relatives"):
a murder, which incident_kinds reads.
"""

from __future__ import annotations

import re
from typing import Final

#: "(during|in) a quarrel with members of X", "a dispute between fighters of X and ...".
_QUARREL_WITH: Final = re.compile(
    r"\b(?:quarrel|dispute|altercation|argument|brawl|squabble)s?\s+(?:between|with)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:members|fighters|gunmen|militiamen|elements)\s+of\s+(?!(?:his|her|their)\s+"
    r"(?:own\s+)?(?:famil|relative|kin|house))",
    re.IGNORECASE,
)
#: The kinds a killing in such a quarrel is read as before: gunfire, a targeted shooting, a murder.
_SHOOTING_KINDS: Final = frozenset({"attack", "assassination", "other"})


def armed_quarrel_kind(event_type: str, told: str) -> str:
    """`clash` for a shooting told as done in a quarrel with the members of a group, else ``event_type``."""
    if event_type in _SHOOTING_KINDS and _QUARREL_WITH.search(told) is not None:
        return "clash"
    return event_type
