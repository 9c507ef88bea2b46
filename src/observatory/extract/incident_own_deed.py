"""A speaker that tells its own deed: "the X operations room said its fighters had killed 20 soldiers", "the group
announced that its snipers killed two", "the army said its units killed 30 gunmen". Whoever speaks of what "its"
fighters, forces or strikes did is a party giving its own account (another source), not the monitor, whatever name
it goes by; where the monitor counts the same dead, its figure wins (incident_sources.figure_source).
"""

from __future__ import annotations

import re

from observatory.extract.gates import has_any

#: "said its fighters had killed", "announced that their snipers killed", "claimed its forces have shot dead".
_OWN_DEED = re.compile(r"\b(?:said|says|announced|announces|claimed|claims|stated|declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                       r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|forces|snipers|members|units|troops|men|"
                       r"aircraft|warplanes|jets|drones|strikes|artillery)\s+(?:had\s+|have\s+|has\s+)?"
                       r"(?:killed|shot\s+dead)\b", re.IGNORECASE)
#: Words the construction holds (a sentence without them cannot match).
_STEMS = ("its ", "their ")


def own_deed_told(span: str, text: str) -> bool:
    """``text`` has a speaker telling what its own fighters or strikes killed (``span``: the folded text, for the gate)."""
    return has_any(span, _STEMS) and _OWN_DEED.search(text) is not None
