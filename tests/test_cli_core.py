"""The init / ingest / events commands, in-process, with exact exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from observatory.cli import cli


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_init_creates_the_database_at_the_given_path(tmp_db: Path) -> None:
    code, out, _ = run("init", "--db", str(tmp_db))
    assert code == 0
    assert out == f"Database ready: {tmp_db} (0 reports, 0 events)\n"
    assert tmp_db.exists()


def test_init_uses_the_environment_variable(tmp_path: Path, monkeypatch: object) -> None:
    target = tmp_path / "from-env.db"
    import os

    os.environ["OBSERVATORY_DB"] = str(target)
    code, out, _ = run("init")
    assert code == 0 and out.startswith(f"Database ready: {target} ")


def test_ingest_missing_file_exits_1_with_the_fix(tmp_db: Path, tmp_path: Path) -> None:
    code, out, err = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_db))
    assert code == 1
    assert out == ""
    assert err == f"Error: {tmp_path / 'missing.txt'}: no such file or folder\n  fix: check the path (it is relative to the current folder)\n"


def test_ingest_bad_jsonl_line_names_the_line_and_writes_nothing(tmp_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "1", "text": "ISIS cells attacked."}\n{"id": "2" "text": "x"}\n')
    code, _, err = run("ingest", str(f), "--db", str(tmp_db), "--no-extract")
    assert code == 1
    assert err.startswith(f"Error: {f}:2: malformed JSON")
    assert run("events", "--db", str(tmp_db), "--format", "json")[1] == "[]\n"
    code, out, err = run("ingest", str(f), "--db", str(tmp_db), "--no-extract", "--skip-bad")
    assert code == 0
    assert out == "1 new report(s) of 1 read; 0 event(s) and 0 period total(s) extracted (extraction skipped (--no-extract)); 1 bad input(s) skipped\n"
    assert err.startswith(f"skipped: {f}:2: malformed JSON")


def test_ingest_from_stdin_twice_adds_once(tmp_db: Path) -> None:
    text = "Title: t\nPublished: 2019-04-02\n\nISIS cells attacked a regime post near al-Sukhnah, killing 4 soldiers.\n"
    code, out, _ = run("ingest", "-", "--db", str(tmp_db), "--no-extract", input=text)
    assert (code, out.split(";")[0]) == (0, "1 new report(s) of 1 read")
    code, out, _ = run("ingest", "-", "--db", str(tmp_db), "--no-extract", input=text)
    assert (code, out.split(";")[0]) == (0, "0 new report(s) of 1 read")


def test_events_bad_date_and_bbox_are_usage_errors(tmp_db: Path) -> None:
    code, _, err = run("events", "--db", str(tmp_db), "--since", "24/03/2019")
    assert code == 2
    assert "'24/03/2019' is not a date; write it as YYYY-MM-DD" in err
    code, _, err = run("events", "--db", str(tmp_db), "--bbox", "1,2,3")
    assert code == 2
    assert "give MIN_LON,MIN_LAT,MAX_LON,MAX_LAT" in err


def _seed_events(tmp_db: Path) -> None:
    from datetime import date

    from observatory.models import Casualty, Count, Event, Location
    from observatory.store import Store

    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, [
            Event(id="e1", date_start=date(2019, 3, 25), event_type="ambush", perpetrator_side="isis", target_side="regime",
                  location=Location(name="al-Sukhnah", lat=34.87, lon=38.87, admin1="Homs"),
                  casualties=(Casualty("regime", killed=Count(4), injured=Count(3)), Casualty("isis", killed=Count(2)))),
            Event(id="e2", date_start=date(2019, 4, 1), event_type="attack", perpetrator_side="isis", target_side="regime",
                  location=Location(name="al-Mayadin desert", lat=34.9, lon=40.5, admin1="Deir-ez-Zor"),
                  casualties=(Casualty("regime", killed=Count(5)), Casualty("pro_iran_foreign", killed=Count(2)))),
        ])


def test_events_json_and_csv(tmp_db: Path) -> None:
    _seed_events(tmp_db)
    code, out, _ = run("events", "--db", str(tmp_db), "--format", "json", "--governorate", "Homs")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["id"], row["killed"], row["injured"], row["killed_by_side"]) == ("e1", 6, 3, "isis=2;regime=4")
    code, out, _ = run("events", "--db", str(tmp_db), "--format", "csv", "--limit", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["e1"]
    code, out, _ = run("events", "--db", str(tmp_db), "--side", "pro_iran_foreign")
    assert code == 0 and "e2" in out and "e1" not in out and out.endswith("1 event(s)\n")


def test_a_50_mb_text_is_refused_with_the_limit_and_the_fix(tmp_db: Path, tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("w") as handle:
        line = "ISIS cells attacked a regime post near al-Sukhnah, killing 4 soldiers.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    code, out, err = run("ingest", str(big), "--db", str(tmp_db))
    assert code == 1
    assert out == ""
    assert err == (f"Error: {big}: file is 52.4 MB, over the 5.2 MB limit for one report\n"
                   "  fix: split it into reports (one per file, or one per JSONL line) or raise --max-bytes\n")
