"""Which reports a change moves towards gold and which away: every written set in bench/data and the dev reports.

    python bench/bench_extract_moves.py --predict before.jsonl          # predictions of the code on PYTHONPATH
    python bench/bench_extract_moves.py before.jsonl after.jsonl        # towards / away for each set that changed
    python bench/bench_extract_moves.py before.jsonl after.jsonl -v     # ... and the ids of the reports that moved

A round's figures "N towards, 0 away" come from this: predictions of the round's start code (a `git worktree add
/tmp/start <commit>` put first on PYTHONPATH), predictions of the end code, then the comparison. A report moves
towards gold when it has fewer errors after than before, away when more. Its errors are counted on the fields the
shared scorer (../shared/tools/score_extraction.py) scores: each side whose killed or injured sum differs from gold
(sides the gold gives only as a vague phrase left out), a wrong number of incidents, each governorate or type missing
or extra against the gold's multiset, and each (side, killed) total missing or extra. Each report counts once, however
many of its errors went. Since one error can be traded for another, the comparison also counts, per field, the reports
whose killed (injured) sums went from right to wrong ("lost") and from wrong to right ("gained").
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench_extract_halves import DEV, geocoder

DATA = Path(__file__).resolve().parent / "data"
Row = dict[str, Any]


def labelled() -> dict[str, tuple[str, Row]]:
    """Every labelled report by id, with the code of its set ("FQ", ..., "dev")."""
    files = sorted(DATA.glob("written_reports_*.jsonl"))
    if DEV.exists():
        files.append(DEV)
    reports: dict[str, tuple[str, Row]] = {}
    for path in files:
        code = "dev" if path == DEV else path.stem.rsplit("_", 1)[-1].upper()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                reports[str(row["id"])] = (code, row)
    return reports


def predict(out: Path) -> None:
    """Run the extractor on PYTHONPATH over every labelled report and write its rows to ``out``."""
    from observatory.extract.runner import extract_lines

    lines = [json.dumps({k: row[k] for k in ("id", "text", "published") if k in row}) for _, row in labelled().values()]
    rows = extract_lines(io.StringIO("\n".join(lines)), "moves", geocoder=geocoder())
    with out.open("w", encoding="utf-8") as handle:
        for result in rows:
            handle.write(json.dumps(result.row) + "\n")
    print(f"{len(lines)} reports -> {out}")


def _key(value: object) -> str:
    return "".join(ch for ch in str(value or "").lower() if ch.isalnum())


def _sums(incidents: list[Row], field: str) -> Counter[str]:
    sums: Counter[str] = Counter()
    for incident in incidents:
        for side, n in (incident.get(field) or {}).items():
            sums[side] += int(n or 0)
    return sums


def _side_misses(gold: Row, pred: Row, field: str) -> int:
    """How many sides of ``field`` ("killed" / "injured") the report's sums get wrong (sides the gold gives only as a
    vague phrase left out, as the scorer does)."""
    g_inc, p_inc = gold.get("incidents") or [], pred.get("incidents") or []
    vague = "vague" if field == "killed" else "vague_injured"
    skip = {side for incident in g_inc for side in incident.get(vague) or {}}
    g_sum, p_sum = _sums(g_inc, field), _sums(p_inc, field)
    return sum(1 for side in (set(g_sum) | set(p_sum)) - skip if g_sum[side] != p_sum[side])


def errors(gold: Row, pred: Row) -> int:
    """How many of the scored fields of one report differ from its gold."""
    g_inc, p_inc = gold.get("incidents") or [], pred.get("incidents") or []
    count = int(len(g_inc) != len(p_inc)) + _side_misses(gold, pred, "killed") + _side_misses(gold, pred, "injured")
    for key in ("governorate", "type"):
        wanted = Counter(_key(i.get(key)) for i in g_inc if i.get(key))
        have = Counter(_key(i.get(key)) for i in p_inc if i.get(key))
        count += sum(((wanted - have) + (have - wanted)).values())
    g_tot = Counter((t.get("side"), t.get("killed")) for t in gold.get("totals") or [])
    p_tot = Counter((t.get("side"), t.get("killed")) for t in pred.get("totals") or [])
    return count + sum(((g_tot - p_tot) + (p_tot - g_tot)).values())


def _read(path: Path) -> dict[str, Row]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(row["id"]): row for row in rows}


def compare(before: Path, after: Path, verbose: bool) -> None:
    """Print, for each set with a changed report, how many reports moved towards gold and how many away."""
    old, new = _read(before), _read(after)
    moved: dict[str, Counter[str]] = {}
    ids: dict[str, list[str]] = {}
    for rid, (code, row) in labelled().items():
        if rid not in old or rid not in new or old[rid] == new[rid]:
            continue
        delta = errors(row["gold"], new[rid]) - errors(row["gold"], old[rid])
        way = "towards" if delta < 0 else "away" if delta > 0 else "same"
        moved.setdefault(code, Counter())[way] += 1
        ids.setdefault(way, []).append(rid)
    total: Counter[str] = Counter()
    for code in sorted(moved, key=lambda c: (c == "dev", len(c), c)):
        tally = moved[code]
        total.update(tally)
        print(f"set {code}: {sum(tally.values())} changed, {tally['towards']} towards, {tally['away']} away")
    print(f"all: {sum(total.values())} changed, {total['towards']} towards, {total['away']} away")
    flips = exact_flips(old, new)
    for field in ("killed", "injured"):
        print(f"{field} exact: {len(flips[field, 'gained'])} gained, {len(flips[field, 'lost'])} lost")
    if verbose:
        for way in ("away", "towards", "same"):
            print(f"{way}: {' '.join(ids.get(way, [])) or '-'}")
        for field in ("killed", "injured"):
            print(f"{field} exact lost: {' '.join(flips[field, 'lost']) or '-'}")


def exact_flips(old: dict[str, Row], new: dict[str, Row]) -> dict[tuple[str, str], list[str]]:
    """The reports whose killed (injured) sums went from right to wrong ("lost") or wrong to right ("gained"): a move
    "towards" by the error count may still trade a field's error for another's."""
    flips: dict[tuple[str, str], list[str]] = {(f, w): [] for f in ("killed", "injured") for w in ("gained", "lost")}
    for rid, (_, row) in labelled().items():
        if rid not in old or rid not in new or old[rid] == new[rid]:
            continue
        for field in ("killed", "injured"):
            was, now = _side_misses(row["gold"], old[rid], field) == 0, _side_misses(row["gold"], new[rid], field) == 0
            if was != now:
                flips[field, "gained" if now else "lost"].append(rid)
    return flips


def main(args: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="BEFORE.jsonl AFTER.jsonl to compare")
    parser.add_argument("--predict", type=Path, metavar="OUT", help="write the predictions of the code on PYTHONPATH")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the ids of the reports that moved")
    opts = parser.parse_args(args)
    if opts.predict:
        predict(opts.predict)
    elif len(opts.files) == 2:
        compare(opts.files[0], opts.files[1], opts.verbose)
    else:
        parser.error("give --predict OUT, or BEFORE.jsonl AFTER.jsonl")


if __name__ == "__main__":
    main(sys.argv[1:])
