"""Importing UCDP: the GED CSV fixture and the real UCDP-AEC rows in ../shared/data/ucdp (no coordinates)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.cli import cli
from observatory.errors import InputError
from observatory.ingest.acled import detect_format, import_dataset
from observatory.ingest.ucdp import ucdp_casualties
from observatory.models import GOVERNORATES, stable_id
from observatory.store import EventFilter, Store

GED = Path(__file__).parent / "fixtures" / "ucdp_ged_sample.csv"
AEC_NAME = "ucdp/ucdp_aec_syria_2011_2020.jsonl"


def test_ged_row_count_and_idempotence(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with GED.open(newline="", encoding="utf-8") as handle:
        expected = sum(1 for _ in csv.reader(handle)) - 1
    result = import_dataset(store, GED)
    assert result.format == "ucdp-ged"
    assert result.rows == result.added == expected == store.count("events") == 6
    assert import_dataset(store, GED).added == 0
    assert store.count("events") == 6


def test_ged_mapping(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    import_dataset(store, GED)
    by_ext = {e.external_id: e for e in store.iter_events(EventFilter(source="UCDP"))}
    ambush = by_ext["900101"]
    assert ambush.id == stable_id("UCDP", "900101")
    assert (ambush.perpetrator_side, ambush.target_side, ambush.event_type) == ("regime", "isis", "clash")
    assert (ambush.location.lat, ambush.location.lon, int(ambush.location.precision or 0)) == (34.8869, 38.8722, 2)
    assert (ambush.location.admin1, ambush.location.admin1_pcode, ambush.location.admin2) == ("Homs", "SY04", "Tadmur")
    killed = {(c.side, c.actor): (c.killed.low, c.killed.best, c.killed.high) for c in ambush.casualties if c.killed}
    assert killed == {("regime", "Government of Syria"): (7, 7, 7), ("isis", "IS"): (2, 2, 2)}
    assert ambush.notes is not None and "low-best-high for the event: 9-9-12" in ambush.notes
    landmine = by_ext["900102"]
    assert landmine.event_type == "other"  # one-sided violence
    assert [(c.side, c.killed.low, c.killed.best, c.killed.high) for c in landmine.casualties if c.killed] == [
        ("civilians", 4, 4, 6)]
    assert landmine.date_precision.value == "week" and str(landmine.date_end) == "2019-04-02"
    idlib = by_ext["900104"]
    assert idlib.date_precision.value == "month" and int(idlib.location.precision or 0) == 3
    assert idlib.location.admin1 == "Idleb" and idlib.location.admin2 is None
    assert by_ext["900105"].target_side == "hts_rebels"  # "Ahrar al-Sham, HTS"
    assert by_ext["900106"].location.admin1 == "Rural Damascus"


def test_casualty_split_rule() -> None:
    rows, note = ucdp_casualties("e", [("regime", "A", 0), ("isis", "B", 5), ("civilians", None, 0)], 3, 8)
    assert rows == (("e", "isis", None, "B", 3, 5, 8, "about"),) and note is None
    rows, note = ucdp_casualties("e", [("regime", "A", 2), ("isis", "B", 5)], 6, 9)
    assert [r[4:7] for r in rows] == [(2, 2, 2), (5, 5, 5)]
    assert note == "UCDP deaths low-best-high for the event: 6-7-9"
    assert ucdp_casualties("e", [("regime", "A", 0)], 0, 0) == ((), None)


def test_aec_shared_rows_import_without_coordinates(tmp_db: Path, shared_data: Path) -> None:
    path = shared_data / AEC_NAME
    with path.open(encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    store = Store.open(str(tmp_db))
    assert detect_format(path) == "ucdp-aec"
    result = import_dataset(store, path)
    assert result.rows == len(lines) == 3321
    assert result.added == store.count("events") == len({row["id"] for row in lines})
    assert result.missing is not None and "no coordinates" in result.missing
    assert import_dataset(store, path).added == 0
    events = list(store.iter_events(EventFilter(source="UCDP")))
    assert all(e.location.lat is None and e.location.lon is None and e.location.precision is None for e in events)
    assert all(e.notes and "no coordinates" in e.notes for e in events)
    assert {e.location.admin1 for e in events} <= set(GOVERNORATES) | {None}
    deaths = sum(r["deaths_side_a"] + r["deaths_side_b"] + r["deaths_civilian"] + r["deaths_unknown"] for r in lines)
    assert sum(e.killed_best for e in events) == deaths
    # admin1 of every row with one is mapped to an OCHA governorate name
    with_admin1 = sum(1 for r in lines if r["location_adm1_name"])
    assert sum(1 for e in events if e.location.admin1 in GOVERNORATES) == with_admin1


def test_aec_bad_line_names_line_and_rolls_back(tmp_db: Path, tmp_path: Path) -> None:
    good = {"id": 1, "source_article": "a", "source_date": "2019-04-01", "deaths_side_a": 1, "deaths_side_b": 0,
            "deaths_civilian": 2, "deaths_unknown": 0, "deaths_low": 3, "deaths_high": 4,
            "side_a_name": "Government of Syria", "side_b_name": "IS", "location_root_name": "Syria",
            "location_adm1_name": "Rif Dimashq governorate", "location_adm2_name": "Duma district",
            "location_where_name": "Duma town", "start_date": "2019-04-01", "end_date": "2019-04-01"}
    missing = {k: v for k, v in good.items() if k != "deaths_high"} | {"id": 3}
    path = tmp_path / "aec.jsonl"
    path.write_text("\n".join([json.dumps(good), json.dumps(good | {"id": 2}), "{not json", json.dumps(missing)]) + "\n",
                    encoding="utf-8")
    store = Store.open(str(tmp_db))
    with pytest.raises(InputError) as info:
        import_dataset(store, path)
    assert info.value.line == 3 and "not valid JSON" in str(info.value)
    assert store.count("events") == 0
    result = import_dataset(store, path, skip_bad=True)
    assert result.added == 2
    assert [(b.line, b.message) for b in result.skipped] == [
        (3, "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
        (4, "missing field(s) deaths_high")]
    event = store.get_event(stable_id("UCDP", "1"))
    assert event.location.admin1 == "Rural Damascus" and event.location.name == "Duma town"
    assert {(c.side, c.killed.best) for c in event.casualties if c.killed} == {("regime", 1), ("civilians", 2)}


def test_cli_import_aec(tmp_db: Path, shared_data: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["import", str(shared_data / AEC_NAME), "--db", str(tmp_db)])
    assert result.exit_code == 0, result.output
    assert "3321 new event(s) of 3321 row(s)" in result.output
    assert "note: UCDP-AEC rows carry no coordinates" in result.output
    forced = runner.invoke(cli, ["import", str(GED), "--format", "ucdp-aec", "--db", str(tmp_db)])
    assert forced.exit_code == 1
    assert f"Error: {GED}:1: not valid JSON" in forced.output
