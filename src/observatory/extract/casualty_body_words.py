"""Bodies counted beside words of the wounded are no wounded people.

"The three bodies were taken to the military hospital", "the rescuers recovered 12 bodies and evacuated 37 injured
people", "its teams recovered 13 bodies from the site and said the number of wounded was expected to rise": a hospital
or the wounded told near a count of bodies make the role reader call the bodies injured, but bodies are the dead, and the
dead they count are told elsewhere in the text (a recovery restates a toll), so the count is no figure of the injured.
So is a figure whose bodies its sentence takes to a hospital ("the two victims were brothers, and their bodies were
transported to the hospital").

Tests: tests/test_extract_casualty_body_words.py.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, Mention, without

#: A figure's own words that count bodies: "three bodies", "12 bodies and", "the bodies of".
_BODIES = re.compile(r"\s+(?:more\s+|other\s+)?(?:bodies|corpses|remains)\b", re.IGNORECASE)
#: Later in the figure's sentence, the figure's bodies taken to a hospital ("the two victims were brothers ..., and their
#: bodies were transported to the hospital", "the three dead, whose bodies were taken to a hospital in X"): the hospital
#: is the dead's, no word of the hurt comes between.
_THEIR_BODIES_TAKEN = re.compile(r"(?:(?!\b(?:injur|wound|hurt))[^.;!?\n]){0,120}?\b(?:their|whose|the)\s+(?:bodies|corpses|remains)\s+"
                                 r"(?:were|have\s+been|had\s+been)\s+(?:later\s+)?(?:taken|rushed|transferred|transported|moved|"
                                 r"brought|sent|admitted)\s+to\b", re.IGNORECASE)


def without_hurt_bodies(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` less the injured figures that count bodies (see module doc), with their parts."""
    gone = {
        i
        for i, m in enumerate(mentions)
        if m.role == INJURED and m.parent is None and (_BODIES.match(work, m.quantity.end) or _THEIR_BODIES_TAKEN.match(work, m.group_end))
    }
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    return without(mentions, gone) if gone else mentions
