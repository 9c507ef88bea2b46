"""Train the learned role of casualty numbers (observatory.extract.learned_totals) and measure it on held-out sets.

    python bench/train_role_model.py --write                               # train on every set of bench/data and
                                                                           # write the package's role_weights.json
    python bench/train_role_model.py --folds 5                             # 5 folds of whole sets, each held out
    python bench/train_role_model.py --train a..fx --test fy fz ga gb      # train on some sets, measure on others
    python bench/train_role_model.py --train a..gb p1 p2 --test gc gd ge gf --show added.tsv  # ... listing additions
    (--cache FILE keeps the extracted sets between runs; --extra DIR reads more written_reports_*.jsonl from DIR)

Labels come from the gold values, never from the rules (as in bench_role_model.py): a candidate whose value equals
gold values of one role only gets that role; one whose value no gold figure has gets `none` unless it could be a part
of an unmatched gold value (sum of 2-3 candidates, difference of two); values two roles (or a total's of_which) share
are ambiguous and left out. Features come from observatory.extract.learned_totals.features on the rules-only
extraction (`extract_report(..., learned=False)`), so training sees exactly what the extractor sees. The model is a
numpy multinomial logistic regression (L2 1.0, full-batch Adam, 400 steps) over features seen in >= 3 training sets.
A held-out check rescores with ../shared/tools/score_extraction.py: totals recall and precision, and the reports moved
towards / away (by their totals' symmetric difference with the gold).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bench_extract_halves import SCORER, geocoder
from bench_side_model import DATA, expand, load_scorer, reports_of, set_order
from observatory.extract import to_contract
from observatory.extract.core import default_lexicon, extract_report
from observatory.extract.learned_totals import (
    ROLES,
    WEIGHTS,
    RoleModel,
    RuleSpans,
    SentenceBreaks,
    candidates,
    complete_totals,
    features,
)
from observatory.models import Extraction

MIN_SETS = 3
MIN_CONF = 0.6  # chosen in round 51 by 5-fold cross-validation over whole sets (0.6 vs 0.7: same share right, more added)
OUT = Path(__file__).resolve().parent.parent / "src" / "observatory" / "data" / WEIGHTS
Matrix = NDArray[np.float64]


@dataclass
class Case:
    set: str
    key: str
    text: str
    ex: Extraction
    gold: dict[str, Any]
    feats: list[list[str]]
    labels: list[str | None]


def gold_values(gold: dict[str, Any]) -> tuple[Counter[tuple[str, int]], set[int]]:
    vals: Counter[tuple[str, int]] = Counter()
    of_which: set[int] = set()
    for inc in gold.get("incidents") or []:
        for role in ("killed", "injured"):
            vals.update((f"incident_{role}", n) for n in (inc.get(role) or {}).values() if isinstance(n, int) and n > 0)
    for t in gold.get("totals") or []:
        if isinstance(t.get("killed"), int) and t["killed"] > 0:
            vals[("total_killed", t["killed"])] += 1
        of_which |= {n for n in (t.get("of_which") or {}).values() if isinstance(n, int)}
    return vals, of_which


def labels(values: Sequence[int], gold: dict[str, Any]) -> list[str | None]:
    vals, of_which = gold_values(gold)
    by_value: dict[int, set[str]] = defaultdict(set)
    for role, v in vals:
        by_value[v].add(role)
    parts: set[int] = set()
    for g in {v for _, v in vals} - set(values):
        for size in (2, 3):
            if len(values) <= 40:
                parts.update(i for sub in itertools.combinations(range(len(values)), size)
                             if sum(values[k] for k in sub) == g for i in sub)
        for i, j in itertools.permutations(range(len(values)), 2):
            if values[i] - values[j] == g:
                parts.update((i, j))
    out: list[str | None] = []
    for k, v in enumerate(values):
        roles = by_value.get(v, set())
        if v in of_which and not roles <= {"total_killed"} or len(roles) > 1 or not roles and (v in of_which or k in parts):
            out.append(None)
        else:
            out.append(next(iter(roles)) if roles else "none")
    return out


def load(paths: Sequence[tuple[str, Path]]) -> list[Case]:
    geo, lexicon = geocoder(), default_lexicon()
    cases: list[Case] = []
    for name, path in paths:
        for _, line, ext, report in reports_of(path):
            ex = extract_report(report, geo, lexicon, learned=False)
            text = report.text
            breaks = SentenceBreaks.of(text)
            cands = candidates(text, breaks)
            places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
            booked = RuleSpans.of(ex)
            feats = [features(text, cands, k, places, booked.role(c), breaks) for k, c in enumerate(cands)]
            gold = json.loads(line).get("gold") or {}
            cases.append(Case(name, f"{name}/{ext}", text, ex, gold, feats, labels([c.value for c in cands], gold)))
    return cases


def softmax(Z: Matrix) -> Matrix:
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    out: Matrix = E / E.sum(axis=1, keepdims=True)
    return out


def train(cases: Sequence[Case], min_conf: float = MIN_CONF, lam: float = 1.0, iters: int = 400,
          lr: float = 0.1) -> RoleModel:
    """Weights over features seen in >= MIN_SETS sets, on the labelled candidates (full-batch Adam)."""
    sets_of: dict[str, set[str]] = defaultdict(set)
    for case in cases:
        for fs in case.feats:
            for x in fs:
                sets_of[x].add(case.set)
    ix = {x: i for i, x in enumerate(sorted(x for x, s in sets_of.items() if len(s) >= MIN_SETS or x == "bias"))}
    rows: list[int] = []
    cols: list[int] = []
    ys: list[int] = []
    for case in cases:
        for fs, lab in zip(case.feats, case.labels, strict=True):
            if lab is None:
                continue
            js = sorted({ix[x] for x in fs if x in ix})
            rows += [len(ys)] * len(js)
            cols += js
            ys.append(ROLES.index(lab))
    r, c = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    n, d, k = len(ys), len(ix), len(ROLES)
    Y = np.zeros((n, k))
    Y[np.arange(n), ys] = 1.0

    def dot(W: Matrix) -> Matrix:
        return np.stack([np.bincount(r, weights=W[c, j], minlength=n) for j in range(k)], axis=1)

    def tdot(R: Matrix) -> Matrix:
        return np.stack([np.bincount(c, weights=R[r, j], minlength=d) for j in range(k)], axis=1)

    W = np.zeros((d, k))
    m, v = np.zeros_like(W), np.zeros_like(W)
    for t in range(1, iters + 1):
        G = tdot(softmax(dot(W)) - Y) + lam * W
        m = 0.9 * m + 0.1 * G
        v = 0.999 * v + 0.001 * G * G
        W -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    names = sorted(ix, key=ix.__getitem__)
    weights = {x: tuple(round(float(w), 4) for w in W[ix[x]]) for x in names if np.abs(W[ix[x]]).max() >= 5e-4}
    return RoleModel(weights, min_conf)


def to_json(model: RoleModel, sets: Sequence[str]) -> str:
    return json.dumps({"roles": list(ROLES), "min_conf": model.min_conf, "trained_on": list(sets),
                       "weights": dict(sorted(model.weights.items()))}, separators=(",", ":")) + "\n"


def tot_errors(gold: dict[str, Any], row: dict[str, Any]) -> int:
    g = Counter((t.get("side"), t.get("killed")) for t in gold.get("totals") or [])
    p = Counter((t.get("side"), t.get("killed")) for t in row.get("totals") or [])
    return sum(((g - p) + (p - g)).values())


def _move(before: int, after: int) -> str:
    return "towards" if after < before else "away" if after > before else "same"


def held_out(cases: Sequence[Case], model: RoleModel, name: str = "held out", show: Path | None = None) -> None:
    scorer, lexicon = load_scorer(), default_lexicon()
    gold = [{"id": c.key, "gold": c.gold} for c in cases]
    before = [to_contract(c.key, c.ex) for c in cases]
    completed = [complete_totals(c.ex, c.text, lexicon, model) for c in cases]
    after = [to_contract(c.key, ex) for c, ex in zip(cases, completed, strict=True)]
    b, a = scorer.score(gold, before, False), scorer.score(gold, after, False)
    moves = Counter(_move(tot_errors(c.gold, x), tot_errors(c.gold, y))
                    for c, x, y in zip(cases, before, after, strict=True) if x != y)
    added = sum(len(y["totals"]) - len(x["totals"]) for x, y in zip(before, after, strict=True))
    if show is not None:
        with show.open("a", encoding="utf-8") as out:
            for c, ex in zip(cases, completed, strict=True):
                g = Counter((t.get("side"), t.get("killed")) for t in c.gold.get("totals") or [])
                for t in ex.totals[len(c.ex.totals):]:
                    lo, hi = (t.span.start, t.span.end) if t.span else (0, 0)
                    around = " ".join(c.text[max(0, lo - 100):hi + 60].split())
                    out.write(f"{c.key}\t{'right' if g[(t.side, t.killed)] else 'wrong'}\t{t.side}\t{t.killed}\t{around}\n")
    print(f"[{name}, min_conf {model.min_conf}] {len(cases)} reports; {added} totals added; totals recall "
          f"{b['totals_recall']} -> {a['totals_recall']}, precision {b['totals_precision']} -> "
          f"{a['totals_precision']}; reports changed {dict(moves)}", flush=True)


def folds(cases: Sequence[Case], k: int, show: Path | None, min_conf: float = MIN_CONF) -> None:
    """Each of k folds of whole sets (every k-th set in order) held out from a model trained on the others."""
    names = sorted({c.set for c in cases}, key=set_order)
    for f in range(k):
        out = set(names[f::k])
        model = train([c for c in cases if c.set not in out], min_conf)
        held_out([c for c in cases if c.set in out], model, f"fold {f + 1}/{k}", show)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", help="training sets (default: every set)")
    ap.add_argument("--test", nargs="+", help="held-out sets to measure on")
    ap.add_argument("--extra", type=Path, help="a folder with more written_reports_*.jsonl sets")
    ap.add_argument("--write", action="store_true", help=f"write the weights to {OUT}")
    ap.add_argument("--folds", type=int, default=0, help="also: K folds of whole training sets, each held out in turn")
    ap.add_argument("--cache", type=Path, help="keep the extracted sets in this pickle (reused when it exists)")
    ap.add_argument("--min-conf", type=float, default=MIN_CONF, help=f"a new total's least probability ({MIN_CONF})")
    ap.add_argument("--show", type=Path, help="append every added total (report, right/wrong, side, killed) here")
    args = ap.parse_args(argv)
    files = {p.stem.removeprefix("written_reports_").upper(): p for p in DATA.glob("written_reports_*.jsonl")}
    if args.extra:
        files |= {p.stem.removeprefix("written_reports_").upper(): p for p in args.extra.glob("written_reports_*.jsonl")}
    present = sorted(files, key=set_order)
    train_sets = expand(args.train, present) if args.train else present
    test_sets = expand(args.test, present) if args.test else []
    t0 = time.time()
    wanted = [(s, files[s]) for s in present if s in set(train_sets) | set(test_sets)]
    if args.cache and args.cache.exists():
        cases = [c for c in pickle.loads(args.cache.read_bytes()) if c.set in {s for s, _ in wanted}]
    else:
        cases = load(wanted)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cases))
    train_cases = [c for c in cases if c.set in set(train_sets) - set(test_sets)]
    model = train(train_cases, args.min_conf)
    print(f"trained on {len(train_cases)} reports, {len(model.weights)} features, in {time.time() - t0:.0f}s", flush=True)
    if (test_sets or args.folds) and not SCORER.exists():
        sys.exit(f"{SCORER} is absent: clone the project beside its shared/ folder")
    if test_sets:
        held_out([c for c in cases if c.set in set(test_sets)], model, show=args.show)
    folds(train_cases, args.folds, args.show, args.min_conf)
    if args.write:
        OUT.write_text(to_json(model, sorted({c.set for c in train_cases}, key=set_order)), encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
