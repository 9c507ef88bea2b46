"""Bodies counted beside words of the wounded are no wounded people.

"The three bodies were taken to the military hospital", "the rescuers recovered 12 bodies and evacuated 37 injured
people", "its teams recovered 13 bodies from the site and said the number of wounded was expected to rise": a hospital
or the wounded told near a count of bodies make the role reader call the bodies injured, but bodies are the dead, and the
dead they count are told elsewhere in the text (a recovery restates a toll), so the count is no figure of the injured.

Tests: tests/test_extract_casualty_body_words.py.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, Mention, without

#: A figure's own words that count bodies: "three bodies", "12 bodies and", "the bodies of".
_BODIES = re.compile(r"\s+(?:more\s+|other\s+)?(?:bodies|corpses|remains)\b", re.IGNORECASE)


def without_hurt_bodies(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` less the injured figures that count bodies (see module doc), with their parts."""
    gone = {
        i
        for i, m in enumerate(mentions)
        if m.role == INJURED and m.parent is None and _BODIES.match(work, m.quantity.end)
    }
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    return without(mentions, gone) if gone else mentions
