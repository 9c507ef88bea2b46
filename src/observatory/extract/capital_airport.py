"""The capital's airport, written in lower case ("Damascus international airport", "Damascus airport"): one place,
the airport, which lies outside the city in Rural Damascus, not the capital (Damascus governorate).

The capitalised "Damascus International Airport" is read whole already; a lower-case "airport" ended the name at
"Damascus", and the event went to the city. Left alone: "the airport in Damascus", "Mezzeh military airport" (a
base named by its own town), and airports of other cities (they lie in the governorate of their city).
"""

from __future__ import annotations

import re

#: " international airport", " airport" right after the capital's name.
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?airport\b", re.IGNORECASE)


def capital_airport_end(work: str, name_end: int) -> int | None:
    """Where "Damascus" + "(international) airport" ends, the name ending at name_end, or None when no airport follows."""
    m = _AIRPORT_AFTER.match(work, name_end)
    return m.end() if m else None
