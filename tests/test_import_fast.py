"""The columnar ACLED import (observatory.ingest.bulk_acled) stores what the row-by-row path stores,
declines the files it cannot vouch for, and keeps the import transactional."""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

import pytest

from observatory.errors import InputError
from observatory.ingest.acled import import_dataset
from observatory.ingest.bulk_acled import CheckedStream, FastPathDeclined
from observatory.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "acled_sample.csv"
HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
          "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
          "notes", "fatalities"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Violence against civilians", "Attack"),
         ("Riots", "Mob violence"), ("Battles", "Something new"), ("Strategic developments", "Arrests")]
ACTORS = ["Military Forces of Syria (2000-)", "Islamic State (Syria)", "QSD: Syrian Democratic Forces", "",
          "Civilians (Syria)", "Some Unmapped Militia", "HTS: Hayat Tahrir al-Sham", "Hezbollah"]
PLACES = [("Homs", "Tadmor", "Tadmor", "Palmyra"), ("Rif Dimashq", "Duma", "", "Duma"), ("Idlib", "Ariha", "Ariha", ""),
          ("Somewhere", "", "", "Unknown place")]


def _rows(n: int, seed: int = 3) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        etype, sub = rnd.choice(TYPES)
        adm1, adm2, adm3, place = rnd.choice(PLACES)
        notes = rnd.choice(["A drone hit a car.", "Shelling, then \"clashes\".", "", "  padded note  ",
                            "Line one\nline two"])
        rows.append([f"SYR{i}", f"2019-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "2019",
                     rnd.choice(["1", "2", "3", ""]), etype, sub, rnd.choice(ACTORS), rnd.choice(ACTORS),
                     rnd.choice(["Syria", "Iraq", "Syria"]), adm1, adm2, adm3, place,
                     f"{rnd.uniform(32, 37):.4f}", rnd.choice([f"{rnd.uniform(35, 42):.4f}", ""]),
                     rnd.choice(["1", "2", "3", ""]), rnd.choice(["SOHR", "", "Local; Telegram"]), notes,
                     rnd.choice(["0", "0", "1", "7", ""])])
    return rows


def _write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _dump(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] != "batch_id"]
        events = conn.execute(f"SELECT {', '.join(cols)} FROM events ORDER BY id").fetchall()
        cas = conn.execute("SELECT event_id, side, nationality, actor, killed_low, killed_best, killed_high, "
                           "killed_qualifier, injured_low, injured_best, injured_high, injured_qualifier "
                           "FROM casualties ORDER BY event_id, side").fetchall()
    return events, cas


def _both(tmp_path: Path, path: Path) -> tuple[Path, Path]:
    fast_db, slow_db = tmp_path / "fast.db", tmp_path / "slow.db"
    fast = import_dataset(Store.open(str(fast_db)), path)
    assert fast.stages, "the fast path declined the file"
    slow = import_dataset(Store.open(str(slow_db)), path, fast=False)
    assert (fast.rows, fast.added) == (slow.rows, slow.added)
    assert sorted(fast.unmapped_actors) == sorted(slow.unmapped_actors)
    return fast_db, slow_db


def test_fast_path_stores_the_rows_of_the_row_by_row_path(tmp_path: Path) -> None:
    path = _write(tmp_path / "mixed.csv", _rows(3000))
    fast_db, slow_db = _both(tmp_path, path)
    assert _dump(fast_db) == _dump(slow_db)
    events, cas = _dump(fast_db)
    assert len(events) == 3000 and cas
    assert {e[7] for e in events} >= {"drone_strike", "airstrike", "clash", "other", "attack"}


def test_odd_but_valid_values_go_through_the_row_mapper(tmp_path: Path) -> None:
    rows = _rows(200)
    rows[5][1] = "11 April 2019"  # ACLED's long date
    rows[6][18] = " 3 "  # Python's int() accepts the spaces, pyarrow's cast does not
    rows[7][13] = " 34.5"
    rows[8][15] = " "
    rows[9][0] = " SYR9 "  # same id as row 9 once stripped: the first row wins
    path = _write(tmp_path / "odd.csv", rows)
    fast_db, slow_db = _both(tmp_path, path)
    assert _dump(fast_db) == _dump(slow_db)


def test_repeated_ids_and_partly_known_files(tmp_path: Path) -> None:
    rows = _rows(500)
    rows.append([*rows[10][:18], "99"])  # SYR10 again with another count: ignored
    path = _write(tmp_path / "rep.csv", rows)
    part = _write(tmp_path / "part.csv", rows[100:300])
    dbs = []
    for fast in (True, False):
        db = tmp_path / f"{fast}.db"
        store = Store.open(str(db))
        assert import_dataset(store, part, fast=fast).added == 200
        result = import_dataset(store, path, fast=fast)
        assert (result.rows, result.added) == (501, 300)
        assert import_dataset(store, path, fast=fast).added == 0
        dbs.append(_dump(db))
    assert dbs[0] == dbs[1]


@pytest.mark.parametrize(("bad", "message"), [
    (b'SYR1,"2019-04-01"x,2019,1,Battles,Armed clash,a,b,Syria,Homs,,,,34,36,1,s,n,0\n', "malformed CSV"),
    (b"SYR1,2019-04-01,2019,1,Battles,Armed clash,a,b,Syria,Homs,,,,34,36,1,s,n\n", "18 fields where the header"),
    ("SYR1,2019-04-01,2019,1,Battles,Armed clash,Dar\u00e2a,b,Syria,Homs,,,,34,36,1,s,n,0\n".encode("latin-1"),
     "not UTF-8"),
    (b"SYR1,2019-04-01,2019,9,Battles,Armed clash,a,b,Syria,Homs,,,,34,36,1,s,n,0\n", "time_precision '9'"),
    (b"SYR1,2019-04-01,2019,1,Battles,Armed clash,a,b,Syria,Homs,,,,134,36,1,s,n,0\n", "latitude 134.0 is outside"),
])
def test_bad_rows_late_in_a_big_file_fail_whole_with_their_line(tmp_path: Path, bad: bytes, message: str) -> None:
    path = _write(tmp_path / "big.csv", _rows(60_000))  # the bad row lands after the first written chunks
    with path.open("ab") as out:
        out.write(bad)
    db = tmp_path / "db.sqlite"
    store = Store.open(str(db))
    with pytest.raises(InputError, match=message) as info:
        import_dataset(store, path)
    assert info.value.line is not None and info.value.line > 60_000
    assert store.count("events") == 0 and store.count("casualties") == 0 and store.count("batches") == 0
    with sqlite3.connect(db) as conn:  # the indexes dropped for the load are back, the journal is WAL again
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_events_date", "ix_events_admin1", "ix_casualties_event"} <= names
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bulk_load_rebuilds_indexes_and_restores_settings(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    store = Store.open(str(db))
    result = import_dataset(store, _write(tmp_path / "a.csv", _rows(1000)))
    assert result.added == 1000 and result.stages and result.bulk_load
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_events_date", "ix_events_admin1", "ix_casualties_event"} <= names
        assert not [r for r in conn.execute("SELECT name FROM sqlite_temp_master")]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    again = import_dataset(store, FIXTURE)  # a second import into a non-empty table is not a bulk load
    assert again.added == 12 and again.stages and not again.bulk_load


def test_progress_reaches_the_file_size(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", _rows(500))
    seen: list[tuple[int, int]] = []
    import_dataset(Store.open(str(tmp_path / "db.sqlite")), path, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (path.stat().st_size, path.stat().st_size)


@pytest.mark.parametrize(("data", "ok"), [
    (b'a,"b ""quoted"" c",d\n', True),
    (b'a,"",b\r\n"x\ny",z\n', True),
    (b'a,"b"c,d\n', False),
    (b'a,b"c,d\n', False),
    (b"a,b\x00,c\n", False),
    (b"a,\xff,c\n", False),
])
def test_checked_stream_refuses_what_the_strict_reader_refuses(tmp_path: Path, data: bytes, ok: bool) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    with path.open("rb") as raw:
        stream = CheckedStream(raw)
        if ok:
            assert stream.read() == data
        else:
            with pytest.raises(FastPathDeclined):
                stream.read()


def test_bom_and_crlf_files(tmp_path: Path) -> None:
    path = tmp_path / "crlf.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([h.upper() for h in HEADER])  # header names are case-insensitive
        writer.writerows(_rows(300))
    fast_db, slow_db = _both(tmp_path, path)
    assert _dump(fast_db) == _dump(slow_db)


def test_a_header_only_file_adds_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.csv", [])
    result = import_dataset(Store.open(str(tmp_path / "db.sqlite")), path)
    assert (result.rows, result.added) == (0, 0)
