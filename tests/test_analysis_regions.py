"""Named regions: built-in polygons, user regions, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import shapely
from click.testing import CliRunner

from observatory.analysis.areas import geodesic_km2
from observatory.analysis.regions import embedded_regions, find_region, region_geometry, resolve_point, save_region
from observatory.cli import cli
from observatory.store import Store


def test_builtin_regions_hold_known_towns() -> None:
    desert = region_geometry(None, "Badia")
    east = region_geometry(None, "East of Euphrates")
    west = region_geometry(None, "west of euphrates")
    palmyra, sukhnah, damascus, hasakah, raqqa_south = (38.28, 34.56), (38.87, 34.88), (36.29, 33.51), (40.75, 36.50), (38.9, 35.5)
    assert shapely.contains_xy(desert, *palmyra) and shapely.contains_xy(desert, *sukhnah)
    assert not shapely.contains_xy(desert, *damascus) and not shapely.contains_xy(desert, *hasakah)
    assert shapely.contains_xy(east, *hasakah) and not shapely.contains_xy(east, *palmyra)
    assert shapely.contains_xy(west, *damascus) and shapely.contains_xy(west, *raqqa_south)
    assert not east.intersection(west).area > 0.01
    total = sum(geodesic_km2(r.geometry) for r in embedded_regions() if "Euphrates" in r.name)
    assert 175_000 < total < 200_000  # Syria is about 185,000 km²


def test_user_region_overrides_and_points(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    box = shapely.box(38.0, 34.0, 39.0, 35.0)
    save_region(store, "Palmyra box", box)
    assert find_region(store, "palmyra BOX").source == "user"
    assert resolve_point(store, "34.5,38.2") == (38.2, 34.5)
    lon, lat = resolve_point(store, "Palmyra box")
    assert abs(lon - 38.5) < 1e-6 and abs(lat - 34.5) < 1e-6
    path = tmp_path / "r.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Homs desert"}, "geometry": shapely.geometry.mapping(box)}]}))
    runner = CliRunner()
    res = runner.invoke(cli, ["regions", "--db", str(tmp_db), "--add", str(path)])
    assert res.exit_code == 0 and "Homs desert" in res.output
    res = runner.invoke(cli, ["regions", "--db", str(tmp_db)])
    assert res.exit_code == 0 and "Syrian Desert" in res.output and "Homs desert" in res.output
    res = runner.invoke(cli, ["regions", "--db", str(tmp_db), "--show", "Homs desert"])
    assert res.exit_code == 0 and json.loads(res.output)["properties"]["km2"] > 9000
    res = runner.invoke(cli, ["regions", "--db", str(tmp_db), "--show", "Narnia"])
    assert res.exit_code == 1 and "no region named" in res.output
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                                           "geometry": shapely.geometry.mapping(box)}]}))
    res = runner.invoke(cli, ["regions", "--db", str(tmp_db), "--add", str(bad)])
    assert res.exit_code == 1 and "no 'name' property" in res.output
