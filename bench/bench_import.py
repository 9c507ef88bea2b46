"""Import benchmark: 1M synthetic ACLED rows → `observatory import`, events/s and peak memory.

Run:  python bench/bench_import.py [--rows 1000000] [--runs 3] [--keep]

It writes a synthetic ACLED CSV (the codebook's full column set, Syrian-looking rows) to a temporary
folder, imports it ``--runs`` times, each into a fresh SQLite file, through the same function the CLI calls
(``import_dataset``), and prints each rate, the time of each stage, the median and the process's peak
resident memory. The first run is followed by a second import of the same file (it must add 0). The
generation time is not counted.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

_TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"), ("Violence against civilians", "Abduction/forced disappearance"),
    ("Battles", "Government regains territory"), ("Strategic developments", "Looting/property destruction"),
    ("Explosions/Remote violence", "Suicide bomb"), ("Protests", "Peaceful protest"),
]
_ACTORS = [
    "Military Forces of Syria (2000-)", "Islamic State (Syria)", "QSD: Syrian Democratic Forces",
    "HTS: Hayat Tahrir al-Sham", "Military Forces of Turkey (2016-)", "Military Forces of Russia (2000-)",
    "Unidentified Armed Group (Syria)", "NDF: National Defense Forces", "Hezbollah", "SNA: Syrian National Army",
    "Military Forces of Israel (1948-)", "Civilians (Syria)", "Fatemiyoun Brigade", "Opposition Rebels (Syria)",
]
_PLACES = [
    ("Homs", "Tadmor", "Tadmor", "Palmyra", 34.5503, 38.2806), ("Deir-ez-Zor", "Al Mayadin", "Al Mayadin", "Al Mayadin",
    35.0200, 40.4500), ("Idleb", "Maarrat An Nu'man", "Kafr Nobol", "Kafr Nobol", 35.6134, 36.5615),
    ("Aleppo", "Afrin", "Afrin", "Afrin", 36.5119, 36.8692), ("Dar'a", "Dar'a", "Dar'a", "Dara", 32.6189, 36.1021),
    ("Hama", "As-Suqaylabiyah", "Kafr Zeita", "Kafr Zeita", 35.3731, 36.6011),
]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Write ``rows`` synthetic ACLED rows to ``path``."""
    rnd = random.Random(seed)
    start = date(2017, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(ACLED_HEADER)
        for i in range(rows):
            day = start + timedelta(days=rnd.randrange(0, 2500))
            etype, sub = rnd.choice(_TYPES)
            a1, a2 = rnd.choice(_ACTORS), rnd.choice(_ACTORS + [""])
            adm1, adm2, adm3, loc, lat, lon = rnd.choice(_PLACES)
            deaths = rnd.choice((0, 0, 0, 1, 2, 3, 5, 12))
            notes = (f"On {day:%d %B %Y}, {a1} attacked positions of {a2 or 'unknown gunmen'} near {loc} ({adm1}). "
                     f"{deaths} fatalities reported.")
            out.writerow([
                f"SYR{i + 1}", day.isoformat(), day.year, rnd.choice((1, 1, 1, 2, 3)), "Political violence", etype, sub,
                a1, "", 10, a2, "", 20, 12, "", 760, "Middle East", "Syria", adm1, adm2, adm3, loc,
                f"{lat + rnd.uniform(-0.05, 0.05):.4f}", f"{lon + rnd.uniform(-0.05, 0.05):.4f}", rnd.choice((1, 1, 2, 3)),
                "Syrian Observatory for Human Rights", "National", notes, deaths, "", 1700000000,
            ])


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="imports into fresh databases (median reported)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--row-by-row", action="store_true",
                        help="compare: the row-by-row path (what --skip-bad uses), not the columnar one")
    parser.add_argument("--parse-only", action="store_true", help="time the row-by-row reader + mapper only (no database)")
    args = parser.parse_args()

    from observatory.ingest.acled import import_dataset
    from observatory.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="obs-bench-import-"))
    csv_path = tmp / "acled_synthetic.csv"
    t0 = time.perf_counter()
    generate(csv_path, args.rows)
    print(f"generated {args.rows:,} rows ({csv_path.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - t0:.1f} s")
    rss_before = _peak_rss_mib()
    if args.parse_only:
        t0 = time.perf_counter()
        rows = _parse_only(csv_path)
        elapsed = time.perf_counter() - t0
        print(f"read + map (no database): {rows:,} rows in {elapsed:.2f} s = {rows / elapsed:,.0f} rows/s")
        _cleanup(tmp, args.keep)
        return 0
    rates: list[float] = []
    for run in range(1, args.runs + 1):
        db_path = tmp / f"bench-{run}.db"
        store = Store.open(str(db_path))
        t0, cpu0 = time.perf_counter(), time.process_time()
        result = import_dataset(store, csv_path, skip_bad=args.row_by_row)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        rates.append(result.added / elapsed)
        print(f"run {run}: {result.added:,} events added of {result.rows:,} rows in {elapsed:.2f} s "
              f"= {result.added / elapsed:,.0f} events/s (process CPU {cpu:.2f} s, load {os.getloadavg()[0]:.1f})")
        if result.stages:
            stages = dict(result.stages)
            print(f"  stages (s): read {stages['read']:.2f} + map {stages['map']:.2f} in the reading thread; writer: "
                  f"write {stages['write']:.2f}, waiting for blocks {stages['wait']:.2f}, "
                  f"index rebuild {stages['index']:.2f}, commit {stages['commit']:.2f}"
                  f"{' (bulk load)' if result.bulk_load else ''}")
        if run == 1:
            t1 = time.perf_counter()
            again = import_dataset(store, csv_path, skip_bad=args.row_by_row)
            print(f"  second import of the same file: {again.added} added in {time.perf_counter() - t1:.2f} s")
        store.close()
        for leftover in tmp.glob(f"bench-{run}.db*"):
            leftover.unlink()
    peak = _peak_rss_mib()
    print(f"median of {len(rates)} run(s): {statistics.median(rates):,.0f} events/s")
    print(f"peak RSS: {peak:.0f} MiB (after generation, before import: {rss_before:.0f} MiB)")
    print(f"python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    print(f"load average while running: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    _cleanup(tmp, args.keep)
    return 0


def _parse_only(path: Path) -> int:
    """The importer's reader and ACLED mapper without writing: where the time goes when it is not SQLite."""
    from observatory.ingest.acled import acled_mapper, csv_records
    from observatory.ingest.side_map import load_side_map

    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = csv_records(handle)
        _, header = next(records)
        assert isinstance(header, list)
        mapper = acled_mapper(header, load_side_map(), "bench", path)
        rows = 0
        for _, record in records:
            assert isinstance(record, list)
            mapper(record)
            rows += 1
    return rows


def _cleanup(tmp: Path, keep: bool) -> None:
    if keep:
        print(f"kept {tmp}")
        return
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    raise SystemExit(main())
