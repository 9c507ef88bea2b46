"""Bodies counted beside words of the wounded are no wounded people.

"The three bodies were taken to the military hospital", "the rescuers recovered 12 bodies and evacuated 37 injured
people", "its teams recovered 13 bodies from the site and said the number of wounded was expected to rise": a hospital
or the wounded told near a count of bodies make the role reader call the bodies injured, but bodies are the dead, and the
dead they count are told elsewhere in the text (a recovery restates a toll), so the count is no figure of the injured.
So is a figure whose bodies its sentence takes to a hospital ("the two victims were brothers, and their bodies were
transported to the hospital").

A figure whose bodies are still missing ("the bodies of at least five people are still missing in the desert", "the
remains of two shepherds have not yet been found") counts no dead the text has found: the toll told counts the bodies
found, so the missing are no figure of the dead or of the hurt.

Tests: tests/test_extract_casualty_body_words.py (the missing: tests/test_extract_round61_readings.py).
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


#: Before a figure, the bodies it counts: "the bodies of at least five people", "the remains of two shepherds".
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+(?:at\s+least\s+|some\s+|another\s+)?$", re.IGNORECASE)
#: After it, that they are not found: "are still missing", "remain missing", "have not yet been found/recovered".
_STILL_MISSING = re.compile(r"\s*(?:,[^,.;]{0,40},\s*)?(?:are|were|remain|remained)\s+(?:still\s+)?(?:missing|unaccounted\s+for|lost)\b|"
                            r"\s*(?:have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:found|recovered|retrieved)\b", re.IGNORECASE)


def _missing_bodies(work: str, m: Mention) -> bool:
    """Whether ``m`` counts bodies the text says are still missing (see module doc)."""
    return _BODIES_OF.search(work, max(0, m.quantity.start - 40), m.quantity.start) is not None \
        and _STILL_MISSING.match(work, m.group_end) is not None


def without_hurt_bodies(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` less the injured figures that count bodies (see module doc), with their parts."""
    gone = {
        i
        for i, m in enumerate(mentions)
        if m.role == INJURED and m.parent is None and (_BODIES.match(work, m.quantity.end) or _THEIR_BODIES_TAKEN.match(work, m.group_end))
    }
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    return without(mentions, gone) if gone else mentions


def without_missing_bodies(mentions: list[Mention], work: str) -> list[Mention]:
    """``mentions`` less the figures of bodies still missing (see module doc), with their parts; run on the figures as
    first found, so no later reading counts them among the dead told."""
    gone = {i for i, m in enumerate(mentions) if m.parent is None and _missing_bodies(work, m)}
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    return without(mentions, gone) if gone else mentions
