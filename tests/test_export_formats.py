"""Export: GeoJSON that validates (RFC 7946) and round-trips, CSV, ACLED columns, Parquet, filters, the CLI."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from observatory.cli import cli
from observatory.errors import InputError
from observatory.ingest.acled import import_dataset
from observatory.outputs.export import ACLED_EXPORT_COLUMNS, export_events, write_geojson
from observatory.records import EVENT_COLUMNS, event_record
from observatory.store import EventFilter, Store

FIXTURES = Path(__file__).parent / "fixtures"
AEC_ROW = {"id": 777001, "source_article": "x", "source_date": "2019-04-01", "deaths_side_a": 0, "deaths_side_b": 0,
           "deaths_civilian": 3, "deaths_unknown": 0, "deaths_low": 3, "deaths_high": 3,
           "side_a_name": "IS", "side_b_name": "Civilians", "location_root_name": "Syria",
           "location_adm1_name": "Homs governorate", "location_adm2_name": "Tadmur district",
           "location_where_name": "Tadmur town", "start_date": "2019-04-05", "end_date": "2019-04-05"}


@pytest.fixture()
def store(tmp_db: Path, tmp_path: Path) -> Store:
    st = Store.open(str(tmp_db))
    import_dataset(st, FIXTURES / "acled_sample.csv")
    import_dataset(st, FIXTURES / "ucdp_ged_sample.csv")
    aec = tmp_path / "aec.jsonl"
    aec.write_text(json.dumps(AEC_ROW) + "\n", encoding="utf-8")
    import_dataset(st, aec)
    return st


def assert_rfc7946(doc: dict[str, Any]) -> None:
    """The parts of RFC 7946 an export can get wrong."""
    assert doc["type"] == "FeatureCollection"
    assert isinstance(doc["features"], list)
    assert "crs" not in doc  # RFC 7946 drops named CRSs: WGS84 only
    for feat in doc["features"]:
        assert feat["type"] == "Feature"
        assert set(feat) >= {"type", "geometry", "properties"}
        assert isinstance(feat["id"], str | int)
        assert isinstance(feat["properties"], dict)
        geom = feat["geometry"]
        if geom is None:
            continue
        assert geom["type"] == "Point"
        lon, lat = geom["coordinates"]
        assert all(isinstance(v, float | int) and math.isfinite(v) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_validates_and_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    result = export_events(store, "geojson", out=out)
    assert result.count == 19 == store.count("events")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert_rfc7946(doc)
    events = {e.id: e for e in store.iter_events()}
    assert [f["id"] for f in doc["features"]] == list(events)
    for feat in doc["features"]:
        event = events[feat["id"]]
        assert feat["properties"] == json.loads(json.dumps(event_record(event)))
        if event.location.lat is None:
            assert feat["geometry"] is None
        else:
            assert feat["geometry"]["coordinates"] == [event.location.lon, event.location.lat]  # [lon, lat]
    sukhnah = next(f for f in doc["features"] if f["properties"]["external_id"] == "SYR90001")
    assert sukhnah["geometry"]["coordinates"] == [38.8722, 34.8869]
    assert not list(tmp_path.glob(".*.partial"))


def test_geojson_is_valid_for_shapely(store: Store) -> None:
    from shapely.geometry import shape

    buffer = io.StringIO()
    write_geojson(store.iter_events(), buffer)
    doc = json.loads(buffer.getvalue())
    points = [shape(f["geometry"]) for f in doc["features"] if f["geometry"] is not None]
    assert len(points) == 18 and all(p.is_valid and p.geom_type == "Point" for p in points)
    # every point lies in Syria's rough bounding box, so lon and lat were not swapped
    assert all(35.5 < p.x < 42.5 and 32.0 < p.y < 37.5 for p in points)


def test_csv_export_has_event_columns(store: Store) -> None:
    buffer = io.StringIO()
    result = export_events(store, "csv", stdout=buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert result.count == len(rows) == 19
    assert list(rows[0]) == list(EVENT_COLUMNS)
    first = event_record(next(iter(store.iter_events())))
    assert rows[0]["id"] == first["id"] and rows[0]["killed"] == str(first["killed"])


def test_acled_columns_reimport_as_acled(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    export_events(store, "csv", out=out, acled=True, flt=EventFilter(source="ACLED"))
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(ACLED_EXPORT_COLUMNS)
    assert {r["event_id_cnty"] for r in rows} == {f"SYR900{i:02d}" for i in range(1, 13)}
    clash = next(r for r in rows if r["event_id_cnty"] == "SYR90001")
    assert (clash["event_type"], clash["sub_event_type"], clash["fatalities"]) == ("Battles", "Armed clash", "7")
    again = Store.open(str(tmp_path / "again.db"))
    result = import_dataset(again, out)
    assert result.format == "acled" and result.added == 12
    original = {e.id: e for e in store.iter_events(EventFilter(source="ACLED"))}
    for event in again.iter_events():
        before = original[event.id]  # same id: ACLED's event_id_cnty was kept
        assert (event.perpetrator_side, event.target_side, event.killed_best) == (
            before.perpetrator_side, before.target_side, before.killed_best)
        assert (event.location.lat, event.location.lon, event.location.admin1) == (
            before.location.lat, before.location.lon, before.location.admin1)


def test_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    result = export_events(store, "parquet", out=out)
    table = pq.read_table(out)
    assert result.count == table.num_rows == 19
    assert table.column_names == list(EVENT_COLUMNS)
    assert str(table.schema.field("lat").type) == "double"
    ids = table.column("id").to_pylist()
    assert ids == [e.id for e in store.iter_events()]
    acled = tmp_path / "acled.parquet"
    export_events(store, "parquet", out=acled, acled=True)
    assert pq.read_table(acled).column_names == list(ACLED_EXPORT_COLUMNS)


def test_parquet_of_nothing_is_a_valid_empty_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    result = export_events(store, "parquet", out=out, flt=EventFilter(governorates=("Tartous",)))
    assert result.count == 0 and pq.read_table(out).num_rows == 0


def test_filters(store: Store) -> None:
    def ids(flt: EventFilter) -> int:
        buffer = io.StringIO()
        return export_events(store, "geojson", flt=flt, stdout=buffer).count

    assert ids(EventFilter(governorates=("Homs",))) == 4  # 2 ACLED, 1 GED, 1 AEC
    assert ids(EventFilter(types=("airstrike",))) == 2
    assert ids(EventFilter(sides=("sdf",))) == 4
    assert ids(EventFilter(bbox=(40.0, 34.0, 41.0, 35.5))) == 4  # Deir-ez-Zor points only
    assert ids(EventFilter(since=date(2019, 4, 20))) == 5


def test_errors(store: Store) -> None:
    with pytest.raises(InputError, match="Parquet is binary"):
        export_events(store, "parquet")
    with pytest.raises(InputError, match="unknown export format"):
        export_events(store, "xlsx")


def test_cli_export(store: Store, tmp_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "geojson", "--db", str(tmp_db), "--governorate", "Homs"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert_rfc7946(doc)
    assert len(doc["features"]) == 4
    out = tmp_path / "sub" / "e.parquet"
    written = runner.invoke(cli, ["export", "--format", "parquet", "--out", str(out), "--db", str(tmp_db)])
    assert written.exit_code == 0
    assert written.output == f"19 event(s) written to {out}\n"
    refused = runner.invoke(cli, ["export", "--format", "parquet", "--db", str(tmp_db)])
    assert refused.exit_code == 1
    assert "Error: Parquet is binary and is not written to the terminal\n  fix: pass --out FILE.parquet" in refused.output
    bad = runner.invoke(cli, ["export", "--format", "csv", "--bbox", "1,2", "--db", str(tmp_db)])
    assert bad.exit_code == 2
