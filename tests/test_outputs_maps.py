"""Static map, map data and label placement (real SQLite stores, real files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PIL import Image

from observatory.cli import cli
from observatory.errors import InputError, ObservatoryError
from observatory.models import Event, Location
from observatory.outputs import MapRequest, write_map
from observatory.outputs.labels import Label, boxes_overlap, place_labels
from observatory.outputs.mapdata import CENTRE, STORED, collect, spread
from observatory.outputs.sample import synthetic_events
from observatory.store import Store


def _store(path: Path, events: list[Event]) -> Store:
    store = Store.open(str(path))
    with store.batch("test") as (conn, batch_id):
        store.add_events(conn, batch_id, events)
    return store


@pytest.fixture()
def store(tmp_db: Path) -> Store:
    return _store(tmp_db, list(synthetic_events(400, seed=3)))


def test_png_is_wide_and_not_blank(store: Store, tmp_path: Path) -> None:
    out = write_map(store, MapRequest(title="Test map"), tmp_path / "map.png")
    with Image.open(out) as im:
        assert im.width >= 3000
        pixels = np.asarray(im.convert("L"), dtype=float)
    assert pixels.std() > 20  # a blank or single-colour image has (almost) no variance
    colours = np.asarray(Image.open(out).convert("RGB").resize((400, 320))).reshape(-1, 3)
    assert len(np.unique(colours, axis=0)) > 200


def test_svg_and_pdf_are_vector_files(store: Store, tmp_path: Path) -> None:
    svg = write_map(store, MapRequest(), tmp_path / "map.svg")
    pdf = write_map(store, MapRequest(), tmp_path / "map.pdf")
    assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_collect_filters_period_and_reports_counts(store: Store) -> None:
    everything = collect(store, MapRequest())
    assert len(everything.events) == 400
    assert everything.activity is not None and everything.activity.km2 > 10_000
    part = collect(store, MapRequest(since=date(2019, 2, 1), until=date(2019, 2, 28)))
    expected = sum(1 for e in synthetic_events(400, seed=3) if date(2019, 2, 1) <= e.date_start <= date(2019, 2, 28))
    assert len(part.events) == expected
    assert int(part.events.killed.sum()) == sum(
        e.killed_best for e in synthetic_events(400, seed=3) if date(2019, 2, 1) <= e.date_start <= date(2019, 2, 28))


def test_events_without_coordinates_are_placed_and_flagged(tmp_db: Path) -> None:
    events = [
        Event(id="a", date_start=date(2019, 4, 1), event_type="attack", location=Location(name="Nowhere-xyz", admin1="Homs")),
        Event(id="b", date_start=date(2019, 4, 2), event_type="attack", location=Location(name="Nowhere-xyz", admin1="Homs")),
        Event(id="c", date_start=date(2019, 4, 3), event_type="attack", location=Location(lat=35.0, lon=38.5)),
        Event(id="d", date_start=date(2019, 4, 3), event_type="attack", location=Location()),
    ]
    data = collect(_store(tmp_db, events), MapRequest())
    ev = data.events
    assert ev.unplaced == 1 and len(ev) == 3
    placement = dict(zip(ev.ids, ev.placement.tolist(), strict=True))
    assert placement["c"] == STORED and placement["a"] == CENTRE
    i, j = ev.ids.index("a"), ev.ids.index("b")
    assert (ev.lon[i], ev.lat[i]) != (ev.lon[j], ev.lat[j])  # stacked events are spread apart
    assert any("not drawn" in n for n in data.notes)


def test_spread_moves_only_approximate_duplicates() -> None:
    lon, lat = np.array([38.0, 38.0, 38.0, 38.0]), np.array([35.0, 35.0, 35.0, 35.0])
    spread(lon, lat, np.array([STORED, STORED, CENTRE, CENTRE], dtype=np.int8))
    assert lon[0] == lon[1] == 38.0
    assert (lon[2], lat[2]) == (38.0, 35.0) and (lon[3], lat[3]) != (38.0, 35.0)


def test_empty_database_still_writes_every_output(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    png = write_map(store, MapRequest(), tmp_path / "empty.png")
    html = write_map(store, MapRequest(), tmp_path / "empty.html")
    with Image.open(png) as im:
        assert im.width >= 3000
    assert "No events in the database" in html.read_text(encoding="utf-8")


def test_boxes_overlap() -> None:
    a = Bbox.from_extents(0, 0, 10, 10)
    assert boxes_overlap(a, Bbox.from_extents(5, 5, 15, 15))
    assert not boxes_overlap(a, Bbox.from_extents(11, 0, 20, 10))
    assert boxes_overlap(a, Bbox.from_extents(11, 0, 20, 10), pad=1)


def test_labels_never_overlap_and_excess_labels_are_dropped() -> None:
    fig = Figure(figsize=(4, 4), dpi=100)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    labels = [Label(f"Town number {i}", 5.0, 5.0, priority=i) for i in range(30)]
    result = place_labels(ax, labels)
    assert 0 < len(result.placed) <= 8 and len(result.dropped) == 30 - len(result.placed)
    renderer = fig.canvas.get_renderer()
    boxes = [a.get_window_extent(renderer) for a in result.placed]
    assert not any(boxes_overlap(p, q) for k, p in enumerate(boxes) for q in boxes[k + 1:])
    assert result.placed[0].get_text() == "Town number 29"  # highest priority first


def test_unknown_region_and_extension_are_input_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown region"):
        write_map(store, MapRequest(region="Atlantis"), tmp_path / "m.png")
    with pytest.raises(InputError, match=r"\.gif"):
        write_map(store, MapRequest(), tmp_path / "m.gif")


def test_missing_npm_assets_say_how_to_fix(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OBSERVATORY_ASSETS", str(tmp_path / "nowhere"))
    with pytest.raises(ObservatoryError, match="npm ci"):
        write_map(store, MapRequest(), tmp_path / "m.html")
    assert not (tmp_path / "m.html").exists()


def test_cli_map_writes_png_and_reports_errors(store: Store, tmp_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "cli.png"
    result = runner.invoke(cli, ["map", "--db", str(tmp_db), "--since", "2019-01-01", "--until", "2019-03-01",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Map written" in result.output and out.is_file()
    bad = runner.invoke(cli, ["map", "--db", str(tmp_db), "--out", str(tmp_path / "x.txt")])
    assert bad.exit_code == 1 and "Error:" in bad.output and ".txt" in bad.output
    bad_date = runner.invoke(cli, ["map", "--db", str(tmp_db), "--since", "March", "--out", str(out)])
    assert bad_date.exit_code == 2


CONTROL_CSV = """name,lat,lon,faction,date
Damascus,33.51,36.29,regime,2019-01-01
Homs,34.73,36.72,regime,2019-01-01
Palmyra,34.55,38.27,regime,2019-01-01
Raqqa,35.95,39.01,sdf,2019-01-01
Hasakah,36.51,40.74,sdf,2019-01-01
Idlib,35.93,36.63,hts,2019-01-01
Afrin,36.51,36.87,turkey,2019-01-01
Desert pocket,34.90,39.40,isis,2019-01-01
"""


def test_control_areas_are_drawn_with_their_km2(store: Store, tmp_path: Path) -> None:
    from observatory.analysis.control import import_control

    csv_path = tmp_path / "control.csv"
    csv_path.write_text(CONTROL_CSV, encoding="utf-8")
    import_control(store, csv_path)
    data = collect(store, MapRequest(on=date(2019, 3, 1)))
    factions = {a.name for a in data.layers.control}
    assert {"regime", "sdf", "hts", "turkey", "isis"} <= factions
    assert all(a.km2 > 0 for a in data.layers.control)
    assert "2019-01-01" in data.layers.control_note
    from observatory.outputs.static_map import render_static_map

    with Image.open(render_static_map(data, tmp_path / "control.png")) as im:
        assert im.width >= 3000
    before = collect(store, MapRequest(on=date(2018, 12, 1)))  # no snapshot yet on that date
    assert before.layers.control == () and "no control" in before.layers.control_note


@pytest.mark.shared
def test_imported_ocha_boundaries_are_drawn(shared_data: Path, store: Store, tmp_db: Path, tmp_path: Path) -> None:
    boundaries = shared_data / "boundaries"
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(boundaries / "syr_admin0.geojson"),
                                      str(boundaries / "syr_admin1.geojson"), "--format", "ocha-boundaries",
                                      "--db", str(tmp_db)])
    assert result.exit_code == 0, result.output
    data = collect(store, MapRequest())
    assert len(data.layers.governorates) == 14 and data.layers.country.source == "imported OCHA boundaries"
    from observatory.outputs.html_map import map_payload
    from observatory.outputs.static_map import render_static_map

    assert len(map_payload(data, store)["layers"]["governorates"]["features"]) == 14
    with Image.open(render_static_map(data, tmp_path / "ocha.png")) as im:
        assert im.width >= 3000
    homs = collect(store, MapRequest(region="Homs"))
    assert homs.bbox is not None and homs.bbox[0] > 36.0 and homs.bbox[2] < 41.0
    assert all(a == "Homs" for a in homs.events.admin1)
