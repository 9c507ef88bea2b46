"""Benchmark of the maps with 100,000 synthetic events (run: python bench/bench_maps.py [--events N]).

Prints: time to write the static PNG (reading the store + drawing) and its peak memory, measured in a
child process; time to write map.html and its size; and the time map.html takes to load in headless
Debian chromium with all network blocked (navigation start to the page's ready flag, median of 3).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from observatory.outputs import MapRequest, write_map
from observatory.outputs.sample import synthetic_events
from observatory.store import Store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]

_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from observatory.outputs import MapRequest, write_map
from observatory.store import Store
t1 = time.perf_counter()
write_map(Store.open(sys.argv[1]), MapRequest(), sys.argv[2])
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "render_s": t2 - t1, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def static_map(db: Path, out: Path) -> dict[str, float]:
    res = subprocess.run([sys.executable, "-c", _CHILD, str(db), str(out)], check=True, capture_output=True, text=True)
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def browser_load(page_path: Path, runs: int = 3) -> tuple[float, int]:
    from playwright.sync_api import sync_playwright

    times = []
    external: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                       else (external.append(r.request.url), r.abort()))
            t = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=60000)
            times.append(time.perf_counter() - t)
            stats = page.evaluate("observatoryMap.stats()")
            page.close()
        browser.close()
    if external:
        raise SystemExit(f"the page asked for external resources: {external[:3]}")
    return statistics.median(times), int(stats["shown"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = Store.open(str(db))
        t = time.perf_counter()
        with store.batch("bench") as (conn, batch_id):
            store.add_events(conn, batch_id, synthetic_events(args.events))
        print(f"events loaded into SQLite: {args.events:,} in {time.perf_counter() - t:.1f} s")
        png = static_map(db, Path(tmp) / "map.png")
        print(f"static map PNG: {png['render_s']:.2f} s (read + draw + save; imports {png['import_s']:.2f} s more), "
              f"peak RSS {png['peak_mb']:.0f} MB")
        t = time.perf_counter()
        html = write_map(store, MapRequest(), Path(tmp) / "map.html")
        print(f"map.html written: {time.perf_counter() - t:.2f} s, {html.stat().st_size / 1e6:.1f} MB")
        load, shown = browser_load(html)
        print(f"map.html load in headless chromium (median of 3): {load:.2f} s, {shown:,} events shown")
    print(f"bench process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
