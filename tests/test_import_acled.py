"""Importing ACLED CSV: row counts, mapping, idempotence, all-or-nothing batches, --skip-bad, the CLI."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from observatory.cli import cli
from observatory.errors import InputError
from observatory.ingest.acled import acled_type, detect_format, import_dataset, parse_day
from observatory.ingest.side_map import load_side_map
from observatory.models import stable_id
from observatory.store import EventFilter, Store
from observatory.store.schema import casualties, events

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = FIXTURES / "acled_sample.csv"


def data_rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def table_rows(store: Store, table: str) -> list[dict[str, object]]:
    t = events if table == "events" else casualties
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t).order_by(t.c.id if table == "events" else t.c.event_id)).mappings()]


def test_row_count_matches_the_file_and_second_import_adds_nothing(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    first = import_dataset(store, ACLED)
    assert first.format == "acled"
    assert first.rows == data_rows(ACLED) == 12
    assert first.added == 12 == store.count("events")
    again = import_dataset(store, ACLED)
    assert (again.rows, again.added) == (12, 0)
    assert store.count("events") == 12
    assert store.count("casualties") == 8  # rows with fatalities > 0


def test_mapping_of_one_row(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    import_dataset(store, ACLED)
    event = store.get_event(stable_id("ACLED", "SYR90001"))
    assert event.source == "ACLED" and event.external_id == "SYR90001"
    assert event.event_type == "clash"
    assert (event.perpetrator_side, event.target_side) == ("isis", "regime")
    assert event.perpetrator_actor == "Islamic State (Syria)"
    assert event.date_start is not None and event.date_start.isoformat() == "2019-03-24"
    assert event.date_precision.value == "day"
    loc = event.location
    assert (loc.name, loc.lat, loc.lon, int(loc.precision or 0)) == ("Al Sukhnah", 34.8869, 38.8722, 2)
    assert (loc.admin1, loc.admin1_pcode, loc.admin2) == ("Homs", "SY04", "Tadmor")
    assert [(c.side, c.killed.best if c.killed else None) for c in event.casualties] == [("unknown", 7)]
    assert event.notes is not None and event.notes.endswith("[source: SOHR]")


def test_types_precision_and_civilian_rule(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    import_dataset(store, ACLED)
    by_ext = {e.external_id: e for e in store.iter_events(EventFilter(source="ACLED"))}
    assert by_ext["SYR90002"].event_type == "airstrike"
    assert by_ext["SYR90010"].event_type == "drone_strike"  # Air/drone strike whose notes say drone
    assert by_ext["SYR90004"].event_type == "ied_landmine"
    assert by_ext["SYR90004"].date_precision.value == "week"
    assert by_ext["SYR90008"].date_precision.value == "month"
    assert by_ext["SYR90008"].event_type == "abduction"
    assert by_ext["SYR90006"].event_type == "shelling"
    assert by_ext["SYR90012"].event_type == "other"
    assert by_ext["SYR90006"].perpetrator_side == "turkey_factions"
    assert by_ext["SYR90007"].target_side == "pro_iran_foreign"
    # fatalities of violence against civilians are civilians; otherwise unknown (ACLED does not split them)
    assert [c.side for c in by_ext["SYR90004"].casualties] == ["civilians"]
    assert [c.side for c in by_ext["SYR90005"].casualties] == ["unknown"]
    assert by_ext["SYR90006"].casualties == ()  # 0 fatalities: no casualty record
    assert by_ext["SYR90011"].location.admin1 == "Rural Damascus"


def test_fast_and_generic_paths_store_identical_rows(tmp_path: Path) -> None:
    fast, slow = Store.open(str(tmp_path / "fast.db")), Store.open(str(tmp_path / "slow.db"))
    import_dataset(fast, ACLED, fast=True)
    import_dataset(slow, ACLED, fast=False)
    strip = [{k: v for k, v in r.items() if k not in ("batch_id", "id")} | {"id": r["id"]} for r in table_rows(fast, "events")]
    strip_slow = [{k: v for k, v in r.items() if k not in ("batch_id", "id")} | {"id": r["id"]}
                  for r in table_rows(slow, "events")]
    assert strip == strip_slow
    cas_fast = [{k: v for k, v in r.items() if k != "id"} for r in table_rows(fast, "casualties")]
    cas_slow = [{k: v for k, v in r.items() if k != "id"} for r in table_rows(slow, "casualties")]
    assert cas_fast == cas_slow and len(cas_fast) == 8


def _with_bad_line(tmp_path: Path, bad: str, at: int = 5) -> Path:
    lines = ACLED.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(at - 1, bad + "\n")
    path = tmp_path / "acled_bad.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


BAD_DATE = ("SYR99999,2019-13-45,2019,1,Political violence,Battles,Armed clash,Islamic State (Syria),,2,"
            "Civilians (Syria),,7,27,,760,Middle East,Syria,Homs,Tadmor,Tadmor,Tadmor,34.55,38.28,1,SOHR,National,x,1,,1")


def test_bad_date_rolls_back_the_whole_batch(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    path = _with_bad_line(tmp_path, BAD_DATE, at=5)
    with pytest.raises(InputError) as info:
        import_dataset(store, path)
    assert info.value.path == str(path) and info.value.line == 5
    assert "event_date '2019-13-45' is not a date" in str(info.value)
    assert "YYYY-MM-DD" in str(info.value)
    assert store.count("events") == 0 and store.count("casualties") == 0 and store.count("batches") == 0


def test_skip_bad_reports_line_numbers_and_keeps_the_rest(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    path = _with_bad_line(tmp_path, BAD_DATE, at=3)
    result = import_dataset(store, path, skip_bad=True)
    assert result.rows == 13 and result.added == 12
    assert [(b.line, b.message) for b in result.skipped] == [(3, "event_date '2019-13-45' is not a date")]


def test_line_numbers_count_multiline_records(tmp_db: Path, tmp_path: Path) -> None:
    # SYR90004 spans two physical lines (5 and 6); a bad row after it is on line 8
    store = Store.open(str(tmp_db))
    lines = ACLED.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(7, "SYR1,2019-04-01,only,three\n")
    path = tmp_path / "short.csv"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as info:
        import_dataset(store, path)
    assert info.value.line == 8
    assert "4 fields where the header has 31" in str(info.value)


def test_malformed_quoting_is_a_bad_row(tmp_db: Path, tmp_path: Path) -> None:
    store = Store.open(str(tmp_db))
    path = _with_bad_line(tmp_path, 'SYR2,"2019-04-01"x,' + ",".join(["a"] * 29), at=2)
    result = import_dataset(store, path, skip_bad=True)
    assert result.added == 12
    assert result.skipped[0].line == 2 and "malformed CSV" in result.skipped[0].message


def test_missing_columns_are_named(tmp_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    with ACLED.open(newline="", encoding="utf-8") as src, path.open("w", newline="", encoding="utf-8") as dst:
        writer = csv.writer(dst)
        for row in csv.reader(src):
            writer.writerow(row[:22] + row[24:])  # drop latitude, longitude
    with pytest.raises(InputError) as info:
        import_dataset(Store.open(str(tmp_db)), path, fmt="acled")
    assert info.value.line == 1
    assert "missing column(s) for ACLED: latitude, longitude" in str(info.value)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02\xff\xfe binary", "not a text dataset"),
    (b"name,value\nx,1\n", "cannot tell the format from the header"),
    (b'{"id": 1, "text": "a report"}\n', "JSON lines without UCDP-AEC fields"),
])
def test_unusable_files(tmp_db: Path, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        import_dataset(Store.open(str(tmp_db)), path)


def test_file_that_stops_being_utf8_fails_whole(tmp_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(ACLED.read_bytes() + "SYR3,2019-04-01,Dar\u00e2a\n".encode("latin-1"))
    store = Store.open(str(tmp_db))
    with pytest.raises(InputError, match="not UTF-8"):
        import_dataset(store, path, skip_bad=True)
    assert store.count("events") == 0


def test_helpers() -> None:
    cache: dict[str, str] = {}
    assert parse_day("11 April 2019", "event_date", cache) == "2019-04-11"
    assert parse_day("2019-04-11 00:00:00.000", "date_start", cache) == "2019-04-11"
    assert acled_type("Battles", "Something new", "") == "clash"
    assert acled_type("Riots", "Something new", "") == "other"
    assert detect_format(ACLED) == "acled"


def test_user_side_map_overrides_the_builtin(tmp_db: Path, tmp_path: Path) -> None:
    extra = tmp_path / "sides.csv"
    extra.write_text("pattern,side,match,note\nIslamic State,unknown,contains,test override\n", encoding="utf-8")
    store = Store.open(str(tmp_db))
    import_dataset(store, ACLED, side_map=load_side_map(extra))
    assert store.get_event(stable_id("ACLED", "SYR90001")).perpetrator_side == "unknown"


def test_bad_side_map_names_its_line(tmp_path: Path) -> None:
    extra = tmp_path / "sides.csv"
    extra.write_text("pattern,side,match\nHTS,rebels,exact\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_side_map(extra)
    assert info.value.line == 2 and "unknown side 'rebels'" in str(info.value)


# -- CLI ----------------------------------------------------------------------------------------------------

def test_cli_import_twice(tmp_db: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["import", str(ACLED), "--db", str(tmp_db)])
    assert first.exit_code == 0, first.output
    assert f"12 new event(s) of 12 row(s) read from {ACLED} (acled)" in first.output
    second = runner.invoke(cli, ["import", str(ACLED), "--db", str(tmp_db)])
    assert second.exit_code == 0
    assert "0 new event(s) of 12 row(s)" in second.output


def test_cli_bad_row_exit_1_and_skip_bad(tmp_db: Path, tmp_path: Path) -> None:
    path = _with_bad_line(tmp_path, BAD_DATE, at=4)
    runner = CliRunner()
    failed = runner.invoke(cli, ["import", str(path), "--db", str(tmp_db)])
    assert failed.exit_code == 1
    assert f"Error: {path}:4: event_date '2019-13-45' is not a date" in failed.output
    assert "fix: write dates as YYYY-MM-DD" in failed.output
    assert Store.open(str(tmp_db)).count("events") == 0
    skipped = runner.invoke(cli, ["import", str(path), "--db", str(tmp_db), "--skip-bad"])
    assert skipped.exit_code == 0
    assert f"skipped: {path}:4: event_date '2019-13-45' is not a date" in skipped.output
    assert "12 new event(s) of 13 row(s)" in skipped.output and "1 bad row(s) skipped" in skipped.output


def test_cli_missing_file_and_side_map_env(tmp_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["import", str(tmp_path / "nope.csv"), "--db", str(tmp_db)])
    assert missing.exit_code == 1
    assert f"Error: {tmp_path / 'nope.csv'}: no such file" in missing.output
    extra = tmp_path / "sides.csv"
    extra.write_text("pattern,side,match\nHTS: Hayat Tahrir al-Sham,unknown,exact\n", encoding="utf-8")
    monkeypatch.setenv("OBSERVATORY_SIDE_MAP", str(extra))
    copy = tmp_path / "a.csv"
    shutil.copy(ACLED, copy)
    result = runner.invoke(cli, ["import", str(copy), "--db", str(tmp_db)])
    assert result.exit_code == 0, result.output
    assert Store.open(str(tmp_db)).get_event(stable_id("ACLED", "SYR90002")).target_side == "unknown"


def test_repeated_ids_in_a_file_and_partly_known_files(tmp_db: Path, tmp_path: Path) -> None:
    with ACLED.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    fatal = header.index("fatalities")
    repeated = [*body[4:], [*body[4][:fatal], "99", *body[4][fatal + 1:]]]  # SYR90005 again, other count
    path = tmp_path / "mixed.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, *repeated])
    for fast in (True, False):
        store = Store.open(str(tmp_path / f"{fast}.db"))
        first = import_dataset(store, path, fast=fast)
        assert (first.rows, first.added) == (9, 8)
        assert store.get_event(stable_id("ACLED", "SYR90005")).killed_best == 5  # the first row read wins
        assert store.count("casualties") == 5
        # a file of known and new events adds only the new ones, with only their casualties
        whole = import_dataset(store, ACLED, fast=fast)
        assert (whole.rows, whole.added) == (12, 4)
        assert store.count("events") == 12 and store.count("casualties") == 8
