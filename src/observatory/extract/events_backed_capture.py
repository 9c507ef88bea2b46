"""A ground advance told with the fire that backed it ("opposition factions backed by Turkish artillery regained the
town", "regime forces, backed by Russian warplanes, advanced into the city", "captured two villages after Russian
warplanes pounded the area"): the advance is the event (an attack), the strikes or shelling its support. Only where
the kind read is fire from afar, named in a phrase of backing or in a clause after the advance that begins "after"
(not "after weeks of bombardment": a campaign's course).
"""

from __future__ import annotations

import re
from typing import Final

#: A place taken or entered by a side on the ground.
_ADVANCE: Final = re.compile(r"\b(?:regained|recaptured|retook|captured|seized|took\s+(?:full\s+)?control\s+of|"
                             r"advanced\s+(?:[\w-]+\s+){0,2}?(?:into|on|towards?)|entered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                             r"(?:town|towns|village|villages|city|hill|hills|neighbou?rhoods?|districts?|area|positions?|"
                             r"[A-Z][\w'’-]+)\b")
#: The fire told after the advance as what came before it: "..., after Russian warplanes pounded the area".
_AFTER: Final = re.compile(r"\b(?:after|following)\b")
#: A campaign's span ("seized the town after days of intense bombardment"): an offensive's course, not one event.
_LONG: Final = re.compile(r"\b(?:days|weeks|months|years)\s+of\b")
_FIRE_KINDS: Final = frozenset({"shelling", "airstrike", "drone_strike"})


def backed_advance(found: tuple[str, int, int] | None, text: str, backing: bool) -> tuple[str, int, int] | None:
    """An attack at the advance, where ``found`` is fire from afar read only from a phrase of backing (``backing``)
    or from a clause after the advance that begins "after", and ``text`` tells a place taken or entered."""
    if found is None or found[0] not in _FIRE_KINDS:
        return found
    advance = _ADVANCE.search(text)
    if advance is None:
        return found
    if not backing and (found[1] < advance.end() or _AFTER.search(text, advance.end(), found[1]) is None
                        or _LONG.search(text, advance.end(), found[2]) is not None):
        return found
    return "attack", advance.start(), advance.end()
