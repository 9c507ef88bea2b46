"""Extraction quality on the blind written sets in bench/data (reports we wrote, gold labelled before any run).

    python bench/bench_extract_written.py                 # every bench/data/written_reports_*.jsonl
    python bench/bench_extract_written.py a c             # only sets A and C
    python bench/bench_extract_written.py --pooled g h    # sets G and H, and the two scored as one set
    python bench/bench_extract_written.py --blind --pooled gk gl gm gn  # the sets of bench/data/blind (not read yet)

Each set was written by someone who had not read the dev reports or the extractor, in the styles of SOHR and the
outlets that relay it, and labelled by ../shared/data/sohr/SCHEMA.md before the extractor ran on it. A set stops
being blind once its failures are worked on: docs/benchmarks.md says which sets were blind for which figure.
Each set runs the pipeline of `observatory extract FILE --format jsonl` and is scored by the shared scorer
(../shared/tools/score_extraction.py, read at run time).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_extract_halves import SCORER, geocoder, score
from observatory.extract.core import GeocoderLike

DATA = Path(__file__).resolve().parent / "data"
SHOWN = ("killed_exact", "killed_pairs", "injured_exact", "injured_pairs", "incident_count_exact", "governorate_accuracy",
         "governorate_precision", "type_accuracy", "type_precision", "totals_recall", "totals_precision")


def main(args: list[str]) -> None:
    pooled, blind = "--pooled" in args, "--blind" in args
    letters = [a for a in args if a not in ("--pooled", "--blind")]
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: clone the project beside its shared/ folder")
    files = sets("written_reports", letters, DATA / "blind" if blind else DATA)
    geo = geocoder()
    every: list[str] = []
    for path in files:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        every.extend(lines)
        _show(f"set {path.stem.rsplit('_', 1)[-1].upper()}", lines, geo)
    if pooled and len(files) > 1:
        _show("pooled " + "+".join(f.stem.rsplit("_", 1)[-1].upper() for f in files), every, geo)


def sets(prefix: str, letters: list[str], folder: Path = DATA) -> list[Path]:
    """The files ``<folder>/<prefix>_<letters>.jsonl`` (folder: bench/data) of the sets named (every one when none
    is), or exit naming what is missing."""
    files = sorted(folder.glob(f"{prefix}_*.jsonl"))
    if letters:
        files = [f for f in files if f.stem.rsplit("_", 1)[-1] in {x.lower() for x in letters}]
    if not files:
        sys.exit(f"no {prefix}_*.jsonl in {folder} for {letters or 'any set'}")
    return files


def _show(name: str, lines: list[str], geo: GeocoderLike | None) -> None:
    metrics = score(lines, geo)
    shown = ", ".join(f"{k} {metrics[k]}" for k in SHOWN)
    print(f"{name} ({len(lines)} reports): {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
