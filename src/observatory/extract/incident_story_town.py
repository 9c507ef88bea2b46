"""An incident placed only in a town the gazetteer does not know, told after an incident the report has placed.

Construction handled: "Regime shelling killed four civilians in X in Homs countryside. ... Two more were killed in
the nearby village of Y": the later incident names only a village no gazetteer knows (one place at least told with a settlement word:
"the village of Y", "Y neighbourhood"), and the text after the incident
told before it down to the village points nowhere else (what the incident before names in its own text, "families
displaced from Homs", its governorate has weighed); the village lies where the story stands, the governorate of the
incident before it. A village may also be told as where a thing lies, by the thing's common noun ("the gas station in
Y", "the hills around Y").

Left alone: a first incident (nothing told before it places it), an incident before it with no governorate, and a
span between the two incidents (or the incident itself) that names a governorate, or a town the gazetteer places, of
another governorate ("In Daraa, gunmen shot dead a man in Y": the story has moved on). The caller asks for a draft
placed only in unknown towns (no road, stretch or compound name, nothing abroad, no province words), and not told as
a new scene ("Elsewhere, a drone struck a car near the village of Y": ``lends_placeless``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.incident_abroad import ABROAD_SCENE
from observatory.extract.mention_sides import THE_BEFORE
from observatory.extract.places import PlaceMention, governorate_mentions, place_mentions
from observatory.extract.text import NAME_WORD, stop_before

#: "the (nearby) village of X", "near the town of X": a settlement word before the name.
_SETTLEMENT_BEFORE = re.compile(r"\b(?<!border\s)(?:(?:[\w-]+\s+)?(?:village|town|hamlet|neighbou?rhood|district|quarter)s?)\s+of\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)
#: "the gas station in X", "the hills around X", "the farms near X": a thing told by its common noun, lying in or around
#: the name (a place where something stands, as a village is).
_THING_IN = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:in|around|near|outside)\s+$")
#: A force of a neighbouring country that acts on its own soil: "Turkish gendarmes", "the Lebanese army"
#: (tests/test_extract_review_r39_rev3.py).
_FOREIGN_FORCE = re.compile(r"\b(?:Turkish\s+(?:gendarmes?|gendarmerie|police)|Lebanese\s+(?:army|soldiers|troops|police|"
                            r"security\s+forces|authorities))\b", re.IGNORECASE)
#: "X village", "the X neighbourhood": a settlement word after the name.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet|neighbou?rhood|district|quarter)\b", re.IGNORECASE)
#: "the Turkish border town of X", "Across the border, ... hit the Turkish town of X": a town that may lie abroad.
_ABROAD = re.compile(r"\bborder\b|\b(?:Turkish|Iraqi|Lebanese|Jordanian|Israeli)\s+(?:[\w-]+\s+)?(?:town|city|village)\b",
                     re.IGNORECASE)
#: The village's own sentence sets it abroad after its name: "the village of X, inside Lebanese territory", "in the
#: village of X in northern Iraq", "across the frontier in Kilis" (tests/test_extract_review_r38_rev4.py).
_ABROAD_AFTER = re.compile(r"\b(?:Turkish|Iraqi|Lebanese|Jordanian|Israeli)\s+(?:territory|soil)\b|"
                           r"\b(?:across|beyond|over)\s+the\s+frontier\b")
#: A wider area the gazetteer does not place, told around the village: "in the Bekaa valley", "In the Druze mountain",
#: "In the Golan, ...": the story may have moved to another governorate.
_AREA = re.compile(r"\b[A-Z][\w'’-]+\s+(?:valley|mountains?|plain|heights|basin|region|front(?:line)?)\b")
#: The text says the village lies in another governorate: "in the neighbouring governorate", "across the provincial line".
_OTHER_PROVINCE = re.compile(r"\b(?:neighbou?ring|adjacent|another|other|next)\s+(?:governorate|province)s?\b|"
                             r"\bprovincial\s+(?:line|boundary|limits?)\b", re.IGNORECASE)
#: A capitalised name ("Ras al-Ain", "Tal Abyad"), which the gazetteer may place where place mentions miss it.
_NAME = re.compile(rf"\b{NAME_WORD}(?:\s+{NAME_WORD})*")


def told_as_settlement(text: str, places: list[PlaceMention]) -> bool:
    """One of the places is told as a village, town or part of a town ("the village of X", "X neighbourhood"), and
    none as a town on the border (it may lie in the neighbouring country)."""
    return any(_SETTLEMENT_BEFORE.search(text, max(0, p.start - 40), p.start) or _SETTLEMENT_AFTER.match(text, p.end) or
               _thing_in(text, p) for p in places) and not any(_ABROAD.search(text, stop_before(text, p.start), p.start) for p in places)


def _thing_in(text: str, p: PlaceMention) -> bool:
    """The place is told as where a thing lies ("the farms outside Y"), in a sentence no force of a neighbouring country
    acts in ("Turkish gendarmes", "Lebanese army fire": Y may lie across the border)."""
    at = stop_before(text, p.start)
    close = text.find(".", p.end)
    return bool(_THING_IN.search(text, max(0, p.start - 40), p.start)) and \
        not _FOREIGN_FORCE.search(text, at, len(text) if close < 0 else close)


def story_governorate(before: str | None, places: list[PlaceMention], text: str, start: int, end: int,
                      resolve: Callable[[str], str | None]) -> str | None:
    """The governorate ``before`` of the incident told just before text[start:end] (``start`` is where that incident
    ends: what its own text names, the home towns of its victims or a landmark the gazetteer puts elsewhere, its
    governorate has already weighed), when nothing from there to ``end`` names a place of another governorate; else
    None."""
    if before is None or not told_as_settlement(text, places):
        return None
    start = min(start, *(p.start for p in places))  # (an incident before that runs on over this one's text)
    if any(p.governorate != before for p in governorate_mentions(text, start, end)) or _elsewhere(text, places, end):
        return None
    names = [p.name for p in place_mentions(text, start, end)] + [m.group() for m in _NAME.finditer(text, start, end)]
    if any(found is not None and found != before for found in map(resolve, dict.fromkeys(names))):
        return None
    return before


def _elsewhere(text: str, places: list[PlaceMention], end: int) -> bool:
    """The village's sentences, from the first place to ``end``, set it abroad, in an area the gazetteer does not
    place ("the Bekaa valley", "the Golan": a place told with "the" and no settlement word), or in another
    governorate."""
    at = stop_before(text, min(p.start for p in places))
    return bool(ABROAD_SCENE.search(text, at, end) or _ABROAD_AFTER.search(text, at, end) or
                _AREA.search(text, at, end) or _OTHER_PROVINCE.search(text, at, end)) or \
        any(THE_BEFORE.search(text, max(0, p.start - 4), p.start) and not _SETTLEMENT_AFTER.match(text, p.end)
            for p in places)
