"""The crew of a craft is of the craft's side (tests in tests/test_extract_casualty_crew.py).

* "factions shot down a regime helicopter ..., killing its two pilots", "downed a regime warplane, killing its pilot",
  "shot down a Turkish attack helicopter, killing its two crew members": a figure told as "its/their" pilot(s) or crew
  has no side of its own words; it is of the side the words of the craft named before it in the sentence give
  ("a regime helicopter", "a Turkish helicopter"). A craft named without a side ("a drone struck a car, killing its
  driver") leaves the figure as it was, and so does a craft of civilians or of no known side.
* The same for the people aboard a vehicle of a side, counted as its own ("gunmen opened fire on an SDF vehicle,
  wounding two of its occupants", "... on a regime car, killing its driver and its two passengers").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention

#: "its"/"their" just before the figure ("its two pilots", "its pilot").
_ITS = re.compile(r"\b(?:its|their|the)\s+$", re.IGNORECASE)  # ("wounding the driver": the driver of the vehicle named)
#: The figure's words: pilots or crew ("pilot", "two pilots", "two crew members", "crewmen"), or those aboard ("its
#: occupants", "two of its passengers"; ``_OF_ITS`` before them).
_CREW = re.compile(r"\s*(?:co-?)?(?:pilots?|crew(?:\s*members?|m[ae]n)?|occupants?|passengers?|riders?|drivers?)\s*$", re.IGNORECASE)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)(?=\s)", re.IGNORECASE)
#: A craft and the words before it, back to its own article, that may name its side ("a regime MiG warplane", "a Turkish
#: T129 attack helicopter"); not the words of the shooter before another article ("the SDF shot down a helicopter").
_CRAFT = re.compile(r"\b(?:a|an|the|one)\s+(?:(?!(?:a|an|the|one)\s)[\w'-]+\s+){0,4}?(?:war\s?planes?|(?:fighter\s+)?jets?|planes?|aircraft|"
                    r"helicopters?|choppers?|gunships?|vehicles?|cars?|trucks?|pick-?ups?|buses|bus|motorcycles?)\b", re.IGNORECASE)
#: The maker of a craft, not its side ("a Russian-made helicopter", "a US-built plane"): the side is read after it.
_MAKER = re.compile(r"[\w'-]+-(?:made|built|manufactured|designed)\b", re.IGNORECASE)
#: The side named after the craft ("a helicopter of the regime", "a helicopter belonging to the Turkish army").
_OF_SIDE = re.compile(r"\s+(?:of|belonging\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+", re.IGNORECASE)
_CRAFT_STEMS = ("plane", "jet", "aircraft", "helicopter", "chopper", "gunship", "vehicle", "car", "truck", "pick", "bus", "motorcycle")
_UNSIDED = (None, "unknown", "civilians")


def crew_of_craft(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Each figure of a craft's pilots or crew, of no armed side yet, takes the side of the craft named before it."""
    if not any(m.side in _UNSIDED for m in mentions) or not has_any(folded(work, start, max(m.group_end for m in mentions)), _CRAFT_STEMS):
        return mentions
    return [_crew_side(m, work, start, lexicon, on) if m.side in _UNSIDED else m for m in mentions]


def _crew_side(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the craft whose crew the figure tells, or the figure as it was."""
    q = m.quantity
    words = work[q.end:m.group_end] if q.text else work[m.group_start:m.group_end]
    of_its = _OF_ITS.match(words)  # ("two of its occupants")
    if not _CREW.match(words[of_its.end():] if of_its else words) or not (of_its or _ITS.search(work, max(start, q.start - 8), q.start)):
        return m
    crafts = list(_CRAFT.finditer(work, start, q.start))
    if not crafts:
        return m
    craft = crafts[-1]
    makers = list(_MAKER.finditer(work, craft.start(), craft.end()))
    actor, side = side_of(lexicon, work, makers[-1].end() if makers else craft.start(), craft.end(), on)
    after = _OF_SIDE.match(work, craft.end(), q.start)
    if actor is None and after:
        actor, side = side_of(lexicon, work, craft.end(), after.end(), on)
    if actor is None or side in _UNSIDED:
        return m
    return replace(m, side=side, actor=actor.actor.name, nationality=actor.actor.nationality, generic=False)
