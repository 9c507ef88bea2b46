"""A place named after "over" where something was brought down there.

"HTS fighters shot down a reconnaissance drone over Sarmin", "air defences downed a drone over X": the town is where
the event (a shot-down drone, an incident of type other) happened, as "in" or "near" would say. Elsewhere "over" names
no place ("tensions over Idlib", "control over Raqqa", "took over Afrin city", "over 20 people"), and a drone only seen
flying over a town is no event ("a drone flying over X" stays no place, so it starts no incident), so "over" is read
as a place word only after a verb of bringing down and what it brought down, in one stretch of the sentence.
"""

from __future__ import annotations

import re
from typing import Final

#: A verb of bringing down, what was brought down (a drone, an aircraft, a missile), then "over", in one stretch of a
#: sentence without a comma ("shot down a regime reconnaissance drone over", "downed a drone launched by the jihadists
#: over", "intercepted two missiles over"); not "shot down a drone on Monday, amid a row over X" nor "shot down a deal".
_DOWNED_BEFORE: Final = re.compile(
    r"\b(?:(?:shot|shoots?|shooting|brought|brings?|bringing)\s+down|downed|downs?|downing|intercept(?:ed|s|ing)?)\b"
    r"[^.,;:!?\n]{0,60}?"
    r"\b(?:drones?|UAVs?|aircraft|planes?|jets?|helicopters?|warplanes?|missiles?|rockets?|projectiles?)\b"
    r"[^.,;:!?\n]{0,50}$",
    re.IGNORECASE)
#: "over" after a word of dispute or rule names no place, even after a drone brought down ("shot down a drone on
#: Monday amid a row over X", "... during the latest dispute over X", "... and tightened their control over X").
_NOT_PLACE_OVER: Final = re.compile(
    r"\b(?:rows?|disputes?|tensions?|control|talks|quarrels?|standoff|sovereignty|influence|negotiations|deals?|"
    r"disagreements?|rivalry|struggle|claims?|protests?|anger|outrage|concerns?)\s+$", re.IGNORECASE)
#: "downed a spy drone, thought to be Russian, as it flew over X" ("while flying over X"): where it flew when brought down.
_FLYING_OVER: Final = re.compile(r"\b(?:while|as|when)\s+(?:it\s+was\s+)?(?:flying|hovering|circling)\s+$", re.IGNORECASE)
_DOWNED: Final = re.compile(r"\b(?:(?:shot|brought)\s+down|downed|intercepted)\b", re.IGNORECASE)


def shot_down_over(work: str, over_start: int, sentence_start: int) -> bool:
    """Whether the "over" at ``over_start`` follows a verb of bringing down and what was brought down, in its
    sentence (which begins at ``sentence_start``), so that the name after it is where the event happened."""
    lo = max(sentence_start, over_start - 120)
    if _NOT_PLACE_OVER.search(work, lo, over_start) is not None:
        return False
    if _DOWNED_BEFORE.search(work, lo, over_start) is not None:
        return True
    return _FLYING_OVER.search(work, lo, over_start) is not None and _DOWNED.search(work, lo, over_start) is not None
