"""Rockets or RPG shells named among the small arms of an assault: the assault's weapons, not a bombardment.

Construction served: attackers who "attacked", "stormed", "assaulted" or "struck" a post, a checkpoint or a compound
"with machine guns and rockets", "with heavy machine guns and RPG shells", "with rockets and machine-guns". Fire of
machine guns with it tells fighters on the ground at the place (SCHEMA: `attack`); read alone, the rocket or shell word
would make the incident `shelling`.

Not this construction: a side that "targeted" or "shelled" positions "with heavy machine guns and mortar shells" or
"artillery shells" (fire from afar, `shelling`), rockets fired with no machine guns named beside them, and mortars
or artillery in the list (a bombardment whatever else is fired).
"""

from __future__ import annotations

import re
from typing import Final

#: The machine guns and the rockets or RPG shells fired with them, in either order.
_GUNS: Final = r"(?:heavy\s+|medium\s+|light\s+)?machine[\s-]?guns?"
_ROCKETS: Final = r"(?:rockets|RPG\s+(?:shells|rounds|rockets)|rocket-propelled\s+grenade\s+(?:shells|rounds))"
#: "attacked the checkpoint with machine guns and RPG shells": the weapons after the assault's verb, in its clause.
_SMALL_ARMS: Final = re.compile(
    r"\b(?:attacked|assaulted|stormed|struck)\b[^.;]{0,120}?\bwith\s+(?P<arms>"
    + _GUNS
    + r"\s+and\s+"
    + _ROCKETS
    + r"|"
    + _ROCKETS
    + r"\s+and\s+"
    + _GUNS
    + r")\b",
    re.IGNORECASE,
)
_SMALL_ARMS_STEMS: Final = ("machine",)  # every _SMALL_ARMS match holds it


def small_arms_blanked(text: str, folded_text: str) -> str:
    """``text`` with the weapons of an assault ("attacked the post with machine guns and rockets") turned into spaces."""
    if not any(stem in folded_text for stem in _SMALL_ARMS_STEMS):
        return text
    for m in _SMALL_ARMS.finditer(text):
        a, b = m.span("arms")
        text = text[:a] + " " * (b - a) + text[b:]
    return text
