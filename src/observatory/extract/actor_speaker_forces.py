"""A group that speaks for its own forces' deed: "The SDF said in a statement that its forces responded with artillery
to the sources of fire, killing two members of the Iranian-backed militias", "the Syrian Democratic Forces said, adding
that its fighters retaliated and killed three of the militants". The speaker is who did it (the doer of the sentence,
``events.roles``), and no side of the dead its forces killed (``casualty_sentence_sides``).

Only for acts of striking back from afar or striking ("responded with artillery", "retaliated", "shelled"): forces that
"repelled an infiltration attempt ..., killing two of the attackers", "responded to the source of fire, killing two of
the attackers" or "killed five members of the SNA while repelling" an attack defended, and the attackers are the doers
(round 74; tests in tests/test_extract_round74_readings.py).
"""

from __future__ import annotations

import re
from typing import Final

#: After the group's name: its verb of saying, then "its forces" (or "its fighters", "their units") and a verb of doing.
_OWN_FORCES_DID: Final = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:said|says|announced|stated|claimed)\b[^.;]{0,60}?\b(?:its|their)\s+(?:own\s+)?"
    r"(?:forces|fighters|units|troops|members|men)\s+(?:had\s+|have\s+|has\s+)?(?:responded\s+with\s+(?:heavy\s+)?(?:artillery|"
    r"shells|rockets|mortars?|missiles|drones?)|retaliated|targeted|shelled|struck|bombed)\b",
    re.IGNORECASE,
)


def speaks_for_doers(work: str, name_end: int, stop: int) -> bool:
    """Whether the group named up to ``name_end`` says its own forces did the deed told before ``stop``."""
    return _OWN_FORCES_DID.match(work, name_end, stop) is not None
