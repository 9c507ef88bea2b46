"""Boundaries: the embedded outline, the Euphrates, admin areas imported into a store, point-in-polygon."""

from __future__ import annotations

import json
from pathlib import Path

import shapely
from shapely.geometry import Point, box

from observatory.geo.boundaries import SYRIA_OUTLINE, AdminArea, AdminIndex, country_outline, load_admin_areas
from observatory.geo.importers import import_path
from observatory.geo.rivers import bank_of, euphrates_line
from observatory.store import Store


def test_embedded_outline_holds_syrian_cities_and_not_neighbouring_capitals() -> None:
    outline = country_outline(None)
    assert outline is SYRIA_OUTLINE and outline.is_valid
    for lon, lat in [(36.29, 33.51), (37.13, 36.20), (40.14, 35.34), (38.27, 34.56), (42.0, 37.0), (35.79, 35.52),
                     (36.10, 32.62), (41.22, 37.04)]:
        assert outline.contains(Point(lon, lat)), (lon, lat)
    for lon, lat in [(35.50, 33.89), (35.93, 31.95), (44.36, 33.31), (32.86, 39.93), (35.21, 31.77)]:
        assert not outline.contains(Point(lon, lat)), (lon, lat)
    assert 40 <= len(SYRIA_OUTLINE.exterior.coords) <= 80


def test_euphrates_runs_from_jarabulus_to_abu_kamal() -> None:
    line = euphrates_line()
    start, end = line.coords[0], line.coords[-1]
    assert abs(start[0] - 38.01) < 0.1 and abs(start[1] - 36.83) < 0.1  # Jarabulus
    assert abs(end[0] - 40.98) < 0.1 and abs(end[1] - 34.42) < 0.1  # the Iraqi border at Abu Kamal
    assert line.distance(Point(39.01, 35.95)) < 0.05  # Raqqa
    assert line.distance(Point(40.14, 35.34)) < 0.05  # Deir ez-Zor
    assert bank_of(35.95, 39.01) == "east"  # Raqqa city lies on the left (Jazirah) bank
    assert bank_of(34.89, 38.87) is None  # al-Sukhnah is far from the river


def _write_admin_fixture(path: Path) -> None:
    """Two made-up governorates side by side, OCHA attribute names."""
    features = []
    for pcode, name, x0 in (("SY04", "Homs", 36.0), ("SY09", "Deir-ez-Zor", 39.0)):
        geom = shapely.geometry.mapping(box(x0, 34.0, x0 + 3.0, 36.0))
        features.append({"type": "Feature", "geometry": geom,
                         "properties": {"adm1_name": name, "adm1_name1": "", "adm1_pcode": pcode, "adm0_pcode": "SY"}})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def test_imported_admin_areas_are_loaded_and_located(tmp_path: Path, tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    assert load_admin_areas(store, 1) == []
    fixture = tmp_path / "admin1.geojson"
    _write_admin_fixture(fixture)
    summary = import_path(store, fixture)
    assert summary.fmt == "ocha-boundaries" and summary.areas == 2
    areas = load_admin_areas(store, 1)
    assert [(a.pcode, a.name, a.level, a.parent_pcode) for a in areas] == [("SY04", "Homs", 1, "SY"),
                                                                           ("SY09", "Deir-ez-Zor", 1, "SY")]
    assert isinstance(areas[0], AdminArea) and areas[0].geometry.area > 5
    index = AdminIndex(areas)
    assert index.locate(35.0, 37.0).pcode == "SY04"  # type: ignore[union-attr]
    assert index.locate(35.0, 40.0).pcode == "SY09"  # type: ignore[union-attr]
    assert index.locate(30.0, 30.0) is None
    found = index.locate_many([35.0, 35.0, 30.0], [37.0, 40.0, 30.0])
    assert [a.pcode if a else None for a in found] == ["SY04", "SY09", None]
    # importing again replaces, never duplicates
    import_path(store, fixture)
    assert len(load_admin_areas(store, 1)) == 2
    assert country_outline(store) is SYRIA_OUTLINE  # no admin0 imported yet
