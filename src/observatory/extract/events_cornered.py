"""A wanted man who set off his own charge when cornered: the wordings of the blast and of the cornering.

"detonated his explosive belt after he was surrounded", "blew himself up when troops encircled the house", and the
cornering told first, as a participle or clause before the blast: "an ISIS commander, surrounded inside a house on the
edge of the town, set off his explosive belt", "Trapped in a farm, the emir triggered his suicide vest", "After being
besieged for hours, he blew himself up". Read by events.event_type (a raid that cornered him stays the event) and by
incident_cornered (told as an event of its own, the blast opens a suicide bombing).
"""

from __future__ import annotations

import re
from typing import Final

#: The man's own blast: "blew himself up", "detonated / set off / triggered his explosive belt", "detonated himself".
_BLAST: Final = (r"(?:blew\s+(?:himself|herself|themselves)\s+up|(?:detonated|set\s+off|triggered|exploded|activated)\s+"
                 r"(?:his|her|their)\s+(?:own\s+)?(?:explosive\s+|suicide\s+|explosives?\s+)?(?:belts?|vests?)|"
                 r"detonated\s+(?:himself|herself|themselves))(?:\s+with\s+(?:\w+\s+){0,2}?(?:belts?|vests?))?")
#: Hemmed in.
_HEMMED: Final = r"(?:surrounded|besieged|cornered|trapped|encircled)"
#: The cornering told after the blast: "after he was surrounded", "when troops encircled the house".
_AFTER: Final = (r"(?=[^.;]{0,30}?\b(?:after|when|as|once)\s+(?:being\s+|(?:he|she|they)\s+(?:was|were)\s+|"
                 r"(?:\w+\s+){1,3}?(?:had\s+)?)" + _HEMMED + r"\b)")
#: The cornering told before the blast, in the same clause chain: "surrounded inside a house ..., set off his belt",
#: "After being besieged for hours, he blew himself up" (a comma, then at most four words before the blast).
_BEFORE: Final = (r"(?:(?:after|when|once)\s+(?:being\s+|(?:he|she|they)\s+(?:was|were|had\s+been)\s+))?" + _HEMMED +
                  r"\b[^.;,]{0,80},\s+(?:[\w'-]+\s+){0,4}?")

#: A cornered man's blast, the cornering told after or before it.
CORNERED: Final = re.compile(r"\b(?:" + _BLAST + _AFTER + r"|" + _BEFORE + _BLAST + r")", re.IGNORECASE)
#: Every CORNERED match holds one of these (folded).
CORNERED_STEMS: Final = ("blew", "detonated", "set off", "triggered", "exploded", "activated")
