"""A number that counts groups, units or things, not people (used by ``figures.is_count``).

"the clashes killed two fighters of the two factions", "fighting between two factions left nine dead", "clashes among
three groups of gunmen", "a drone hit two vehicles of the SDF": the number before a plural noun of groups ("factions",
"groups", "sides", "brigades"), of places ("villages", "neighbourhoods") or of things ("vehicles", "tanks",
"houses") counts those, never people hurt; up to two words may qualify the noun ("two Turkish-backed factions", "three
regime vehicles"), none of them a person noun or a linking word ("two men from two families" keeps the men). The noun's
men named right after it are still people ("two factions' fighters", "the two brigades members": the count is theirs),
and so are "forces" ("20 government forces" were killed) and "cells" (a monitor writes "two ISIS cells dead" of two
members), which are left out here (tests/test_extract_figure_groups.py).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import fold, has_any

#: Plural nouns of groups, places and things a number before them counts.
_GROUP_NOUN: Final = (r"factions|groups|sides|parties|brigades|battalions|divisions|regiments|units|armies|"
                      r"organi[sz]ations|movements|villages|towns|neighbou?rhoods|vehicles|cars|motorcycles|tanks|trucks|"
                      r"buses|houses|checkpoints|positions|posts|camps|convoys|patrols")
#: Every match of ``_COUNTED_GROUP`` holds one of these.
_STEMS: Final = ("faction", "group", "side", "part", "brigade", "battalion", "division", "regiment", "unit", "arm",
                 "organi", "movement", "village", "town", "neighbo", "vehicle", "car", "motorcycle", "tank", "truck", "bus",
                 "house", "checkpoint", "position", "post", "camp", "convoy", "patrol")
#: A word that may stand between the number and its noun: no linking word, no number, no person noun (checked apart).
_MODIFIER: Final = (r"(?!(?:of|from|in|on|at|by|with|and|or|to|for|among|between|including|who|were|was|are|killed|"
                    r"injured|wounded|dead)\b)[\w-]+")
_COUNTED_GROUP: Final = re.compile(rf"\s+(?P<mods>(?:{_MODIFIER}\s+){{0,2}}?)(?:{_GROUP_NOUN})\b(?!\s*['’])", re.IGNORECASE)


def counts_groups(work: str, at: int, person: re.Pattern[str]) -> bool:
    """Whether the number ending at ``at`` counts groups, places or things: a plural noun of them follows within two
    qualifying words, and no person noun comes between or right after it (``person``: the person nouns)."""
    window = work[at:at + 60]
    if not has_any(fold(window), _STEMS):
        return False
    m = _COUNTED_GROUP.match(window)
    if m is None or person.search(m.group("mods")):
        return False
    if window[m.end():m.end() + 1] != " ":
        return True
    after = person.match(window, m.end() + 1)  # "two factions' fighters": their men; "the two factions dead": no men named
    return after is None or fold(after.group()) in _NO_MEN


#: Words of ``person`` that name no men of the groups right after their noun ("the two factions dead").
_NO_MEN: Final = ("dead", "more", "of them", "of whom", "others", "other")
