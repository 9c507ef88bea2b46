"""Control snapshots: points to Voronoi faction areas clipped to the country, polygons, CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import shapely
from click.testing import CliRunner

from observatory.analysis.areas import geodesic_km2
from observatory.analysis.control import control_areas, country_geometry, import_control, voronoi_areas
from observatory.cli import cli
from observatory.errors import AnalysisError, InputError
from observatory.store import Store


def test_voronoi_two_points_split_a_square() -> None:
    square = shapely.box(37.0, 34.0, 38.0, 35.0)
    areas = voronoi_areas([(37.25, 34.5, "regime"), (37.75, 34.5, "isis")], square)
    assert {a.faction for a in areas} == {"regime", "isis"}
    total = geodesic_km2(square)
    assert sum(a.km2 for a in areas) == pytest.approx(total, rel=1e-6)
    west = next(a for a in areas if a.faction == "regime")
    assert west.geometry.bounds[2] == pytest.approx(37.5)


def test_points_csv_with_dates_and_snapshots(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    csv = tmp_path / "points.csv"
    csv.write_text("name,lat,lon,faction,date\n"
                   "Palmyra,34.56,38.28,isis,2016-01-01\nHoms,34.73,36.72,regime,2016-01-01\n"
                   "Palmyra,34.56,38.28,regime,2017-03-02\nHoms,34.73,36.72,regime,2017-03-02\n"
                   "Raqqa,35.95,39.01,isis,2017-03-02\nbroken,abc,1,regime,2017-03-02\n")
    res = import_control(store, csv)
    assert res.points == 5 and len(res.skipped) == 1 and ":7:" in res.skipped[0]
    early = control_areas(store, date(2016, 6, 1))
    assert early.date == date(2016, 1, 1) and {a.faction for a in early.areas} == {"isis", "regime"}
    late = control_areas(store, date(2019, 1, 1))
    assert late.date == date(2017, 3, 2)
    outline_km2 = geodesic_km2(country_geometry(store))
    assert sum(a.km2 for a in late.areas) == pytest.approx(outline_km2, rel=1e-3)
    with pytest.raises(AnalysisError):
        control_areas(store, date(2010, 1, 1))
    bad = tmp_path / "bad.csv"
    bad.write_text("place,lat\nx,1\n")
    with pytest.raises(InputError):
        import_control(store, bad)


def test_polygons_take_precedence(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    gj = tmp_path / "control.geojson"
    feats = [{"type": "Feature", "properties": {"faction": "SDF", "date": "2019-04-01"},
              "geometry": shapely.geometry.mapping(shapely.box(39.5, 35.5, 41.0, 36.8))},
             {"type": "Feature", "properties": {"faction": "isis", "date": "2019-04-01"},
              "geometry": shapely.geometry.mapping(shapely.box(38.0, 34.5, 38.5, 35.0))}]
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    assert import_control(store, gj).polygons == 2
    snap = control_areas(store, date(2019, 4, 20))
    assert snap.method == "polygons" and [a.faction for a in snap.areas] == ["sdf", "isis"]
    assert snap.areas[1].km2 == pytest.approx(geodesic_km2(shapely.box(38.0, 34.5, 38.5, 35.0)), rel=1e-6)


@pytest.mark.shared
def test_real_2017_control_list(shared_data: Path, tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    path = shared_data / "geo" / "syria_control_places_2017.csv"
    runner = CliRunner()
    res = runner.invoke(cli, ["control", "--db", str(tmp_db), "--import", str(path), "--date", "2017-07-01"])
    assert res.exit_code == 0, res.output
    assert "Imported 6" in res.output
    res = runner.invoke(cli, ["control", "--db", str(tmp_db), "--date", "2017-12-31", "--format", "json"])
    assert res.exit_code == 0, res.output
    snap = json.loads(res.output)
    km2 = {a["faction"]: a["km2"] for a in snap["areas"]}
    assert snap["date"] == "2017-07-01" and snap["method"] == "voronoi"
    assert sum(km2.values()) == pytest.approx(geodesic_km2(country_geometry(store)), rel=1e-3)
    # mid-2017: the regime held the largest area, then the SDF and ISIS
    assert max(km2, key=km2.__getitem__) == "regime"
    assert km2["isis"] > 20_000 and km2["sdf"] > 20_000
    res = runner.invoke(cli, ["control", "--db", str(tmp_db)])
    assert res.exit_code == 2
