"""Places as written in a sentence, and governorates named in text (with province words).

This is not a gazetteer: only the 14 governorates and their spellings are known here; other
place names are resolved by ``observatory.geo`` when a geocoder is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

GOVERNORATE_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "Aleppo": ("Aleppo", "Halab"),
    "Al-Hasakeh": ("Al-Hasakah", "Al-Hasakeh", "Al-Hasaka", "Hasakah", "Hasakeh", "Hasaka", "Hassakeh", "Hassakah",
                   "Al-Hassakeh", "Hasake", "Al Hasakah"),
    "Ar-Raqqa": ("Ar-Raqqa", "Al-Raqqah", "Al-Raqqa", "Raqqah", "Raqqa", "Rakka", "Ar-Raqqah", "Al Raqqa"),
    "As-Sweida": ("As-Sweida", "As-Suwayda", "Al-Suwaidaa", "Al-Suwaida", "Al-Suwayda", "Suwaidaa", "Suwaida", "Suwayda",
                  "Sweida", "Sweidaa", "Al-Sweida", "Swaida", "Al-Swaidaa"),
    "Damascus": ("Damascus",),
    "Dar'a": ("Dar'a", "Daraa", "Deraa", "Dara'a", "Der'a", "Daraa's", "Dera'a"),
    "Deir-ez-Zor": ("Deir Ezzor", "Deir ez-Zor", "Deir ez Zor", "Deir-ez-Zor", "Deir al-Zour", "Deir al-Zor", "Deir Ez-Zur",
                    "Deir az-Zour", "Deir az-Zor", "Der Ezzour", "Deir Ezzour", "Deir el-Zour", "Deir Al-Zour", "Deir Ezzur",
                    "Dayr az Zawr", "Deir Ez-Zour", "Deir Ezor", "Deir Al Zour", "Deir Ez-Zor", "Deir Ezzur", "Deir Ez Zor",
                    "Deir Zor", "Deir el-Zor", "Deir-Ezzor"),
    "Hama": ("Hama", "Hamah", "Hamaa"),
    "Homs": ("Homs", "Hims"),
    "Idleb": ("Idlib", "Idleb", "Edlib"),
    "Lattakia": ("Latakia", "Lattakia", "Al-Lathiqiyah", "Lattakiya", "Latakiya"),
    "Quneitra": ("Quneitra", "Al-Quneitra", "Qunaitra", "Qunaytirah"),
    "Rural Damascus": ("Rural Damascus", "Rif Dimashq", "Rif Damascus", "Reef Damascus", "Rif Dimashk", "Damascus countryside",
                       "countryside of Damascus", "Damascus Countryside", "Eastern Ghouta", "Western Ghouta", "Qalamoun",
                       "Damascus desert", "Damascus Desert"),
    "Tartous": ("Tartus", "Tartous", "Tartouss", "Tartos"),
}

_VARIANTS = sorted(((v, g) for g, vs in GOVERNORATE_NAMES.items() for v in vs), key=lambda vg: len(vg[0]), reverse=True)
_LOOKUP = {re.sub(r"[\s'-]+", "", v.lower()): g for v, g in _VARIANTS}
_GOV_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"[\s-]+") for v, _ in _VARIANTS) + r")(?![\w])",
                     re.IGNORECASE)
#: Words showing that a governorate name means the province ("Homs countryside", "Deir Ezzor province").
_PROVINCE_AFTER = re.compile(r"^['’]?s?\s*(?:province|governorate|countryside|desert|badia|rural|outskirts|region|suburbs|"
                             r"eastern|western|northern|southern)\b", re.IGNORECASE)
_PROVINCE_BEFORE = re.compile(r"(?:province|governorate|countryside|desert|badia|outskirts|suburbs|rural|rif|areas|"
                              r"parts|countrysides|city)\s+of\s+(?:the\s+)?$|(?:\bin|\bof)\s+(?:the\s+)?(?:\w+ern\s+)?$",
                              re.IGNORECASE)

_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ath|an|ez|es|er|bin|ibn|abu|umm|um|bani|beni|tal|tel|deir|ain|wadi|jabal|jebel|of|the)"
_CAP = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?:{_PARTICLE}[-\s]+)*{_CAP}(?:[-\s]+(?:{_PARTICLE}[-\s]+)*{_CAP}){{0,4}}"
_PLACE_RE = re.compile(
    rf"\b(?:in|near|at|of|from|towards|toward|to|around|outside|inside|between|and|on|targeting|targeted|"
    rf"village of|town of|city of|area of|areas of|vicinity of|outskirts of|countryside of|desert of|road)\s+"
    rf"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)[-\s]?(?:east|west)(?:ern)?\s+)?"
    rf"(?P<name>{_NAME})"
)
_NOT_PLACE = re.compile(
    r"^(?:The|A|An|SOHR|Syrian Observatory|Observatory|ISIS|IS|Islamic State|SDF|HTS|NDF|Russian|Turkish|Iranian|"
    r"Syria|Syrian|Israel|Israeli|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Daesh|Hezbollah|Amaq|North Press|Kurdistan|"
    r"National|Regime|Government|Army|Al-Qaeda|Coalition|US|U\.S|Euphrates|Iraq|Turkey|Lebanon|Jordan|Russia|Iran)\b"
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    name: str
    start: int
    end: int
    governorate: str | None = None  # when the mention is itself a governorate name
    strong: bool = False  # a province word shows the governorate is meant


def governorate_of(name: str) -> str | None:
    """The governorate a spelling names ("Deir ez-Zor" -> "Deir-ez-Zor"), or None."""
    return _LOOKUP.get(re.sub(r"[\s'-]+", "", name.lower()))


def governorate_mentions(work: str, start: int, end: int) -> list[PlaceMention]:
    """Governorate names in work[start:end]; ``strong`` when a province word goes with them."""
    found = []
    for m in _GOV_RE.finditer(work, start, end):
        gov = governorate_of(m.group(0))
        if gov is None:
            continue
        after = work[m.end(): m.end() + 25]
        before = work[max(0, m.start() - 40): m.start()]
        if gov == "Damascus" and re.match(r"^\s*(?:countryside|desert|suburbs|Countryside)", after):
            gov = "Rural Damascus"
        if gov == "Damascus" and re.match(r"^\s*International\s+Airport|^\s*airport", after, re.IGNORECASE):
            continue
        strong = bool(_PROVINCE_AFTER.match(after) or _PROVINCE_BEFORE.search(before))
        found.append(PlaceMention(m.group(0), m.start(), m.end(), gov, strong))
    return found


def place_mentions(work: str, start: int, end: int) -> list[PlaceMention]:
    """Capitalised place phrases after locative words, in text order; governorate names flagged."""
    found: list[PlaceMention] = []
    for m in _PLACE_RE.finditer(work, start, end):
        name = m.group("name").rstrip(" -'")
        s = m.start("name")
        lead = re.match(r"(?:(?:of|the)\s+)+", name, re.IGNORECASE)
        if lead:
            name, s = name[lead.end():], s + lead.end()
        name = re.sub(r"\s+(?:of|the|and)$", "", name)
        upper = len(name) > 3 and name.replace(" ", "").replace("-", "").isupper()
        if upper and (governorate_of(name) is None or re.match(r"\s*(?:,\s*Syria|\()", work[s + len(name): s + len(name) + 12])):
            continue  # a dateline or an acronym ("DAMASCUS, Syria:", "ANHA"), not where the event happened
        if not name or _NOT_PLACE.match(name) and governorate_of(name) is None:
            continue
        if any(p.start <= s < p.end for p in found):
            continue
        gov = governorate_of(name)
        found.append(PlaceMention(name, s, s + len(name), gov, False))
    for g in governorate_mentions(work, start, end):
        if re.match(r"\s*(?:,\s*Syria|\()", work[g.end:g.end + 12]) and g.name.isupper():
            continue  # dateline
        if not any(p.start <= g.start < p.end for p in found):
            found.append(g)
        elif any(p.start == g.start and p.end < g.end for p in found):
            found = [g if p.start == g.start else p for p in found]
        else:
            found = [PlaceMention(p.name, p.start, p.end, g.governorate if p.name == g.name else p.governorate,
                                  p.strong or g.strong) if p.start <= g.start < p.end else p for p in found]
    found.sort(key=lambda p: p.start)
    return found
