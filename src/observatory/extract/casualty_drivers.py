"""Drivers counted as such ("two drivers were killed", "killing three drivers working for a transport company"): men
told by their work, as SCHEMA's workers are, are civilians (used by ``casualties``; tests in
tests/test_extract_casualty_drivers_counted.py).

Only a figure of no side whose own words are a number and drivers ("three drivers", "two truck drivers"): not one
driver of someone ("his driver", "its driver": of the vehicle's or the commander's side), not drivers told in one
noun phrase with armed men ("seven drivers and escorts", "drivers and militiamen": of no one side), nor drivers tied to
a group after them ("two drivers of the Fourth Division", "drivers working with the militias"; work for a firm is no
such tie: "drivers working for a transport company"), nor drivers whose load or trip a clause ties to armed men
("who were transporting weapons for the militias").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_tribal_figures import TIED_AFTER
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention

#: The figure's words: a count, then drivers ("three drivers", "two fuel tanker drivers").
_DRIVERS = re.compile(r"\S+\s+(?:(?:[\w-]+\s+){0,2}?)drivers\b", re.IGNORECASE)
#: Armed men or a group told with the drivers, or a tie after them.
_WITH_ARMED = re.compile(r"\s*(?:,|and|or|of|from|with|among|in)\s+(?:the\s+|their\s+|an?\s+)?"
                         r"(?!(?:a|an|the)?\s*(?:oil|fuel|transport|trucking|shipping|haulage|private)\b)"
                         r"(?:[\w'-]+\s+){0,3}?(?:escorts?|guards?|members?|fighters?|militiam[ae]n|militias?|soldiers?|"
                         r"personnel|forces?|brigades?|divisions?|units?|factions?|groups?)\b", re.IGNORECASE)
#: Work for a firm, which ties the drivers to no side ("working for an oil transport company").
_FOR_A_FIRM = re.compile(r"\s*,?\s*(?:who\s+(?:were|was)\s+)?(?:working|employed)\s+(?:for|by|with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:company|firm|contractor)\b", re.IGNORECASE)
#: A clause after them that ties their load or trip to armed men ("who were transporting weapons for the militias").
_ARMED_LOAD = re.compile(r"\s*,?\s*(?:who|which|that)\s+[^.;]*?\b(?:weapons|arms|ammunition|munitions|militia\w*|"
                         r"fighters|troops|soldiers)\b", re.IGNORECASE)
#: Words in the figure that give the drivers another reading ("military drivers").
_ARMED_WORDS = re.compile(r"\b(?:military|army|militia|regime|army's|armed)\b", re.IGNORECASE)


def counted_drivers(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """``mentions`` with each counted drivers' figure of no side made civilians (see module doc)."""
    if not has_any(folded(work, start, max((m.group_end for m in mentions), default=start)), ("drivers",)):
        return mentions
    return [_civilian_drivers(m, work) for m in mentions]


def _civilian_drivers(m: Mention, work: str) -> Mention:
    if m.side is not None or m.parent is not None:
        return m
    words = work[m.quantity.start:m.group_end]
    drivers = _DRIVERS.match(words)
    if drivers is None or _ARMED_WORDS.search(words):
        return m
    if drivers.end() < len(words) and not _FOR_A_FIRM.fullmatch(words, drivers.end()):
        return m  # (the words go on with the firm they work for, or not at all)
    if _WITH_ARMED.match(work, m.group_end) or _ARMED_LOAD.match(work, m.group_end):
        return m
    if TIED_AFTER.match(work, m.group_end) and not _FOR_A_FIRM.match(work, m.group_end):
        return m
    return replace(m, side="civilians", actor="Civilians", generic=False)
