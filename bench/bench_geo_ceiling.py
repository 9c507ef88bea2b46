"""Upper bound for any name-only geocoder on the UCDP strings with the data a user would load here.

Run:  python bench/bench_geo_ceiling.py

For every UCDP dev string it collects every gazetteer name (embedded default, OCHA admin 2-3 names, the
imported places list) within a fuzzy similarity threshold and the governorates those candidates lie in (by
point-in-polygon on the OCHA admin1 outlines). An oracle that always picks the right one among them scores
"gold among candidates"; no matcher working from the name alone can do better on this data.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from rapidfuzz import fuzz, process

from bench_geo import DATA, build_store
from observatory.geo.boundaries import AdminIndex, load_admin_areas
from observatory.geo.default import default_places
from observatory.geo.normalize import name_key
from observatory.store.gazetteer import read_places

THRESHOLDS = (80, 85, 90, 100)


def candidate_governorates(folder: Path) -> dict[str, set[str]]:
    """Normalised name → governorates of the entries carrying it."""
    store = build_store(folder)
    governorates = load_admin_areas(store, 1)
    index = AdminIndex(governorates)

    def governorate(lat: float, lon: float) -> str | None:
        area = index.locate(lat, lon) or index.nearest(lat, lon, 0.2)
        return area.name if area else None

    names: dict[str, set[str]] = {}
    places = list(default_places()) + [p for p, _ in read_places(store)]
    for place in places:
        gov = governorate(place.lat, place.lon)
        for name in (place.name, *place.alternate_names):
            if gov and (key := name_key(name)):
                names.setdefault(key, set()).add(gov)
    for level in (2, 3):
        for area in load_admin_areas(store, level):
            point = area.geometry.representative_point()
            gov = governorate(point.y, point.x)
            if gov and (key := name_key(area.name)):
                names.setdefault(key, set()).add(gov)
    return names


def main() -> None:
    gold = [json.loads(line) for line in (DATA / "geo" / "ucdp_toponyms_dev.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        names = candidate_governorates(Path(tmp))
    keys = list(names)
    print(f"{len(gold)} UCDP strings, {len(keys)} distinct normalised gazetteer names")
    for threshold in THRESHOLDS:
        scorer = fuzz.ratio if threshold == 100 else fuzz.token_set_ratio
        right = found = 0
        for row in gold:
            hits = process.extract(name_key(row["name"]), keys, scorer=scorer, score_cutoff=threshold, limit=50)
            governorates = set().union(*(names[h[0]] for h in hits)) if hits else set()
            found += bool(hits)
            right += row["admin1"] in governorates
        print(f"similarity >= {threshold:3d}: any candidate {found / len(gold):.3f}, "
              f"gold governorate among candidates (oracle ceiling) {right / len(gold):.3f}")


if __name__ == "__main__":
    main()
