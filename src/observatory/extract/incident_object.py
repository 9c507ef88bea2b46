"""The thing an incident hit, named back: a sentence that tells the attack on "the bus" after the incident's "a bus"
tells more of that incident.

Constructions handled:

* "ISIS cells attacked a bus carrying soldiers near A", then "Sources said the cells ambushed the bus on the road
  near B, then set it on fire": the same attack, told in detail with the spot where it happened, not another one.
  The verb (attacked, ambushed, targeted, struck, hit, stormed, fired at, shelled, bombed, blew up; a bomb that went
  off, exploded or was detonated at) is followed by "the" and a noun that the incident's own text introduced ("a bus", "a military convoy", "an army checkpoint").
* Not: a sentence with dead or wounded of its own, or on another day; nor a noun the incident did not name ("the
  village of B", "the headquarters"): those may well be another event.
* The device named back going off: "a booby-trapped fuel tanker ... has risen to 46", then "The tanker exploded on
  Tuesday afternoon, 28 April": when the bombing happened, told after its toll, even on a day of its own
  (``device_named_back``, round 68).
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any

_HIT_THE = re.compile(r"\b(?:attacked|ambushed|targeted|struck|hit|stormed|shelled|bombed|blew\s+up|fired\s+(?:at|on)|"
                      r"opened\s+fire\s+on|set\s+fire\s+to|(?:went\s+off|exploded|detonated)\s+(?:at|near|outside|inside))\s+"
                      r"the\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
_HIT_STEMS = ("attacked", "ambushed", "targeted", "struck", "hit", "stormed", "shelled", "bombed", "blew", "fire", "went off",
              "exploded", "detonated")
#: Nouns that name a place or a side rather than a thing hit: their "the" points back to nothing.
_NOT_THING = frozenset({"village", "town", "city", "area", "countryside", "outskirts", "road", "region", "vicinity", "positions",
                        "position", "headquarters", "forces", "regime", "army", "town's", "neighbourhood", "neighborhood",
                        "desert", "province", "governorate", "border", "east", "west", "north", "south", "same", "two",
                        "other", "syrian", "turkish", "russian", "israeli", "iranian", "sdf", "isis"})


def object_named_back(told: str, text: str) -> bool:
    """The sentence's attack hits "the <thing>" that the incident's text (``told``) introduced with "a"/"an"."""
    if not has_any(folded(text), _HIT_STEMS):
        return False
    for m in _HIT_THE.finditer(text):
        noun = m.group("noun").lower()
        if noun in _NOT_THING:
            continue
        if _introduced(noun, told, 2):
            return True
    return False


def _introduced(noun: str, told: str, words: int) -> bool:
    """Whether ``told`` introduces ``noun`` with "a"/"an", up to ``words`` words before it ("a military convoy")."""
    return re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,{words}}}?{noun}\b", told, re.IGNORECASE) is not None


#: "The tanker exploded on Tuesday afternoon, ...": a sentence opening on a device going off, named with "the".
_THE_DEVICE_WENT = re.compile(r"\s*(?:The|That)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})\s+(?:had\s+)?"
                              r"(?:exploded|went\s+off|detonated|blew\s+up)\b")


def device_named_back(told: str, text: str) -> bool:
    """A sentence that opens on "the <device>" going off that the incident's text introduced with "a"/"an" ("a
    booby-trapped fuel tanker ... has risen to 46", then "The tanker exploded on Tuesday afternoon, 28 April"): when
    the device went off, told after the toll, not another bombing on another day."""
    m = _THE_DEVICE_WENT.match(text)
    if m is None or m.group("noun").lower() in _NOT_THING:
        return False
    return _introduced(m.group("noun"), told, 3)

