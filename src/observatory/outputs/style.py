"""Colours, marker shapes and labels shared by the static map, the interactive map and the report."""

from __future__ import annotations

from typing import Final

#: Colour of each side (perpetrator of an attack, or holder of a control area).
SIDE_COLOURS: Final[dict[str, str]] = {
    "regime": "#c0392b",
    "pro_iran_foreign": "#8e44ad",
    "russia": "#7b241c",
    "isis": "#1c1c1c",
    "sdf": "#d4ac0d",
    "turkey_factions": "#27ae60",
    "hts_rebels": "#5d6d7e",
    "civilians": "#2e86c1",
    "coalition": "#1f618d",
    "israel": "#2874a6",
    "unknown": "#95a5a6",
}

SIDE_LABELS: Final[dict[str, str]] = {
    "regime": "Regime forces and allies",
    "pro_iran_foreign": "Iran-backed foreign militias",
    "russia": "Russian forces",
    "isis": "ISIS",
    "sdf": "SDF",
    "turkey_factions": "Opposition / Turkish-backed factions",
    "hts_rebels": "HTS and rebel factions",
    "civilians": "Civilians",
    "coalition": "International Coalition",
    "israel": "Israel",
    "unknown": "Unknown",
}

#: Control factions (as control snapshots name them) mapped onto the side vocabulary for colours.
FACTION_SIDE: Final[dict[str, str]] = {
    "regime": "regime",
    "sdf": "sdf",
    "rebels": "hts_rebels",
    "hts": "hts_rebels",
    "hts_rebels": "hts_rebels",
    "isis": "isis",
    "turkey": "turkey_factions",
    "turkey_factions": "turkey_factions",
    "russia": "russia",
    "pro_iran_foreign": "pro_iran_foreign",
}

#: Fills of control areas by faction, as control snapshots name them (drawn under everything else).
CONTROL_FILLS: Final[dict[str, str]] = {
    "regime": "#f5b7b1",
    "sdf": "#f9e79f",
    "turkey": "#a9dfbf",
    "turkey_factions": "#a9dfbf",
    "rebels": "#d6eaf8",
    "hts": "#c8c8c8",
    "hts_rebels": "#c8c8c8",
    "isis": "#808b96",
    "russia": "#e6b0aa",
    "pro_iran_foreign": "#d2b4de",
    "contested": "#fdebd0",
    "other": "#eaeded",
}

CONTROL_LABELS: Final[dict[str, str]] = {
    "regime": "Regime", "sdf": "SDF", "turkey": "Turkey and allied factions",
    "turkey_factions": "Turkey and allied factions", "rebels": "Rebel factions", "hts": "HTS",
    "hts_rebels": "HTS and rebels", "isis": "ISIS", "russia": "Russian forces", "pro_iran_foreign": "Iran-backed militias",
    "contested": "Contested", "other": "Other",
}

#: Matplotlib marker per event type (shape = type, size = fatalities, colour = perpetrator).
TYPE_MARKERS: Final[dict[str, str]] = {
    "attack": "o",
    "ambush": "^",
    "clash": "D",
    "shelling": "s",
    "airstrike": "P",
    "drone_strike": "X",
    "ied_landmine": "v",
    "suicide_bombing": "*",
    "assassination": "p",
    "execution": "h",
    "abduction": "<",
    "siege": ">",
    "other": "d",
}

ATTRIBUTION: Final[str] = (
    "Data: Observatory database of monitoring reports (each incident cites its source). Map: Observatory."
)


def side_colour(side: str | None) -> str:
    return SIDE_COLOURS.get(side or "unknown", SIDE_COLOURS["unknown"])


TYPE_LABELS: dict[str, str] = {
    "ied_landmine": "IED / landmine",
    "drone_strike": "Drone strike",
    "suicide_bombing": "Suicide bombing",
}


def type_label(event_type: str) -> str:
    """How an event type is written on maps and in reports."""
    return TYPE_LABELS.get(event_type, event_type.replace("_", " ").capitalize())


def side_label(side: str | None) -> str:
    return SIDE_LABELS.get(side or "unknown", (side or "unknown").replace("_", " "))


def faction_side(faction: str) -> str:
    return FACTION_SIDE.get(faction.lower(), faction.lower())


def control_fill(faction: str) -> str:
    key = faction.lower()
    return CONTROL_FILLS.get(key) or CONTROL_FILLS.get(faction_side(key), CONTROL_FILLS["other"])


def control_label(faction: str) -> str:
    key = faction.lower()
    return CONTROL_LABELS.get(key, faction.replace("_", " ").capitalize())
