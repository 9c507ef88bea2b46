"""Extraction quality on two halves of the SOHR dev set, split by a hash of the report id (read at run time from ../shared).

    python bench/bench_extract_halves.py            # killed/injured/totals (and the rest) for half A and half B

Half A is the half whose failures one develops against; half B is only checked (it must not drop). The split is
sha1(id) mod 2 (0 -> A), so it is stable across runs and machines. Each half runs the same pipeline as
`observatory extract FILE --format jsonl` (default geocoder) and is scored by ../shared/tools/score_extraction.py.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from observatory.extract.core import GeocoderLike

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "data" / "sohr" / "dev.jsonl"
SCORER = SHARED / "tools" / "score_extraction.py"
SHOWN = ("killed_exact", "killed_pairs", "injured_exact", "injured_pairs", "totals_recall", "totals_precision",
         "incident_count_exact", "type_accuracy", "governorate_accuracy")


def half_of(report_id: str) -> str:
    return "A" if int(hashlib.sha1(report_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def geocoder() -> GeocoderLike | None:
    try:
        from observatory.geo import Geocoder
    except ImportError:
        return None
    geo: GeocoderLike = Geocoder.default()
    return geo


def score(lines: list[str], geo: GeocoderLike | None) -> dict[str, object]:
    from observatory.extract.runner import extract_lines

    rows = [r.row for r in extract_lines(io.StringIO("\n".join(lines)), "dev", geocoder=geo)]
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        pred.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)], capture_output=True, text=True, check=True)
    metrics: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return metrics


def main() -> None:
    if not DEV.exists() or not SCORER.exists():
        sys.exit(f"{DEV} or {SCORER} is absent: clone the project beside its shared/ folder")
    halves: dict[str, list[str]] = {"A": [], "B": []}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            halves[half_of(json.loads(line)["id"])].append(line)
    geo = geocoder()
    for name, lines in halves.items():
        metrics = score(lines, geo)
        shown = ", ".join(f"{k} {metrics[k]}" for k in SHOWN)
        print(f"half {name} ({len(lines)} reports): {shown}")


if __name__ == "__main__":
    main()
