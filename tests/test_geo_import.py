"""`observatory gazetteer import` and `observatory geocode` through the CLI, on small files written here."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.cli import cli
from observatory.geo import Geocoder
from observatory.geo.importers import detect_format, import_path
from observatory.store import Store
from observatory.store.gazetteer import gazetteer_counts, read_places


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def geonames_line(gid: int, name: str, alternates: str, lat: float, lon: float, code: str, admin1: str,
                  population: int = 0) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), code[0], code[1:], "SY", "", admin1, "", "", "",
            str(population), "", "300", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cols)


def write_geonames(path: Path) -> None:
    # made-up ids; names and positions of real villages near Palmyra and al-Mayadin (the last is invented)
    lines = [
        geonames_line(9000001, "Qasr al Hayr ash Sharqi", "Qasr al-Hayr al-Sharqi,قصر الحير الشرقي", 35.07, 38.35,
                      "PPPL", "11"),
        geonames_line(9000002, "Mahkan", "Mihqan,محكان", 34.96, 40.58, "PPPL", "07", 9000),
        geonames_line(9000003, "Jabal Tudmur Lookout", "", 34.60, 38.20, "TMT", "11"),
        geonames_line(9000004, "Hotel Example", "", 34.55, 38.27, "SHTL", "11"),
        "not\ta\tvalid\tline",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_geonames_dump_import_then_geocode(tmp_path: Path, tmp_db: Path) -> None:
    dump = tmp_path / "SY.txt"
    write_geonames(dump)
    assert detect_format(dump) == "geonames"
    code, out, _ = run("gazetteer", "import", str(dump), "--db", str(tmp_db))
    assert code == 0, out
    assert "(geonames): 3 places read, 3 new" in out
    assert "1 rows skipped (lines or features 5)" in out
    code, out, _ = run("geocode", "Mihqan town", "--db", str(tmp_db))
    row = json.loads(out)
    assert code == 0 and row["admin1"] == "Deir-ez-Zor" and row["matched"] == "Mahkan" and row["precision"] == 1
    # idempotent: the same file again adds nothing
    code, out, _ = run("gazetteer", "import", str(dump), "--db", str(tmp_db))
    assert "3 places read, 0 new" in out
    # a zipped dump (as GeoNames publishes it) works too
    zipped = tmp_path / "SY.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(dump, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    assert detect_format(zipped) == "geonames"
    summary = import_path(Store.open(str(tmp_db)), zipped)
    assert summary.seen == 3


def test_place_list_keeps_extra_columns_and_feeds_the_geocoder(tmp_path: Path, tmp_db: Path) -> None:
    places = tmp_path / "control.csv"
    places.write_text(
        "name,lat,lon,faction,feature_type,notes\n"
        "Bir Ghazal,34.95,39.10,isis,place,made-up test row\n"
        "Hill 413,35.00,39.20,regime,hill,\n"
        "No Coordinates,,,regime,place,\n", encoding="utf-8")
    code, out, _ = run("gazetteer", "import", str(places), "--format", "places", "--db", str(tmp_db))
    assert code == 0
    assert "2 places read, 2 new; 1 rows skipped (lines or features 4)" in out
    store = Store.open(str(tmp_db))
    stored = {p.name: (p, extra) for p, extra in read_places(store)}
    assert stored["Bir Ghazal"][1] == {"faction": "isis", "notes": "made-up test row"}
    assert stored["Hill 413"][0].feature_class == "hill"
    geocoder = Geocoder.from_store(store)
    result = geocoder.geocode("Bir Ghazal village")
    assert result.resolved and result.admin1 is not None  # governorate from the nearest labelled place
    assert Geocoder.default().geocode("Bir Ghazal village").resolved is False


def test_geojson_points_are_places(tmp_path: Path, tmp_db: Path) -> None:
    layer = tmp_path / "points.geojson"
    layer.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [38.9, 35.1]},
         "properties": {"name": "Wadi Test", "faction": "sdf"}}]}), encoding="utf-8")
    assert detect_format(layer) == "places"
    summary = import_path(Store.open(str(tmp_db)), layer)
    assert (summary.seen, summary.added) == (1, 1)


def test_geocode_jsonl_contract(tmp_path: Path) -> None:
    requests = tmp_path / "in.jsonl"
    requests.write_text(
        json.dumps({"id": "a", "name": "Al-Kom", "context": "ISIS attack in the Homs desert"}) + "\n"
        + json.dumps({"id": "b", "name": "Paris"}) + "\n\n", encoding="utf-8")
    code, out, _ = run("geocode", "--format", "jsonl", str(requests))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["admin1"] == "Homs" and rows[0]["admin1_pcode"] == "SY04" and rows[0]["lat"] is not None
    assert rows[1]["lat"] is None and rows[1]["lon"] is None and rows[1]["reason"]
    for key in ("name", "matched", "lat", "lon", "admin1", "admin1_pcode", "admin2", "precision", "score"):
        assert key in rows[0]


def test_geocode_single_name_json_and_stdin() -> None:
    code, out, _ = run("geocode", "Deir Ezzor", "--format", "json")
    assert code == 0 and json.loads(out)["admin1"] == "Deir-ez-Zor"
    code, out, _ = run("geocode", "-", "--format", "jsonl", input='{"id": 7, "name": "Palmyra"}\n')
    assert code == 0 and json.loads(out)["id"] == 7


@pytest.mark.parametrize(("content", "message"), [
    ("{not json\n", "in.jsonl:1: not JSON"),
    ('{"id": 1}\n', 'in.jsonl:1: each line needs a "name" string'),
])
def test_geocode_jsonl_errors_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "in.jsonl"
    bad.write_text(content, encoding="utf-8")
    code, _, err = run("geocode", "--format", "jsonl", str(bad))
    assert code == 1
    assert message in err and "fix:" in err


def test_import_errors(tmp_path: Path, tmp_db: Path) -> None:
    code, _, err = run("gazetteer", "import", str(tmp_path / "missing.csv"), "--db", str(tmp_db))
    assert code == 2 and "does not exist" in err
    broken = tmp_path / "broken.geojson"
    broken.write_text("{\"type\": \"FeatureCollection\", \"features\": 3}", encoding="utf-8")
    code, _, err = run("gazetteer", "import", str(broken), "--format", "ocha-boundaries", "--db", str(tmp_db))
    assert code == 1 and "broken.geojson: no 'features' list" in err


def test_shapefile_boundaries(tmp_path: Path, tmp_db: Path) -> None:
    import shapefile

    base = tmp_path / "syr_admin1"
    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON) as w:
        w.field("ADM1_EN", "C")
        w.field("ADM1_PCODE", "C")
        w.field("ADM0_PCODE", "C")
        w.poly([[[36.0, 34.0], [36.0, 36.0], [39.0, 36.0], [39.0, 34.0], [36.0, 34.0]]])
        w.record("Homs", "SY04", "SY")
    shp = base.with_suffix(".shp")
    assert detect_format(shp) == "ocha-boundaries"
    code, out, _ = run("gazetteer", "import", str(shp), "--db", str(tmp_db))
    assert code == 0 and "1 admin areas stored" in out
    assert gazetteer_counts(Store.open(str(tmp_db)))["admin1"] == 1
    code, out, _ = run("gazetteer", "info", "--db", str(tmp_db))
    assert code == 0 and "imported admin1" in out
