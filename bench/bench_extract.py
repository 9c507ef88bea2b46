"""Extraction speed and memory on real report texts (read at run time from ../shared; nothing copied).

    python bench/bench_extract.py                      # speed: reports/s, whole pipeline, one process (one core)
    python bench/bench_extract.py --stream 100000      # peak memory while streaming 100,000 reports
    python bench/bench_extract.py --distinct           # one pass over ~2,100 different reports (no text read twice)

Speed covers the whole `observatory extract` pipeline per report: JSON line parsing, extraction with the
default geocoder, the contract row and its JSON serialisation. Passes after the first read texts the caches
have seen; ``--distinct`` reads each text once (the project's written sets in bench/data and the dev texts), the
figure a stream of new reports gets. CPU time is printed beside wall time: on a shared machine it is the steadier.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "sohr" / "dev.jsonl"


def load_lines() -> list[str]:
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: clone the project beside its shared/ folder")
    return [line for line in SHARED.read_text(encoding="utf-8").splitlines() if line.strip()]


def geocoder() -> object | None:
    try:
        from observatory.geo import Geocoder  # type: ignore[attr-defined]
    except ImportError:
        return None
    return Geocoder.default()


def written_lines() -> list[str]:
    """The project's written reports (bench/data), then the dev texts: every text a different one."""
    data = Path(__file__).resolve().parent / "data"
    lines = [line for path in sorted(data.glob("written_reports_*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines + load_lines()


def speed(lines: list[str], passes: int, geo: object | None) -> None:
    from observatory.extract.runner import extract_lines

    list(extract_lines(iter(lines[:5]), "warmup", geocoder=geo))  # type: ignore[arg-type]
    cpu = time.process_time()
    start = time.perf_counter()
    n = 0
    for _ in range(passes):
        for result in extract_lines(iter(lines), "dev.jsonl", geocoder=geo):  # type: ignore[arg-type]
            json.dumps(result.row, ensure_ascii=False)
            n += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    chars = sum(len(json.loads(line)["text"]) for line in lines) * passes
    print(f"speed: {n} reports in {elapsed:.2f} s = {n / elapsed:.1f} reports/s "
          f"({chars / elapsed / 1000:.0f} k chars/s); CPU {cpu:.2f} s = {n / cpu:.1f} reports/s; geocoder={'on' if geo else 'off'}")


def stream(lines: list[str], total: int, geo: object | None) -> None:
    from observatory.extract.runner import extract_lines

    def source() -> Iterator[str]:
        for i in range(total):
            obj = json.loads(lines[i % len(lines)])
            obj["id"] = f"r{i}"
            obj["text"] = obj["text"] + f"\n\n(copy {i})"  # distinct texts, so distinct report ids
            yield json.dumps(obj, ensure_ascii=False)

    start = time.perf_counter()
    n = 0
    for result in extract_lines(source(), "generated", geocoder=geo):  # type: ignore[arg-type]
        json.dumps(result.row, ensure_ascii=False)
        n += 1
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stream: {n} reports in {elapsed:.0f} s = {n / elapsed:.1f} reports/s; peak RSS {peak_mb:.0f} MB")


def one_big_report(geo: object | None) -> None:
    """Seconds for one report of just over 1 MB (the same incident paragraph repeated): the bad-input case of issue 4."""
    from observatory.extract.core import extract_report
    from observatory.models import Report

    paragraph = ("On Monday, regime artillery shelled the village of Kafr Aya near the town of Salqin, killing a civilian "
                 "and injuring two others, while the market stayed closed and residents left for the fields.\n\n")
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    start = time.perf_counter()
    extraction = extract_report(Report(text=text), geocoder=geo)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    print(f"one report of {len(text):,} characters: {elapsed:.1f} s, {len(extraction.events)} incident(s), "
          f"reason {extraction.reason!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="passes over the dev texts for the speed figure")
    parser.add_argument("--stream", type=int, default=0, help="stream this many reports and report peak memory")
    parser.add_argument("--no-geo", action="store_true", help="extract without the geocoder")
    parser.add_argument("--big", action="store_true", help="time one report of 1 MB instead")
    parser.add_argument("--distinct", action="store_true", help="one pass over the written sets and the dev texts")
    args = parser.parse_args()
    geo = None if args.no_geo else geocoder()
    if args.big:
        one_big_report(geo)
        return
    if args.distinct:
        speed(written_lines(), 1, geo)
        return
    lines = load_lines()
    if args.stream:
        stream(lines, args.stream, geo)
    else:
        speed(lines, args.passes, geo)


if __name__ == "__main__":
    main()
