"""Drivers counted as such ("two drivers were killed", "killing three drivers working for a transport company"): men
told by their work, as SCHEMA's workers are, are civilians (used by ``casualties``; tests in
tests/test_extract_casualty_drivers_counted.py).

Only a figure of no side whose own words are a number and drivers ("three drivers", "two truck drivers", "a driver of a
fuel tanker"), or "its driver" right after a tanker, truck or bus was hit ("attacked a gas tanker on the road, killing
its driver": round 67): not one driver of someone else ("his driver": the commander's side), not drivers
told in one noun phrase with armed men ("seven drivers and escorts", "drivers and militiamen": of no one side), nor
drivers tied to a group after them ("two drivers of the Fourth Division", "drivers working with the militias"; work for
a firm is no such tie: "drivers working for a transport company", nor is a town they came from: "truck drivers from
al-Bukamal"), nor drivers whose load or trip a clause ties to armed men ("who were transporting weapons for the
militias").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_tribal_figures import TIED_AFTER
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import find_quantities

#: Arms and armed men, as a load or crew ("weapons", "ammunition", "militiamen", "troops").
_ARMED_NOUNS = r"(?:weapons|arms|ammunition|munitions|militia\w*|fighters|troops|soldiers)"
#: A load or crew of armed men told with the vehicle ("a truck carrying weapons", "a tanker of the militias").
_ARMED_CARGO = re.compile(rf"\b(?:{_ARMED_NOUNS}|military)\b", re.IGNORECASE)
#: Armed men told with the driver in the rest of his sentence ("..., and injuring a member of Hezbollah who was
#: accompanying him").
_ARMED_WITH = re.compile(r"\b(?:members?\s+of|fighters?|militiam[ae]n|soldiers?|officers?|commanders?)\b", re.IGNORECASE)
#: Vehicles of trade, whose drivers are workers: tankers, trucks, buses, taxis.
_CIVIL_VEHICLE = r"(?:tanker|truck|lorry|bus|minibus|taxi)"
#: The figure's words: a count, then drivers ("three drivers", "two fuel tanker drivers").
_DRIVERS = re.compile(r"\S+\s+(?:(?:[\w-]+\s+){0,2}?)(?:drivers|(?:tanker|truck|lorry|taxi|bus|minibus|van|ambulance|fuel|water)\s+driver|"
                      rf"driver\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_CIVIL_VEHICLE})\b", re.IGNORECASE)  # ("a driver of a fuel tanker")
#: "attacked a gas tanker ..., killing its driver", "a drone hit a truck on the road, killing its driver": the one driver
#: of a tanker, truck or bus hit just before (round 67); not of a van or car ("a drone struck a van ..., killing its
#: driver": of no side told).
_ITS_DRIVER = re.compile(rf"\b(?:attacked|targeted|ambushed|struck|hit|shot\s+at|opened\s+fire\s+on)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"{_CIVIL_VEHICLE}\b[^.;]{{0,120}}?,?\s+(?:killing|wounding|injuring)\s+its\s+$", re.IGNORECASE)
#: The town the drivers came from, which ties them to no side ("four truck drivers from al-Bukamal").
_FROM_TOWN = re.compile(r"\s+from\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*")
#: Armed men or a group told with the drivers, or a tie after them.
_WITH_ARMED = re.compile(r"\s*(?:,|and|or|of|from|with|among|in)\s+(?:the\s+|their\s+|an?\s+)?"
                         r"(?!(?:a|an|the)?\s*(?:oil|fuel|transport|trucking|shipping|haulage|private)\b)"
                         r"(?:[\w'-]+\s+){0,3}?(?:escorts?|guards?|members?|fighters?|militiam[ae]n|militias?|soldiers?|"
                         r"personnel|forces?|brigades?|divisions?|units?|factions?|groups?)\b", re.IGNORECASE)
#: Work for a firm, which ties the drivers to no side ("working for an oil transport company").
_FOR_A_FIRM = re.compile(r"\s*,?\s*(?:who\s+(?:were|was)\s+)?(?:working|employed)\s+(?:for|by|with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:company|firm|contractor)\b", re.IGNORECASE)
#: A clause after them that ties their load or trip to armed men ("who were transporting weapons for the militias").
_ARMED_LOAD = re.compile(rf"\s*,?\s*(?:who|which|that)\s+[^.;]*?\b{_ARMED_NOUNS}\b", re.IGNORECASE)
#: Vehicles the drivers may have driven, told before them in their sentence.
_VEHICLES = r"(?:convoys?|columns?|vehicles?|trucks?|lorr(?:y|ies)|tankers?|buses|bus)"
#: An armed owner told as the vehicles' adjective ("a military convoy", "an army supply column").
_ARMED_VEHICLES = re.compile(rf"\b(?:military|army|army's|militia)\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLES}\b", re.IGNORECASE)
#: Vehicles whose owner or load is the group named right after ("a convoy of the SDF", "trucks carrying ammunition for").
_VEHICLES_OF = re.compile(rf"\b{_VEHICLES}\b[^.;,]{{0,50}}?\b(?:of|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
#: A group's name that names its firm ("tankers belonging to the Qaterji company"): a firm's vehicles, not armed men's.
_FIRM_NAME = re.compile(r"(?:[\w'-]+\s+){1,3}?(?:company|firm|group\s+of\s+companies)\b", re.IGNORECASE)
#: The group named right before the vehicles ("an SDF fuel convoy", "a regime convoy").
_GROUP_VEHICLES = re.compile(rf"(?:'s|’s)?\s+(?:(?:fuel|oil|supply|supplies|logistics?|military|ammunition|weapons|"
                             rf"transport)\s+)?{_VEHICLES}\b", re.IGNORECASE)
#: "three drivers and two members of the NDF": the drivers' words end with the list's "and", a figure of its own follows.
_ITEM_END = re.compile(r"\s*(?:,\s*)?(?:and\s*)?")


def _figure_next(work: str, at: int) -> bool:
    """Whether a counted figure starts right at ``at`` (the next item of a list, not the drivers' own words)."""
    found = find_quantities(work[at:at + 40], at)
    return bool(found) and not work[at:found[0].start].strip() and not found[0].vague


#: Words in the figure that give the drivers another reading ("military drivers").
_ARMED_WORDS = re.compile(r"\b(?:military|army|militia|regime|army's|armed)\b", re.IGNORECASE)


def counted_drivers(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon,
                    on: date | None) -> list[Mention]:
    """``mentions`` with each counted drivers' figure of no side made civilians (see module doc), unless the vehicles
    told before them in their sentence are an armed group's ("a convoy of the SDF", "a military convoy"): those are
    left to take the side the incident gives them."""
    if not has_any(folded(work, start, max((m.group_end for m in mentions), default=start)), ("driver",)):
        return mentions
    return [m if _owned_vehicles(work, start, m.quantity.start, lexicon, on) else _civilian_drivers(m, work)
            for m in mentions]


def _owned_vehicles(work: str, start: int, at: int, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the words before ``at`` in the sentence tell vehicles of an armed group ("ambushed a convoy of the
    Fourth Division", "struck trucks carrying ammunition for the Iranian militias", "a regime convoy")."""
    if _ARMED_VEHICLES.search(work, start, at):
        return True
    return any(a.side not in ("civilians", "unknown") and _FIRM_NAME.match(work, a.start, a.end + 20) is None
               and (_VEHICLES_OF.search(work[start:a.start]) is not None or _GROUP_VEHICLES.match(work, a.end, at) is not None)
               for a in lexicon.find(work, start, at, on))


def _civilian_drivers(m: Mention, work: str) -> Mention:
    if m.side is not None or m.parent is not None:
        return m
    words = work[m.quantity.start:m.group_end]
    if words.lower() == "driver" and m.value == 1:
        hit = _ITS_DRIVER.search(work, max(0, m.quantity.start - 200), m.quantity.start)
        stop = work.find(".", m.group_end)
        rest = work[m.group_end:stop if stop >= 0 else len(work)]
        if hit is not None and not _ARMED_CARGO.search(hit.group(0)) and not _ARMED_WITH.search(rest):
            return replace(m, side="civilians", actor="Civilians", generic=False)  # (not "a truck carrying weapons")
        return m
    drivers = _DRIVERS.match(words)
    if drivers is None or _ARMED_WORDS.search(words):
        return m
    item = _ITEM_END.fullmatch(words, drivers.end()) is not None and _figure_next(work, m.group_end)
    if drivers.end() < len(words) and not item and not _FOR_A_FIRM.fullmatch(words, drivers.end()) \
            and not _FROM_TOWN.fullmatch(words, drivers.end()):
        return m  # (the words go on with the firm they work for, or not at all)
    if not item and (_WITH_ARMED.match(work, m.group_end) or _ARMED_LOAD.match(work, m.group_end)):
        return m
    if not item and TIED_AFTER.match(work, m.group_end) and not _FOR_A_FIRM.match(work, m.group_end):
        return m
    return replace(m, side="civilians", actor="Civilians", generic=False)
