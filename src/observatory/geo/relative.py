"""Relative place phrases: "the northeastern desert of Al-Suwaidaa", "east of al-Sukhnah", "Homs-Palmyra road",
"Al-Mayadeen desert", "the west bank of the Euphrates".

:func:`parse_relative` turns a phrase into a :class:`Relative` (anchors + how to move from them); the
geocoder resolves the anchors and :func:`offset_point` moves the point. Offsets are deliberately modest
(10-25 km): the result is an area's representative point, flagged with precision 2 or 3.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0, "southwest": 225.0,
    "west": 270.0, "northwest": 315.0,
}

_DIR = (r"(?P<dir>(?:north|south)[ -]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?"
        r"|(?:n|s|e|w|ne|nw|se|sw)\.?)")
_AREA = (r"(?P<area>desert|badia|badiya|countryside|outskirts|suburbs|environs|surroundings|vicinity|areas?|villages|"
         r"farms|mountains?|hills|plains?|steppe|side|parts?|sector|axis|fronts?|borders?)")
_AREA_KM = {"desert": 25.0, "badia": 25.0, "badiya": 25.0, "steppe": 25.0, "countryside": 15.0, "outskirts": 5.0,
            "suburbs": 5.0, "environs": 5.0, "surroundings": 5.0, "vicinity": 3.0, "mountains": 15.0,
            "mountain": 15.0, "hills": 10.0}


@dataclass(frozen=True, slots=True)
class Relative:
    """A phrase placed relative to one or two anchors."""

    anchor: str
    kind: str  # area, direction, near, road, bank, between
    direction: str | None = None  # one of BEARINGS
    distance_km: float = 0.0
    second: str | None = None  # the other end of a road
    precision: int = 2


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().replace("-", "").replace(" ", "").replace(".", "").replace("ern", "")
    short = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
             "se": "southeast", "sw": "southwest"}
    w = short.get(w, w)
    return w if w in BEARINGS else None


def clean_phrase(text: str) -> str:
    """Lower-case, accents folded, quotes and repeated spaces removed; hyphens kept."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\"“”«»]", "", text).replace("–", "-").replace("—", "-")
    text = re.sub(r"\s*-\s+|\s+-\s*", " - ", text)
    return " ".join(text.lower().split()).strip(" .,;:")


_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), kind) for p, kind in (
    (r"^(?:the )?(?:road|highway|route) (?:between|linking|connecting|from) (?P<a>.+?) (?:and|to|with) (?P<b>.+)$", "road"),
    (r"^(?:the )?(?P<dir>west|east|western|eastern|left|right) (?:bank|side|shore)s? of (?:the )?euphrates(?: river)?$",
     "bank"),
    (r"^(?:the )?(?:euphrates(?: river)?|river)'?s? (?P<dir>west|east|western|eastern) (?:bank|side)$", "bank"),
    (rf"^(?:in |at |on )?(?:the )?(?:{_DIR} )?{_AREA} (?:of|around|near|in) (?:the )?(?P<a>.+)$", "area"),
    (rf"^(?:in |at )?(?:the )?{_DIR} (?:of|from) (?:the )?(?P<a>.+)$", "direction"),
    (r"^(?:near|around|close to|nearby|next to|outside|in the vicinity of|on the outskirts of|by) (?:the )?(?P<a>.+)$",
     "near"),
    (rf"^(?P<a>.+?)(?:'s)? {_DIR} {_AREA}$", "area"),
    (rf"^(?:the )?{_DIR} (?P<a>.+?)(?: {_AREA})?$", "area"),
    (rf"^(?P<a>.+?) {_AREA}$", "area"),
))


def parse_relative(text: str) -> Relative | None:
    """The relative reading of a phrase, or None when it names a place plainly."""
    phrase = clean_phrase(text)
    for pattern, kind in _PATTERNS:
        m = pattern.match(phrase)
        if m is None:
            continue
        groups = m.groupdict()
        direction = _direction(groups.get("dir"))
        if kind == "road":
            return Relative(anchor=groups["a"], kind="road", second=groups["b"], precision=2)
        if kind == "bank":
            side = "west" if (groups.get("dir") or "").startswith(("west", "right")) else "east"
            return Relative(anchor="euphrates", kind="bank", direction=side, precision=3)
        anchor = groups["a"].strip(" -,")
        if not anchor or anchor == phrase:
            continue
        area = (groups.get("area") or "").lower()
        if kind == "near":
            return Relative(anchor=anchor, kind="near", distance_km=0.0, precision=2)
        if kind == "direction":
            return Relative(anchor=anchor, kind="direction", direction=direction, distance_km=10.0, precision=2)
        distance = _AREA_KM.get(area, 10.0) if direction else 0.0
        precision = 3 if area in ("desert", "badia", "badiya", "steppe", "countryside", "mountains") or direction else 2
        return Relative(anchor=anchor, kind="area", direction=direction, distance_km=distance, precision=precision)
    return None


def road_ends(text: str) -> list[tuple[str, str]]:
    """Ways to split "Homs-Palmyra road" / "Al-Sukhna-Deir ez-Zour road" into two ends, most even split first."""
    phrase = clean_phrase(text)
    m = re.match(r"^(?:the )?(?P<body>.+?) (?:road|highway|route|motorway)$", phrase)
    if m is None:
        return []
    body = m.group("body")
    cuts = [i for i, ch in enumerate(body) if ch == "-"]
    splits = [(body[:i].strip(" -"), body[i + 1:].strip(" -")) for i in cuts]
    splits = [(a, b) for a, b in splits if len(a) > 2 and len(b) > 2 and not re.search(r"(^| )(al|el|as|ad|ar|ash|"
                                                                                         r"at|az|an|ez|ed|es|um|abu)$", a)]
    return sorted(splits, key=lambda ab: abs(len(ab[0]) - len(ab[1])))


def offset_point(lat: float, lon: float, direction: str | None, km: float) -> tuple[float, float]:
    """Move a point km kilometres towards a compass direction (none: unchanged)."""
    if direction is None or km <= 0:
        return lat, lon
    bearing = math.radians(BEARINGS[direction])
    dlat = km * math.cos(bearing) / 111.0
    dlon = km * math.sin(bearing) / (111.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)
