"""How far two annotators agree: a second, independent labelling of a written set, scored against its first gold.

    python bench/bench_extract_agreement.py          # every bench/data/second_labels_*.jsonl
    python bench/bench_extract_agreement.py ae       # only set AE

A second annotator read only ../shared/data/sohr/SCHEMA.md, the set's conventions and the report texts (not the first
labels, not the extractor's output) and labelled every report again. The second labels are scored by the shared scorer
exactly as the extractor's output is, with the first gold as reference: the figures are the ceiling that label
disagreement leaves to any extractor on that set. docs/benchmarks.md records them beside the extractor's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_extract_halves import SCORER
from bench_extract_written import DATA, SHOWN, sets


def as_prediction(line: str) -> str:
    """One line of second labels ({"id", "gold": {...}}) in the scorer's prediction shape."""
    row = json.loads(line)
    gold = row["gold"]
    return json.dumps({"id": row["id"], "incidents": gold.get("incidents", []), "totals": gold.get("totals", [])})


def agreement(first: Path, second: Path) -> dict[str, object]:
    lines = [line for line in second.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "second.jsonl"
        pred.write_text("".join(as_prediction(line) + "\n" for line in lines), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(first), str(pred)], capture_output=True, text=True, check=True)
    metrics: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return metrics


def main(args: list[str]) -> None:
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: clone the project beside its shared/ folder")
    for second in sets("second_labels", args):
        letters = second.stem.rsplit("_", 1)[-1]
        first = DATA / f"written_reports_{letters}.jsonl"
        if not first.exists():
            sys.exit(f"{second.name} has no first gold {first.name} beside it")
        metrics = agreement(first, second)
        print(f"set {letters.upper()}: " + ", ".join(f"{k} {metrics[k]}" for k in SHOWN))


if __name__ == "__main__":
    main(sys.argv[1:])
