"""A killing by a sniper told after an assault: another event, though of the same kind.

Construction served: an assault told with its toll ("fighters attacked a position near A with rockets and machine
guns, killing two soldiers"), then, in the same paragraph, someone shot by a sniper in another place ("In the same
area, a soldier was shot dead by a sniper on the B front"). Both are `attack`, but a sniper's shot is a killing of
its own, not a further blow of the assault.

Not this construction: an account that names snipers from the start ("snipers fired on the patrol, then the cells
stormed it": the snipers are part of the event), and a sniper in the same place as the event (read by the rules of
place, not here).
"""

from __future__ import annotations

import re
from typing import Final

#: A shot fired by a sniper: "by a sniper", "a sniper of HTS shot", "sniper fire", "a sniper's bullet".
_SNIPER: Final = re.compile(r"\bsnipers?(?:['’]s)?\b", re.IGNORECASE)


def sniper_after_assault(told: str, text: str) -> bool:
    """Whether ``text`` tells a sniper's shot where the incident told so far (``told``) names no sniper."""
    return "sniper" in text.lower() and _SNIPER.search(text) is not None and _SNIPER.search(told) is None
