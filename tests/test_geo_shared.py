"""Quality guard on the real data in ../shared: OCHA boundaries, the places list and the dev toponyms.

The floors sit a little under the figures recorded in docs/benchmarks.md (## Geo), so a change that makes
geocoding worse fails here.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from observatory.geo import Geocoder
from observatory.geo.boundaries import country_outline, load_admin_areas
from observatory.geo.importers import import_path
from observatory.store import Store

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def loaded(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Geocoder]:
    store = Store.open(str(tmp_path_factory.mktemp("geo") / "shared.db"))
    for name in ("syr_admin0", "syr_admin1", "syr_admin2", "syr_admin3", "syr_admincapitals"):
        import_path(store, shared_data / "boundaries" / f"{name}.geojson")
    import_path(store, shared_data / "geo" / "syria_control_places_2017.csv", "places")
    return store, Geocoder.from_store(store)


def _score(geocoder: Geocoder, gold: Path, out: Path, scorer: Path | None = None) -> dict[str, float]:
    with out.open("w", encoding="utf-8") as fh:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                result = geocoder.geocode(row["name"], row.get("context"))
                fh.write(json.dumps({"id": row["id"], **result.to_contract()}) + "\n")
    scorer = scorer or gold.parents[2] / "tools" / "score_geocoding.py"
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(out)], capture_output=True, text=True, check=True)
    metrics: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return metrics


def test_ocha_import_counts_and_outline(loaded: tuple[Store, Geocoder]) -> None:
    store, geocoder = loaded
    assert [len(load_admin_areas(store, level)) for level in (0, 1, 2, 3)] == [1, 14, 62, 272]
    assert {a.name for a in load_admin_areas(store, 1)} == {
        "Damascus", "Aleppo", "Rural Damascus", "Homs", "Hama", "Lattakia", "Idleb", "Al-Hasakeh", "Deir-ez-Zor",
        "Tartous", "Ar-Raqqa", "Dar'a", "As-Sweida", "Quneitra"}
    outline = country_outline(store)
    assert 18.0 < outline.area < 19.5  # square degrees: Syria's ~185,000 km²
    assert geocoder.governorate_of(34.56, 38.27) == ("Homs", "SY04")
    assert geocoder.district_of(34.56, 38.27)[0] == "Tadmor"
    assert geocoder.governorates_of([34.56, 36.20, 48.85], [38.27, 37.13, 2.35]) == [
        ("Homs", "SY04"), ("Aleppo", "SY02"), (None, None)]
    result = geocoder.geocode("Palmyra")
    assert result.admin2 == "Tadmor" and result.admin2_pcode is not None


def test_sohr_toponyms(loaded: tuple[Store, Geocoder], shared_data: Path, tmp_path: Path) -> None:
    metrics = _score(loaded[1], shared_data / "geo" / "sohr_toponyms_dev.jsonl", tmp_path / "sohr.jsonl")
    assert metrics["governorate_precision"] >= 0.97
    assert metrics["governorate_accuracy"] >= 0.92
    assert metrics["within_25km"] >= 0.91


def test_ucdp_toponyms(loaded: tuple[Store, Geocoder], shared_data: Path, tmp_path: Path) -> None:
    metrics = _score(loaded[1], shared_data / "geo" / "ucdp_toponyms_dev.jsonl", tmp_path / "ucdp.jsonl")
    assert metrics["governorate_precision"] >= 0.935
    assert metrics["governorate_accuracy"] >= 0.585


def test_ucdp_held_out_half(loaded: tuple[Store, Geocoder], shared_data: Path, tmp_path: Path) -> None:
    """Half B of the UCDP strings (sha1 of the string, odd; see bench/bench_geo.py), which no rule was tuned on."""
    rows = (shared_data / "geo" / "ucdp_toponyms_dev.jsonl").read_text(encoding="utf-8").splitlines()
    held_out = [line for line in rows if line.strip()
                and int(hashlib.sha1(json.loads(line)["name"].encode("utf-8")).hexdigest(), 16) % 2 == 1]
    assert len(held_out) == 470
    gold = tmp_path / "half-b.jsonl"
    gold.write_text("\n".join(held_out) + "\n", encoding="utf-8")
    metrics = _score(loaded[1], gold, tmp_path / "b.jsonl", scorer=shared_data.parent / "tools" / "score_geocoding.py")
    assert metrics["governorate_precision"] >= 0.93
    assert metrics["governorate_accuracy"] >= 0.55


def test_embedded_default_alone(shared_data: Path, tmp_path: Path) -> None:
    metrics = _score(Geocoder.default(), shared_data / "geo" / "sohr_toponyms_dev.jsonl", tmp_path / "d.jsonl")
    assert metrics["governorate_precision"] >= 0.96
    assert metrics["governorate_accuracy"] >= 0.76
    metrics = _score(Geocoder.default(), shared_data / "geo" / "ucdp_toponyms_dev.jsonl", tmp_path / "u.jsonl")
    assert metrics["governorate_precision"] >= 0.94
