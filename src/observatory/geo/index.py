"""The in-memory gazetteer: places indexed by strict, phonetic and skeleton keys, plus a fuzzy table.

Lookups return candidate entries; choosing among them (context, governorates, feature classes) is the
geocoder's job.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from observatory.geo.constructions import without_qualifier
from observatory.geo.normalize import compact, consonant_key, name_key, phonetic_key, skeleton_key
from observatory.models import Place

# How much a feature class weighs when several places share a name (a city beats a village of its name).
CLASS_WEIGHT = {
    "admin1": 200.0, "capital": 120.0, "city": 60.0, "admin2": 40.0, "town": 15.0, "admin3": 12.0,
    "desert": 10.0, "mountain": 8.0, "field": 8.0, "base": 8.0, "station": 8.0, "dam": 8.0, "area": 8.0,
    "river": 8.0, "lake": 8.0, "checkpoint": 4.0, "camp": 4.0, "village": 3.0, "populated": 3.0, "hill": 2.0,
}

# Feature classes that answer a hint ("X mountain" prefers a mountain named X).
HINT_CLASSES = {
    "base": {"base"}, "station": {"station", "base"}, "field": {"field"}, "mountain": {"mountain", "hill"},
    "desert": {"desert", "area"}, "area": {"area", "desert", "mountain"}, "dam": {"dam"}, "camp": {"camp"},
    "checkpoint": {"checkpoint"}, "river": {"river"}, "lake": {"lake", "dam"},
    "village": {"village", "populated", "town"}, "town": {"town", "city", "populated", "village", "admin3"},
    "city": {"city", "capital", "town", "admin1", "admin2"},
}
SETTLEMENT_CLASSES = frozenset({"city", "capital", "town", "village", "populated", "admin3", "admin2"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer place with its weight for disambiguation."""

    place: Place
    weight: float

    @property
    def admin1(self) -> str | None:
        return self.place.admin1


def entry_weight(place: Place) -> float:
    """Class weight, raised by population; the curated supplement lists the places conflict reports name,
    so its entries weigh more than a same-named village elsewhere."""
    weight = CLASS_WEIGHT.get(place.feature_class, 3.0)
    if place.population:
        weight = max(weight, 3.0 * math.log10(max(place.population, 10)))
    if place.source.startswith("supplement") and "(" not in place.name:  # "Al-Taybah (Homs)": a common name
        weight *= 8.0
    return weight


def _latin_or_arabic(name: str) -> bool:
    return all(ord(ch) < 0x0370 or "\u0600" <= ch <= "\u06ff" or "\u1e00" <= ch <= "\u1eff" or ch in "‘’ʿʾ"
               for ch in name)


def name_parts(name: str) -> list[str]:
    """A name and the names written inside it: "Sallur (al-Yamamah)" → itself, "Sallur", "al-Yamamah";
    "Rayhaniyah/Tuwainiyah" → itself and both halves."""
    parts = [name]
    paren = re.match(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$", name)
    if paren:
        parts += [f"{paren.group(1)} {paren.group(3)}".strip(), paren.group(2).strip()]
    if "/" in name:
        parts += [p.strip() for p in name.split("/")]
    return [p for p in dict.fromkeys(parts) if len(p) > 1]


def bracketed_parts(name: str) -> frozenset[str]:
    """The parts of a name written in brackets ("Suran (Hama)" → "Hama", "Al-Awja (Kabbasin)" → "Kabbasin"):
    a list's disambiguator or a nearby place as often as another name, so they are keyed as second-rank names."""
    return frozenset(m.strip() for m in re.findall(r"\(([^()]+)\)", name) if m.strip())


class GazetteerIndex:
    """Entries and their keys. Build once (``add`` then ``freeze``), then look up many times."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_phonetic: dict[str, list[int]] = defaultdict(list)
        self.by_skeleton: dict[str, list[int]] = defaultdict(list)
        # second-rank keys (bracketed parts of names): used only when no first-rank key matches
        self.by_name_bracketed: dict[str, list[int]] = defaultdict(list)
        self.by_phonetic_bracketed: dict[str, list[int]] = defaultdict(list)
        self._fuzzy_keys: list[str] = []
        self._fuzzy_ids: list[list[int]] = []

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, places: Iterable[Place]) -> None:
        for place in places:
            idx = len(self.entries)
            self.entries.append(Entry(place, entry_weight(place)))
            for name in {place.name, *place.alternate_names}:
                bracketed = bracketed_parts(name)
                for part in name_parts(name):
                    self._add_keys(idx, part, second_rank=part in bracketed)
                    base = without_qualifier(part)  # "Qasr al-Hayr al-Gharbi" is also "Qasr al-Hayr", less surely
                    if base is not None:
                        self._add_keys(idx, base, second_rank=True)

    def _add_keys(self, idx: int, name: str, *, second_rank: bool = False) -> None:
        if not name or len(name) > 120 or not _latin_or_arabic(name):
            return  # Greek, Cyrillic, CJK... names fold to nothing useful (or to a wrong Latin key)
        strict, loose = (self.by_name_bracketed, self.by_phonetic_bracketed) if second_rank else (self.by_name,
                                                                                                 self.by_phonetic)
        for table, key in ((strict, name_key(name)), (loose, phonetic_key(name)), (self.by_skeleton, skeleton_key(name))):
            if key and idx not in table[key]:
                table[key].append(idx)

    def replace_place(self, idx: int, place: Place) -> None:
        """Swap an entry's place (after admin assignment); keys stay as they are."""
        self.entries[idx] = replace(self.entries[idx], place=place)

    def freeze(self) -> None:
        """Build the fuzzy table (call after the last ``add``)."""
        table: dict[str, set[int]] = defaultdict(set)
        for key, ids in self.by_phonetic.items():
            table[key.replace(" ", "")].update(ids)
        self._fuzzy_keys = list(table)
        self._fuzzy_ids = [sorted(table[k]) for k in self._fuzzy_keys]

    # -- lookups ---------------------------------------------------------------------------------------------

    def exact(self, name: str) -> tuple[list[int], float]:
        """Entries whose strict or phonetic key equals the name's, with the match score."""
        strict = self.by_name.get(name_key(name), [])
        loose = self.by_phonetic.get(phonetic_key(name), [])
        ids = list(dict.fromkeys([*strict, *loose]))  # other spellings of the same sound compete too
        if not ids:
            strict = self.by_name_bracketed.get(name_key(name), [])
            ids = list(dict.fromkeys([*strict, *self.by_phonetic_bracketed.get(phonetic_key(name), [])]))
            return (ids, 0.9 if strict else 0.85) if ids else ([], 0.0)
        return ids, 1.0 if strict else 0.95

    def same_consonants(self, name: str, idx: int, min_ratio: float = 85.0) -> bool:
        """Whether the name and the entry's own name (not an alternate: GeoNames lists many loose ones) share
        consonants and semivowels, and their phonetic spellings are still close (vowels may differ a little)."""
        key, query = consonant_key(name), compact(name)
        return any(consonant_key(part) == key and fuzz.ratio(query, compact(part)) >= min_ratio
                   for part in name_parts(self.entries[idx].place.name))

    def by_primary_name(self, idx: int, name: str) -> bool:
        """Whether the name matches the entry's own name (not one of its alternates, such as a classical name)."""
        key = phonetic_key(name)
        return any(phonetic_key(part) == key for part in name_parts(self.entries[idx].place.name))

    def skeleton(self, name: str) -> tuple[list[int], float]:
        """Entries sharing the consonant skeleton whose phonetic spelling is also close."""
        key = skeleton_key(name)
        if len(key) < 2:
            return [], 0.0
        query = compact(name)
        min_ratio = 70.0
        ids = [i for i in self.by_skeleton.get(key, ()) if self._closest(query, i) >= min_ratio]
        return (ids, 0.85) if ids else ([], 0.0)

    def _closest(self, query: str, idx: int) -> float:
        place = self.entries[idx].place
        return max(fuzz.ratio(query, compact(n)) for n in (place.name, *place.alternate_names) if n)

    def fuzzy(self, name: str, cutoff: float = 92.0) -> tuple[list[int], float]:
        """Entries whose compact phonetic key is close to the name's (ties within 2 points kept)."""
        query = compact(name)
        if len(query) < 6 or not self._fuzzy_keys:
            return [], 0.0
        hits = process.extract(query, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        if not hits:
            return [], 0.0
        best = hits[0][1]
        ids: list[int] = []
        for _key, score, pos in hits:
            if score >= best - 2.0:
                ids.extend(i for i in self._fuzzy_ids[pos] if i not in ids)
        return ids, round(0.9 * best / 100.0, 3)
