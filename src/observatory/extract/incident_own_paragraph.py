"""Of the provinces an incident names, the one of the paragraph it is told in: where its own places end.

Construction handled: an incident told and placed in its opening paragraph ("a strike on X, west of Y in Idlib
province, killed seven civilians"), whose text runs on over later paragraphs of background, a quote or totals that
name another province with no town of the incident ("the drones were launched from the countryside of Idlib", "near
the front lines with government-held areas in Latakia", "these figures leave out the attack in Homs city"): the
province the opening paragraph names with a province word, where its places alone settle on it, is the incident's;
the others are where the wider war is.

Left alone: an incident its places already settle (this only gives a governorate to one that has none); an opening
paragraph that names no province with a province word ("near Damascus": maybe the city, or a caption over the
story), or two ("in Idlib and Latakia", a headline over two events: told over both, it spans them), or places it on
a road or a stretch ("between the cities of A and B": it may run through two provinces); a town of the incident
named in a later paragraph ("shells also hit Z in the Aleppo countryside", "the area lies close to the Golan": the
incident goes on there).
"""

from __future__ import annotations

from collections.abc import Sequence

from observatory.extract.incident_stretch import on_stretch
from observatory.extract.places import PlaceMention
from observatory.extract.text import sentences, working_copy


def opening_places(places: Sequence[PlaceMention], start: int, text: str) -> list[PlaceMention] | None:
    """The incident's places named in the paragraph it opens in (at ``start``), when that paragraph names one province,
    with a province word, and later paragraphs name another province and no town; None when its places do not end
    there."""
    if not text or not any(p.governorate for p in places):
        return None
    paragraph_of = _paragraphs(text)
    opening = paragraph_of(start)
    own = [p for p in places if paragraph_of(p.start) == opening]
    later = [p for p in places if paragraph_of(p.start) != opening]
    if opening < 0 or not own or not later or any(paragraph_of(p.start) < opening for p in later):
        return None
    named = {p.governorate for p in own if p.governorate}
    if len(named) != 1 or not {p.governorate for p in later if p.governorate} - named or not any(p.strong for p in own):
        return None  # (placed only without a province word, "near Damascus": maybe the city, or a caption)
    if any(not p.governorate for p in later):
        return None  # a town told after the opening paragraph: the incident goes on there
    if on_stretch(text, *paragraph_of.bounds(opening), (p.start for p in own)):
        return None  # "between the cities of A and B", "on the road to C": it may run through two provinces
    return own


def _paragraphs(text: str) -> _ParagraphOf:
    return _ParagraphOf([(s.start, s.end, s.paragraph) for s in sentences(working_copy(text))])


class _ParagraphOf:
    """The paragraph (logical line, hard wraps joined) of a character offset; -1 outside every sentence."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self._spans = spans

    def bounds(self, paragraph: int) -> tuple[int, int]:
        """Where the paragraph's first sentence starts and its last one ends."""
        spans = [(start, end) for start, end, at in self._spans if at == paragraph]
        return spans[0][0], spans[-1][1]

    def __call__(self, at: int) -> int:
        for start, end, paragraph in self._spans:
            if start <= at < end:
                return paragraph
        return -1
