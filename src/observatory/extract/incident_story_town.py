"""An incident placed only in a town the gazetteer does not know, told after an incident the report has placed.

Construction handled: "Regime shelling killed four civilians in X in Homs countryside. ... Two more were killed in
the nearby village of Y": the later incident names only a village no gazetteer knows (one place at least told with a settlement word:
"the village of Y", "Y neighbourhood"), and the text from the incident
told before it down to the village points nowhere else; the village lies where the story stands, the governorate of
the incident before it.

Left alone: a first incident (nothing told before it places it), an incident before it with no governorate, and a
span between the two incidents (or the incident itself) that names a governorate, or a town the gazetteer places, of
another governorate ("In Daraa, gunmen shot dead a man in Y": the story has moved on). The caller asks for a draft
placed only in unknown towns (no road, stretch or compound name, nothing abroad, no province words), and not told as
a new scene ("Elsewhere, a drone struck a car near the village of Y": ``lends_placeless``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.places import PlaceMention, governorate_mentions, place_mentions

#: "the (nearby) village of X", "near the town of X": a settlement word before the name.
_SETTLEMENT_BEFORE = re.compile(r"\b(?<!border\s)(?:(?:[\w-]+\s+)?(?:village|town|hamlet|neighbou?rhood|district|quarter)s?)\s+of\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)
#: "X village", "the X neighbourhood": a settlement word after the name.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet|neighbou?rhood|district|quarter)\b", re.IGNORECASE)
#: "the Turkish border town of X", "Across the border, ... hit the Turkish town of X": a town that may lie abroad.
_ABROAD = re.compile(r"\bborder\b|\b(?:Turkish|Iraqi|Lebanese|Jordanian|Israeli)\s+(?:[\w-]+\s+)?(?:town|city|village)\b",
                     re.IGNORECASE)
#: A capitalised name ("Ras al-Ain", "Tal Abyad"), which the gazetteer may place where place mentions miss it.
_NAME = re.compile(r"\b(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+)*")


def told_as_settlement(text: str, places: list[PlaceMention]) -> bool:
    """One of the places is told as a village, town or part of a town ("the village of X", "X neighbourhood"), and
    none as a town on the border (it may lie in the neighbouring country)."""
    return any(_SETTLEMENT_BEFORE.search(text, max(0, p.start - 40), p.start) or _SETTLEMENT_AFTER.match(text, p.end)
               for p in places) and not any(_ABROAD.search(text, _sentence_start(text, p.start), p.start) for p in places)


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def story_governorate(before: str | None, places: list[PlaceMention], text: str, start: int, end: int,
                      resolve: Callable[[str], str | None]) -> str | None:
    """The governorate ``before`` of the incident told just before text[start:end] (``start`` is where that incident
    begins), when nothing from there to ``end`` names a place of another governorate; else None."""
    if before is None or not told_as_settlement(text, places):
        return None
    if any(p.governorate != before for p in governorate_mentions(text, start, end)):
        return None
    names = [p.name for p in place_mentions(text, start, end)] + [m.group() for m in _NAME.finditer(text, start, end)]
    if any(found is not None and found != before for found in map(resolve, dict.fromkeys(names))):
        return None
    return before
