"""What SQLite alone needs to store 1M imported events: the floor under any importer of this schema.

Run:  python bench/bench_sqlite_floor.py [--rows 1000000] [--runs 3]

It imports the synthetic ACLED file of bench_import.py once (``import_dataset``, as the CLI does) into a staging
database, then, ``--runs`` times, copies those rows into a fresh store with one ``INSERT ... SELECT`` per table run
by SQLite itself: no Python touches a row, nothing is parsed or mapped. The copy uses the bulk path's settings
(rollback journal, 256 MiB page cache, foreign keys not re-checked, secondary indexes dropped and rebuilt in the
same transaction). The events/s of that copy is the most an importer writing this schema into SQLite can reach
on this machine; ``bench_import.py`` measures the real import.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_import import generate
from observatory.ingest.acled import import_dataset
from observatory.ingest.bulk_sqlite import CACHE_KIB
from observatory.store import Store

_TABLES = ("events", "casualties")


def copy_once(staging: Path, target: Path) -> tuple[int, float, float]:
    """(events copied, seconds for the row copies, seconds for the index rebuild and commit)."""
    Store.open(str(target)).close()  # the project's schema, migrations and page size
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.execute("PRAGMA threads=2")
    conn.execute("ATTACH DATABASE ? AS staging", (str(staging),))
    marks = ", ".join("?" * len(_TABLES))
    indexes = conn.execute(f"SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks})", _TABLES).fetchall()
    started = time.perf_counter()
    conn.execute("BEGIN")
    for name, _ in indexes:
        conn.execute(f'DROP INDEX main."{name}"')
    for table in _TABLES:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM staging.{table} ORDER BY rowid")
    copied = time.perf_counter() - started
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    total = time.perf_counter() - started
    count = int(conn.execute("SELECT count(*) FROM main.events").fetchone()[0])
    conn.close()
    return count, copied, total - copied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="obs-bench-floor-") as tmp:
        folder = Path(tmp)
        csv_path, staging = folder / "acled_synthetic.csv", folder / "staging.db"
        generate(csv_path, args.rows)
        store = Store.open(str(staging))
        import_dataset(store, csv_path)
        store.close()
        csv_path.unlink()
        rates: list[float] = []
        for run in range(1, args.runs + 1):
            target = folder / f"copy-{run}.db"
            count, copied, rest = copy_once(staging, target)
            rates.append(count / (copied + rest))
            print(f"run {run}: {count:,} events (+ casualties) copied by SQLite in {copied:.2f} s, indexes and commit "
                  f"{rest:.2f} s = {rates[-1]:,.0f} events/s")
            for leftover in folder.glob(f"copy-{run}.db*"):
                leftover.unlink()
    print(f"median of {len(rates)}: {statistics.median(rates):,.0f} events/s "
          f"(SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
