"""Can a small learned model decide the side of each casualty figure better than the rules? (leave-sets-out check)

    python bench/bench_side_model.py                        # (a), (b) and (c) with the defaults below
    python bench/bench_side_model.py --test au av aw ax     # (a): sets held out (default); --train a..at is the default
    python bench/bench_side_model.py --folds 5              # (b): k-fold leave-sets-out, folds by whole sets (seed 20)
    python bench/bench_side_model.py --no-dev               # skip (c): train on every written set, test on SOHR dev
    python bench/bench_side_model.py --sets a..ax           # (b) and (c) on the sets named only (default: all present)

A *figure* is one casualty count (killed or injured) of one event, booked to a side by the rule-based extractor;
the contract row sums figures per side. The model is a numpy multinomial logistic regression (L2 1.0, full-batch
Adam, 400 steps) over context features of the figure: the rules' side, event type and sides, the words around the
figure's span in its sentence (place mentions and numbers masked), and the actor-lexicon sides found in that sentence.
It is trained on *silver* labels: figures whose side the gold fixes unambiguously (a report whose per-side sums
already match the gold labels each figure with its own side; otherwise moves of at most 3 figures that make the sums
match, kept where every such move agrees). The model overrides the rules' side only where another side's probability
beats it by more than a margin, chosen by 5-fold leave-sets-out CV inside the training sets (11 margins, 1.01 =
never). Before/after killed_exact and injured_exact come from ../shared/tools/score_extraction.py (read at run time)
on the contract rows rebuilt with the changed sides. Each figure change is judged right/wrong by the silver labels.
The live extractor (default geocoder) runs once over the reports; everything stays in memory.
Sets are named as in bench/data (A..Z, AA..AZ, BA..); `x..y` names a range in that order.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import importlib.util
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bench_extract_halves import DEV, SCORER, geocoder
from observatory.extract import extract_report, to_contract
from observatory.extract.actors import ActorLexicon
from observatory.extract.learned_totals import SENTENCE_BREAK as _SENT_END
from observatory.extract.learned_totals import TOKEN as _TOK
from observatory.extract.learned_totals import norm_token as _norm_tok
from observatory.extract.runner import report_from_line
from observatory.models import Extraction, Report

DATA = Path(__file__).resolve().parent / "data"
SIDES = ("regime", "pro_iran_foreign", "russia", "isis", "sdf", "turkey_factions", "hts_rebels", "civilians",
         "coalition", "unknown")  # the model's classes; figures booked elsewhere are left to the rules
SIDE_IX = {s: i for i, s in enumerate(SIDES)}
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never override
INNER_FOLDS = 5
MIN_SETS = 3  # a feature must occur in this many distinct training sets
SEED = 20
ROLES = (("killed", "vague"), ("injured", "vague_injured"))  # field, gold key of sides given only as a phrase
Rows = list[dict[str, Any]]
Matrix = NDArray[np.float64]

# ---------------------------------------------------------------------------------------------------- features
_STOP_NG = frozenset({"were", "was", "are", "is", "have", "has", "had", "in", "on", "at", "by", "and", "of",
                      "from", "during", "after", "when", "while", "who", "which", "that", ",", ".", ";", ":",
                      "(", ")", "-", "killed", "wounded", "injured", "died", "dead", "including", "among",
                      "as", "to", "with", "for"})


@dataclass
class Figure:
    """One Casualty x role of one event, with the span of its killed./injured. claim."""

    inc_ix: int | None
    role: str
    side: str
    value: int
    start: int | None
    end: int | None
    context: dict[str, str]  # event type, perpetrator and target sides, actor, number of casualties (max 3)
    feats: list[str] = field(default_factory=list)


@dataclass
class Case:
    key: str  # unique across sets (report ids repeat between sets)
    set: str
    row: dict[str, Any]
    gold: dict[str, Any]
    figs: list[Figure]


def figures_of(ex: Extraction, row: dict[str, Any]) -> list[Figure]:
    claims: dict[tuple[str | None, str], list[Any]] = defaultdict(list)
    for c in ex.claims:
        if c.field.startswith(("killed.", "injured.")) and c.qualifier.value != "vague":
            claims[(c.event_id, c.field)].append(c)
    inc_ix = {inc["id"]: i for i, inc in enumerate(row["incidents"])}
    out = []
    for ev in ex.events:
        context = {"etype": str(ev.event_type), "perp": str(ev.perpetrator_side), "target": str(ev.target_side),
                   "n_cas": str(min(len(ev.casualties), 3))}
        for cas in ev.casualties:
            for role in ("killed", "injured"):
                cnt = getattr(cas, role)
                if cnt is None:
                    continue
                cands = claims.get((ev.id, f"{role}.{cas.side}"), [])
                pick = next((c for c in cands if str(c.value) == str(cnt.best)), cands[0] if cands else None)
                out.append(Figure(inc_ix.get(ev.id), role, cas.side, int(cnt.best),
                                  pick.span.start if pick else None, pick.span.end if pick else None,
                                  {**context, "actor": str(cas.actor)}))
    return out


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    after = _SENT_END.search(text, max(end, start))
    return s, after.start() if after else len(text)


def _bucket(d: int) -> str:
    return "0" if d <= 3 else "1" if d <= 8 else "2" if d <= 20 else "3"


def _event_feats(fig: Figure) -> list[str]:
    """The rules' side, role and event; the pilot's governorate feature is left out (keyed to a place name)."""
    c, r = fig.context, fig.side
    return ["bias", f"r={r}", f"role={fig.role}", f"role_r={fig.role}|{r}", f"type={c['etype']}",
            f"perp={c['perp']}", f"tgt={c['target']}", f"r_perp_same={c['perp'] == r}",
            f"r_tgt_same={c['target'] == r}", f"r|tgt={r}|{c['target']}", f"r|perp={r}|{c['perp']}",
            f"ncas={c['n_cas']}", f"actor={c['actor']}"]


def _word_feats(sent: str, s0: int, fig: Figure, start: int, end: int, places: Sequence[tuple[int, int]],
                window: int = 5) -> list[str]:
    toks = [(m.group(0), m.start(), m.end()) for m in _TOK.finditer(sent)]

    def norm(t: str, a: int, b: int) -> str:
        return _norm_tok(t, any(ps < s0 + b and s0 + a < pe for ps, pe in places))

    left = [norm(t, a, b) for t, a, b in toks if b <= start - s0]
    right = [norm(t, a, b) for t, a, b in toks if a >= end - s0]
    f: list[str] = []
    for tag, words in (("L", left[-window:][::-1]), ("R", right[:window])):
        for i, t in enumerate(words):
            f += [f"{tag}:{t}"] + ([f"{tag}{i + 1}:{t}"] if i < 2 else [])
    ng = list(itertools.takewhile(lambda t: t not in _STOP_NG, right[:6]))
    f += [f"NG:{t}" for t in ng[:4]]
    f += [f"NGlast:{ng[-1]}", f"r|NGlast={fig.side}|{ng[-1]}"] if ng else ["NG:none"]
    return f


def _actor_feats(text: str, s0: int, s1: int, fig: Figure, start: int, end: int, on: date | None,
                 lexicon: ActorLexicon) -> list[str]:
    tok_starts = [s0 + m.start() for m in _TOK.finditer(text[s0:s1])]
    f: list[str] = []
    near_l: tuple[str, int] | None = None
    near_r: tuple[str, int] | None = None
    sides_in: set[str] = set()
    for m in lexicon.find(text, s0, s1, on):
        sides_in.add(m.side)
        if m.end <= start:
            d = bisect.bisect_left(tok_starts, start) - bisect.bisect_left(tok_starts, m.end)
            f.append(f"actL={m.side}|{_bucket(d)}")
            near_l = (m.side, d)
        elif m.start >= end:
            d = bisect.bisect_left(tok_starts, m.start) - bisect.bisect_left(tok_starts, end)
            f.append(f"actR={m.side}|{_bucket(d)}")
            near_r = near_r or (m.side, d)
        else:
            f.append(f"actIn={m.side}")
    for side in sorted(sides_in):
        f += [f"act={side}", f"r|act={fig.side}|{side}"]
    f.append(f"r_in_sent={fig.side in sides_in}")
    for tag, near in (("R", near_r), ("L", near_l)):
        if near:
            f += [f"near{tag}={near[0]}|{_bucket(near[1])}", f"r|near{tag}={fig.side}|{near[0]}"]
    return f


def features(text: str, fig: Figure, places: Sequence[tuple[int, int]], on: date | None,
             lexicon: ActorLexicon) -> list[str]:
    """String features of one figure; none keyed to ids, numbers or place names (place spans are masked)."""
    f = _event_feats(fig)
    if fig.start is None or fig.end is None:
        return [*f, "nospan"]
    start, end = fig.start, fig.end
    if end <= start:
        f.append("emptyspan")
    s0, s1 = _sentence(text, start, end)
    f += _word_feats(text[s0:s1], s0, fig, start, end, places)
    return f + _actor_feats(text, s0, s1, fig, start, end, on, lexicon)


# ---------------------------------------------------------------------------------------------------- reports
def set_order(name: str) -> tuple[int, str]:
    return len(name), name


def expand(names: Iterable[str], present: Sequence[str]) -> list[str]:
    """Set names and `x..y` ranges (in A..Z, AA.. order) -> the sets named, in that order; unknown names are fatal."""
    out: list[str] = []
    for name in (n.upper() for n in names):
        lo, _, hi = name.partition("..")
        picked = [s for s in present if set_order(lo) <= set_order(s) <= set_order(hi or lo)]
        if not picked or (not hi and lo not in present):
            sys.exit(f"no set {name} in {DATA}")
        out += [s for s in picked if s not in out]
    return out


def reports_of(path: Path) -> Iterator[tuple[int, str, str, Report]]:
    """(line number, line, external id, report) of each non-blank line of a JSONL file of reports (the bench scripts'
    reader)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            ext, report = report_from_line(line, str(path), n)
            yield n, line, ext, report


def load(paths: Sequence[tuple[str, Path]]) -> list[Case]:
    """Run the live extractor (default geocoder) once over every report of the files."""
    geo, lexicon = geocoder(), ActorLexicon.default()
    cases: list[Case] = []
    for name, path in paths:
        for n, line, ext, report in reports_of(path):
            ex = extract_report(report, geo)
            row = to_contract(ext, ex)
            figs = figures_of(ex, row)
            places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
            for fig in figs:
                fig.feats = features(report.text, fig, places, report.published, lexicon)
            cases.append(Case(f"{name}/{n}", name, row, json.loads(line).get("gold") or {}, figs))
    return cases


# ---------------------------------------------------------------------------------------------------- scoring
def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tally(scorer: ModuleType, cases: Sequence[Case], rows: Rows) -> Counter[str]:
    """Hits and pairs of killed/injured per side, by the shared scorer (keys made unique across sets)."""
    gold = [{"id": c.key, "gold": c.gold} for c in cases]
    pred = [{**row, "id": c.key} for c, row in zip(cases, rows, strict=True)]
    metrics = scorer.score(gold, pred, False)
    t: Counter[str] = Counter()
    for role, _ in ROLES:
        pairs = int(metrics[f"{role}_pairs"])
        t[f"{role}_p"] = pairs
        t[f"{role}_h"] = round((metrics[f"{role}_exact"] or 0) * pairs)
    return t


def fmt(t: Counter[str]) -> str:
    return ", ".join(f"{r}_exact {t[r + '_h'] / max(t[r + '_p'], 1):.4f} ({t[r + '_h']}/{t[r + '_p']})"
                     for r, _ in ROLES)


def rebuilt_row(case: Case, new_sides: dict[int, str]) -> dict[str, Any]:
    """The contract row with each changed figure's value moved to its new side within its incident."""
    if not new_sides:
        return case.row
    row = copy.deepcopy(case.row)
    for k, side in new_sides.items():
        f = case.figs[k]
        if f.inc_ix is None or side == f.side:
            continue
        d = row["incidents"][f.inc_ix][f.role]
        d[f.side] = d.get(f.side, 0) - f.value
        if d[f.side] == 0:
            del d[f.side]
        d[side] = d.get(side, 0) + f.value
    return row


# ---------------------------------------------------------------------------------------------------- silver labels
def _sums(incidents: Sequence[dict[str, Any]], role: str) -> Counter[str]:
    s: Counter[str] = Counter()
    for inc in incidents:
        for side, n in (inc.get(role) or {}).items():
            if isinstance(n, int | float):
                s[side] += int(n)
    return s


def _moves(case: Case, idx: list[int], gold: Counter[str], vague: set[str]) -> list[dict[int, str]]:
    """The smallest sets of figure moves (1-3 figures) that make the per-side sums match the gold."""
    figs = case.figs
    p: Counter[str] = Counter()
    for k in idx:
        p[figs[k].side] += figs[k].value

    def ok(pp: Counter[str]) -> bool:
        return all(pp[s] == gold[s] for s in (set(gold) | set(pp)) - vague)

    if ok(p):
        return [{}]
    surplus = [k for k in idx if figs[k].side in vague or p[figs[k].side] > gold[figs[k].side]]
    targets = [s for s in set(gold) - vague if p[s] < gold[s]]
    if not targets or not surplus or len(surplus) > 12:
        return []
    for size in (1, 2, 3):
        sols = []
        for sub in itertools.combinations(surplus, size):
            for tg in itertools.product(targets, repeat=size):
                pp = p.copy()
                for k, t in zip(sub, tg, strict=True):
                    pp[figs[k].side] -= figs[k].value
                    pp[t] += figs[k].value
                if ok(pp):
                    sols.append(dict(zip(sub, tg, strict=True)))
        if sols:
            return sols
    return []


def silver(case: Case) -> dict[int, str]:
    """{figure index: side} for the figures whose side the gold fixes unambiguously."""
    labels: dict[int, str] = {}
    g_inc = case.gold.get("incidents") or []
    for role, vague_key in ROLES:
        vague = {s for i in g_inc for s in (i.get(vague_key) or {})}
        idx = [k for k, f in enumerate(case.figs) if f.role == role and f.inc_ix is not None]
        sols = _moves(case, idx, _sums(g_inc, role), vague) if idx else []
        for k in idx if sols else []:
            own = case.figs[k].side
            lab = {s.get(k, own) for s in sols}
            if len(lab) == 1 and not (own in lab and own in vague):
                labels[k] = lab.pop()
    return labels


# ---------------------------------------------------------------------------------------------------- model
class Model:
    """Multinomial logistic regression over the features seen in >= MIN_SETS training sets."""

    def __init__(self, cases: Sequence[Case], lam: float = 1.0, iters: int = 400, lr: float = 0.1) -> None:
        sets_of: dict[str, set[str]] = defaultdict(set)
        for c in cases:
            for f in c.figs:
                for x in f.feats:
                    sets_of[x].add(c.set)
        keep = sorted(x for x, s in sets_of.items() if len(s) >= MIN_SETS or x == "bias")
        self.ix = {x: i for i, x in enumerate(keep)}
        labelled = [(c.figs[k], lab) for c in cases for k, lab in silver(c).items() if lab in SIDE_IX]
        X = self.matrix([f for f, _ in labelled])
        Y = np.zeros((len(labelled), len(SIDES)))
        Y[np.arange(len(labelled)), [SIDE_IX[lab] for _, lab in labelled]] = 1.0
        W = np.zeros((len(self.ix), len(SIDES)))
        m, v = np.zeros_like(W), np.zeros_like(W)
        for t in range(1, iters + 1):  # full-batch Adam on the L2-penalised log loss
            G = X.T @ (softmax(X @ W) - Y) + lam * W
            m = 0.9 * m + 0.1 * G
            v = 0.999 * v + 0.001 * G * G
            W -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        self.W = W

    def matrix(self, figs: Sequence[Figure]) -> Matrix:
        X = np.zeros((len(figs), len(self.ix)), dtype=np.float64)
        for n, f in enumerate(figs):
            for x in f.feats:
                j = self.ix.get(x)
                if j is not None:
                    X[n, j] = 1.0
        return X

    def probs(self, figs: Sequence[Figure]) -> Matrix:
        return softmax(self.matrix(figs) @ self.W) if figs else np.zeros((0, len(SIDES)))


def softmax(Z: Matrix) -> Matrix:
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    out: Matrix = E / E.sum(axis=1, keepdims=True)
    return out


def decide(P: Matrix, figs: Sequence[Figure], margin: float) -> dict[int, str]:
    """{figure index: new side} where another side's probability beats the rules' side by more than the margin."""
    out: dict[int, str] = {}
    for k, f in enumerate(figs):
        if f.side not in SIDE_IX or f.inc_ix is None:
            continue
        p = P[k].copy()
        own = p[SIDE_IX[f.side]]
        p[SIDE_IX[f.side]] = -1.0
        best = int(p.argmax())
        if p[best] - own > margin:
            out[k] = SIDES[best]
    return out


# ---------------------------------------------------------------------------------------------------- evaluations
def by_sets(cases: Sequence[Case], sets: Iterable[str], inside: bool = True) -> list[Case]:
    chosen = set(sets)
    return [c for c in cases if (c.set in chosen) == inside]


def choose_margin(scorer: ModuleType, train: Sequence[Case]) -> tuple[float, dict[float, int]]:
    """The margin with most killed+injured hits in INNER_FOLDS-fold leave-sets-out CV inside the training sets."""
    sets = sorted({c.set for c in train})
    hits: Counter[float] = Counter()
    for group in (sets[i::INNER_FOLDS] for i in range(INNER_FOLDS)):
        test = by_sets(train, group)
        model = Model(by_sets(train, group, inside=False))
        probs = [model.probs(c.figs) for c in test]
        for margin in MARGINS:
            t = tally(scorer, test, [rebuilt_row(c, decide(P, c.figs, margin)) for c, P in zip(test, probs, strict=True)])
            hits[margin] += t["killed_h"] + t["injured_h"]
    return max(MARGINS, key=lambda m: (hits[m], m)), dict(hits)


def evaluate(scorer: ModuleType, train: Sequence[Case], test: Sequence[Case], name: str) -> list[Counter[str]]:
    """Margin by inner CV, train on train, change sides on test; prints and returns [before, after, changes]."""
    margin, inner = choose_margin(scorer, train)
    print(f"[{name}] inner-CV hits by margin: {inner} -> margin {margin}", flush=True)
    model = Model(train)
    rows, changes = [], Counter[str]()
    for c in test:
        dec = decide(model.probs(c.figs), c.figs, margin)
        rows.append(rebuilt_row(c, dec))
        lab = silver(c)
        changes.update("unlabelled" if k not in lab else "right" if lab[k] == s else "wrong" for k, s in dec.items())
    before, after = tally(scorer, test, [c.row for c in test]), tally(scorer, test, rows)
    print(f"[{name}] margin {margin}; before: {fmt(before)}", flush=True)
    print(f"[{name}] margin {margin}; after:  {fmt(after)}", flush=True)
    print(f"[{name}] changes {sum(changes.values())}: {dict(changes)}", flush=True)
    return [before, after, changes]


def kfold(scorer: ModuleType, cases: Sequence[Case], sets: Sequence[str], folds: int) -> None:
    shuffled = sorted(sets)
    random.Random(SEED).shuffle(shuffled)
    pooled = [Counter[str](), Counter[str](), Counter[str]()]
    for i in range(folds):
        group = shuffled[i::folds]
        res = evaluate(scorer, by_sets(cases, group, inside=False), by_sets(cases, group), f"b{i} {','.join(group)}")
        for total, part in zip(pooled, res, strict=True):
            total.update(part)
    print(f"[b pooled] before: {fmt(pooled[0])}")
    print(f"[b pooled] after:  {fmt(pooled[1])}")
    print(f"[b pooled] changes {sum(pooled[2].values())}: {dict(pooled[2])}", flush=True)


def label_counts(cases: Sequence[Case]) -> None:
    per: Counter[str] = Counter()
    for c in cases:
        for k, lab in silver(c).items():
            role = c.figs[k].role
            per[role] += 1
            per["wrong_" + role] += lab != c.figs[k].side
    n, wrong = per["killed"] + per["injured"], per["wrong_killed"] + per["wrong_injured"]
    print(f"[labels] figures {sum(len(c.figs) for c in cases)}; silver-labelled {n}; rules wrong on {wrong}; "
          f"{dict(per)}", flush=True)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", default=["a..at"], help="(a) training sets (default a..at)")
    ap.add_argument("--test", nargs="+", default=["au", "av", "aw", "ax"], help="(a) test sets (default au av aw ax)")
    ap.add_argument("--folds", type=int, default=5, help="(b) folds of whole sets (default 5)")
    ap.add_argument("--sets", nargs="+", help="(b), (c) and the label counts: these sets only (default: all present)")
    ap.add_argument("--no-dev", action="store_true", help="skip (c)")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: clone the project beside its shared/ folder")
    files = {p.stem.removeprefix("written_reports_").upper(): p for p in DATA.glob("written_reports_*.jsonl")}
    present = sorted(files, key=set_order)
    train, test = expand(args.train, present), expand(args.test, present)
    chosen = expand(args.sets, present) if args.sets else present
    use_dev = not args.no_dev and DEV.exists()
    needed = [s for s in present if s in set(train + test + chosen)]
    t0 = time.time()
    cases = load([(s, files[s]) for s in needed] + ([("dev", DEV)] if use_dev else []))
    print(f"extracted {len(cases)} reports ({len(needed)} sets{' + dev' if use_dev else ''}) in {time.time() - t0:.0f}s")
    scorer = load_scorer()
    written = by_sets(cases, chosen)
    label_counts(written)
    evaluate(scorer, by_sets(cases, train), by_sets(cases, test), f"a {','.join(test)}")
    kfold(scorer, written, chosen, args.folds)
    if use_dev:
        evaluate(scorer, written, by_sets(cases, ["dev"]), "c dev")
    else:
        print(f"[c dev] skipped: {'--no-dev' if args.no_dev else f'{DEV} is absent'}")
    print(f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
