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
from datetime import date

from observatory.extract.actors import ActorLexicon
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
#: Vehicles the drivers may have driven, told before them in their sentence.
_VEHICLES = r"(?:convoys?|columns?|vehicles?|trucks?|lorr(?:y|ies)|tankers?|buses|bus)"
#: An armed owner told as the vehicles' adjective ("a military convoy", "an army supply column").
_ARMED_VEHICLES = re.compile(rf"\b(?:military|army|army's|militia)\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLES}\b", re.IGNORECASE)
#: Vehicles whose owner or load is the group named right after ("a convoy of the SDF", "trucks carrying ammunition for").
_VEHICLES_OF = re.compile(rf"\b{_VEHICLES}\b[^.;,]{{0,50}}?\b(?:of|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
#: The group named right before the vehicles ("an SDF fuel convoy", "a regime convoy").
_GROUP_VEHICLES = re.compile(rf"(?:'s|’s)?\s+(?:(?:fuel|oil|supply|supplies|logistics?|military|ammunition|weapons|"
                             rf"transport)\s+)?{_VEHICLES}\b", re.IGNORECASE)
#: Words in the figure that give the drivers another reading ("military drivers").
_ARMED_WORDS = re.compile(r"\b(?:military|army|militia|regime|army's|armed)\b", re.IGNORECASE)


def counted_drivers(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon,
                    on: date | None) -> list[Mention]:
    """``mentions`` with each counted drivers' figure of no side made civilians (see module doc), unless the vehicles
    told before them in their sentence are an armed group's ("a convoy of the SDF", "a military convoy"): those are
    left to take the side the incident gives them."""
    if not has_any(folded(work, start, max((m.group_end for m in mentions), default=start)), ("drivers",)):
        return mentions
    return [m if _owned_vehicles(work, start, m.quantity.start, lexicon, on) else _civilian_drivers(m, work)
            for m in mentions]


def _owned_vehicles(work: str, start: int, at: int, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the words before ``at`` in the sentence tell vehicles of an armed group ("ambushed a convoy of the
    Fourth Division", "struck trucks carrying ammunition for the Iranian militias", "a regime convoy")."""
    if _ARMED_VEHICLES.search(work, start, at):
        return True
    return any(a.side not in ("civilians", "unknown") and (_VEHICLES_OF.search(work[start:a.start]) is not None
                                                           or _GROUP_VEHICLES.match(work, a.end, at) is not None)
               for a in lexicon.find(work, start, at, on))


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
