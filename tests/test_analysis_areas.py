"""Areas in km² on the ellipsoid: a governorate polygon and a hull of four towns against independent references."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyproj import Geod, Transformer
from shapely.geometry import Polygon, shape

from observatory.analysis.areas import activity_area, area_of_points, geodesic_disc, geodesic_km2
from observatory.analysis.regions import embedded_regions
from observatory.cli import cli
from observatory.errors import AnalysisError
from observatory.models import Event, GeoPrecision, Location
from observatory.store import Store

# Four towns (lat, lon), rounded public coordinates: Palmyra, As-Sukhnah, Deir ez-Zor, Al-Mayadin.
TOWNS = {"Palmyra": (34.5600, 38.2800), "As-Sukhnah": (34.8800, 38.8700), "Deir ez-Zor": (35.3300, 40.1400),
         "Al-Mayadin": (35.0200, 40.4500)}


def equal_area_km2(geom: Polygon) -> float:
    """Independent reference, as PostGIS geography computes it (edges are geodesics): densify every edge along
    its geodesic (1 km steps), project to a Lambert azimuthal equal-area centred on Syria, take the planar area."""
    geod = Geod(ellps="WGS84")
    to_laea = Transformer.from_crs("EPSG:4326", "+proj=laea +lat_0=35 +lon_0=38.5 +ellps=WGS84", always_xy=True)
    polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    total = 0.0
    for poly in polys:
        ring = list(poly.exterior.coords)
        pts: list[tuple[float, float]] = []
        for (x0, y0), (x1, y1) in zip(ring[:-1], ring[1:], strict=True):
            _, _, dist = geod.inv(x0, y0, x1, y1)
            pts.append((x0, y0))
            if dist > 1000:
                pts.extend(geod.npts(x0, y0, x1, y1, int(dist // 1000)))
        xs, ys = to_laea.transform([p[0] for p in pts], [p[1] for p in pts])
        total += Polygon(zip(xs, ys, strict=True)).area
        for hole in poly.interiors:
            hx, hy = to_laea.transform(*zip(*hole.coords, strict=True))
            total -= Polygon(zip(hx, hy, strict=True)).area
    return total / 1e6


def event(i: int, lat: float, lon: float, precision: GeoPrecision = GeoPrecision.PLACE) -> Event:
    return Event(id=f"e{i}", date_start=date(2019, 4, 1), event_type="attack", perpetrator_side="isis",
                 location=Location(lat=lat, lon=lon, precision=precision))


@pytest.mark.shared
def test_governorate_area_matches_ocha_and_equal_area(shared_data: Path) -> None:
    data = json.loads((shared_data / "boundaries" / "syr_admin1.geojson").read_text(encoding="utf-8"))
    homs = next(f for f in data["features"] if f["properties"]["adm1_name"] == "Homs")
    geom = shape(homs["geometry"])
    ours = geodesic_km2(geom)
    assert ours == pytest.approx(homs["properties"]["area_sqkm"], rel=0.005)
    assert ours == pytest.approx(equal_area_km2(geom), rel=0.005)
    assert 40_000 < ours < 46_000


def test_hull_of_four_towns_matches_equal_area_reference() -> None:
    events = [event(i, lat, lon) for i, (lat, lon) in enumerate(TOWNS.values())]
    result = activity_area(events, method="hull")
    assert result.events == 4 and result.left_out == 0
    assert result.km2 == pytest.approx(equal_area_km2(result.geometry), rel=0.005)
    assert 4_000 < result.km2 < 12_000


def test_buffered_area_grows_with_precision_radius() -> None:
    pts = [event(i, lat, lon) for i, (lat, lon) in enumerate(TOWNS.values())]
    vague = [event(i, lat, lon, GeoPrecision.REGION) for i, (lat, lon) in enumerate(TOWNS.values())]
    hull = activity_area(pts, "hull").km2
    buffered = activity_area(pts, "buffered").km2
    wider = activity_area(vague, "buffered").km2
    assert hull < buffered < wider
    disc = geodesic_km2(geodesic_disc(38.0, 35.0, 10.0, n=256))
    assert disc == pytest.approx(3.14159 * 100, rel=0.005)


def test_clip_to_region_and_missing_coordinates() -> None:
    desert = next(r.geometry for r in embedded_regions() if r.name == "Syrian Desert")
    far = [event(0, 35.0, 38.5), event(1, 33.5, 36.3), event(2, 36.2, 37.1), event(3, 34.9, 40.7)]
    unclipped = activity_area(far, "hull").km2
    clipped = activity_area(far, "hull", clip=desert).km2
    assert 0 < clipped < unclipped
    no_xy = Event(id="n", date_start=None, event_type="attack", location=Location(name="somewhere"))
    assert activity_area([no_xy], "hull").left_out == 1
    with pytest.raises(AnalysisError):
        area_of_points([(38.0, 35.0, 5.0)], method="kriging")


def test_cli_area(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, [event(i, lat, lon) for i, (lat, lon) in enumerate(TOWNS.values())])
    res = CliRunner().invoke(cli, ["area", "--db", str(tmp_db), "--side", "isis", "--clip", "none", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["events"] == 4 and data["km2"] > 4000
    res = CliRunner().invoke(cli, ["area", "--db", str(tmp_db), "--method", "buffered", "--clip", "Badia"])
    assert res.exit_code == 0 and "km²" in res.output
