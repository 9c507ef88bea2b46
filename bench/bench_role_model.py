"""Can a small learned model decide the ROLE of each casualty number better than the rules? (leave-sets-out check)

    python bench/bench_role_model.py                          # train on A..CP, test on CQ CR CS CT (the defaults)
    python bench/bench_role_model.py --train a..cp --test cq..ct --conf 0.8
    python bench/bench_role_model.py --show 40                # also print 40 test disagreements (text around them)

What it measures. Every casualty-like number expression of a report (digits and number words found by the
extractor's own parser, observatory.extract.numbers.find_quantities; vague ones, years, dates and numbers in
sentences without a casualty word left out) is a *candidate*. Its role is one of

    incident_killed   a killed figure of one incident (gold incidents[].killed[side])
    incident_injured  an injured figure of one incident (gold incidents[].injured[side])
    total_killed      a period / running / roundup figure (gold totals[].killed)
    none              anything the gold does not book: another party's claim, a sum of figures already booked,
                      a non-casualty number, a background figure ...

*Distant labels come from the GOLD*, never from the rules: a candidate whose value equals gold values of one role
only gets that role; one whose value no gold value has gets `none`, unless the report has a gold value that no
candidate carries and the candidate could be a part of it (a sum of <= 3 candidates, or a difference of two:
"14 members, including 2 Russians" -> regime 12); values that two roles (or a total's of_which breakdown) share
are ambiguous. Ambiguous candidates are counted and left out of training and accuracy.

The *rules' role* of a candidate is read from the live extractor's provenance spans: the killed./injured. claims
that make a booked incident figure (the claim whose value is the booked value, else all claims when they sum to
it, else the first, as bench_side_model.figures_of picks) and the spans of the cumulative totals.

The model is a numpy multinomial logistic regression (L2, full-batch Adam, bench_side_model's loop) over features
not keyed to reports: the words around the number in its sentence (numbers and place mentions masked), the noun
group after it, cue words of the sentence ("since", "toll", "rises", "according to", "claimed", ...), position in
the report (title, paragraph opening, sentence index), the number's size and form, whether its value recurs in
the report or equals a sum of other candidates; the with-rules model adds the rules' role as a feature.
Features must occur in >= 3 training sets.

Reported on the test sets: role accuracy of the rules, the model, the model with the rules' feature against the
distant labels; the candidates where a model disagrees with the rules with probability >= --conf and which side
the label supports. If the with-rules model is right on >= 70 % of >= 20 confident disagreements, the simplest
integration is estimated: incident figures the model confidently calls total_killed/none are dropped from the
contract rows (as bench_side_model.rebuilt_row rebuilds rows) and killed_exact / injured_exact / totals are
rescored with ../shared/tools/score_extraction.py, with the reports moved towards / away from the gold.
Nothing here is wired into src/; the live extractor runs once, everything stays in memory (~4 min, 2 cores).
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bench_extract_halves import SCORER, geocoder
from bench_side_model import (
    _SENT_END,
    _TOK,
    DATA,
    _norm_tok,
    _sentence,
    expand,
    load_scorer,
    reports_of,
    set_order,
    softmax,
)
from observatory.extract import extract_report, to_contract
from observatory.extract.learned_totals import BIGRAMS as _BIGRAMS
from observatory.extract.learned_totals import CASUALTY_WORD as _CASUALTY
from observatory.extract.learned_totals import CUES as _CUES
from observatory.extract.learned_totals import LOOKBACK, date_or_year
from observatory.extract.learned_totals import PERSON_WORDS as _PERSON
from observatory.extract.numbers import find_quantities
from observatory.models import Extraction

ROLES = ("incident_killed", "incident_injured", "total_killed", "none")
ROLE_IX = {r: i for i, r in enumerate(ROLES)}
MIN_SETS = 3
Matrix = NDArray[np.float64]


@dataclass
class Cand:
    """One casualty-like number expression of a report."""

    value: int
    start: int
    end: int
    text: str
    sent: tuple[int, int] = (0, 0)  # the sentence around it
    rule: str = "none"
    booked: list[tuple[int, str, str, int]] = field(default_factory=list)  # (incident index, role, side, value)
    label: str | None = None  # gold role; None when ambiguous
    why: str = ""  # how the label was decided (or why not)
    feats: list[str] = field(default_factory=list)


@dataclass
class Case:
    key: str
    set: str
    text: str
    row: dict[str, Any]
    gold: dict[str, Any]
    cands: list[Cand]


# ---------------------------------------------------------------------------------------------------- candidates
def candidates(text: str) -> list[Cand]:
    out: list[Cand] = []
    for q in find_quantities(text):
        if q.vague or q.value <= 0:
            continue
        num = re.sub(r"^(?:at least|about|nearly|more than|over|around|almost|some|up to|approximately)\s+", "",
                     q.text.strip(), flags=re.IGNORECASE)
        if date_or_year(text, q.start, q.end, num, q.value):
            continue
        s0, s1 = _sentence(text, q.start, q.end)
        if not _CASUALTY.search(text[max(0, s0 - LOOKBACK):s1]):  # roundup list lines name no role themselves
            continue
        if num.lower() in ("a", "an", "another", "single", "both"):
            nxt = re.match(r"\s*(?:[a-z-]+\s+){0,2}?([a-z]+)", text[q.end:q.end + 40].lower())
            words = text[q.end:q.end + 30].lower().split()[:3]
            if not (nxt and any(w.strip(".,;") in _PERSON or w.rstrip("s") in _PERSON for w in words)):
                continue
        out.append(Cand(q.value, q.start, q.end, q.text, (s0, s1)))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def rules_roles(ex: Extraction, row: dict[str, Any], cands: Sequence[Cand]) -> None:
    """Each candidate's role in the rules' output, from the provenance spans of the booked figures and totals."""
    claims: dict[tuple[str | None, str], list[Any]] = defaultdict(list)
    for c in ex.claims:
        if c.field.startswith(("killed.", "injured.")) and c.qualifier.value != "vague":
            claims[(c.event_id, c.field)].append(c)
    inc_ix = {inc["id"]: i for i, inc in enumerate(row["incidents"])}
    for ev in ex.events:
        if ev.id not in inc_ix:
            continue
        for cas in ev.casualties:
            for role in ("killed", "injured"):
                cnt = getattr(cas, role)
                if cnt is None:
                    continue
                cl = claims.get((ev.id, f"{role}.{cas.side}"), [])
                same = [c for c in cl if str(c.value) == str(cnt.best)]
                total = sum(int(c.value) for c in cl if str(c.value).isdigit())
                used = same[:1] if same else cl if cl and total == int(cnt.best) else cl[:1]
                for c in used:
                    for cand in cands:
                        if _overlap(cand.start, cand.end, c.span.start, c.span.end):
                            cand.rule = f"incident_{role}"
                            cand.booked.append((inc_ix[ev.id], role, str(cas.side), int(c.value)))
    for t in ex.totals:
        for cand in cands:
            if t.span and _overlap(cand.start, cand.end, t.span.start, t.span.end) and cand.rule == "none":
                cand.rule = "total_killed"


# ---------------------------------------------------------------------------------------------------- gold labels
def gold_values(gold: dict[str, Any]) -> tuple[Counter[tuple[str, int]], set[int]]:
    """(role, value) of every gold figure, and the values of totals' of_which breakdowns."""
    vals: Counter[tuple[str, int]] = Counter()
    of_which: set[int] = set()
    for inc in gold.get("incidents") or []:
        for role in ("killed", "injured"):
            for n in (inc.get(role) or {}).values():
                if isinstance(n, int) and n > 0:
                    vals[(f"incident_{role}", n)] += 1
    for t in gold.get("totals") or []:
        if isinstance(t.get("killed"), int) and t["killed"] > 0:
            vals[("total_killed", t["killed"])] += 1
        of_which |= {n for n in (t.get("of_which") or {}).values() if isinstance(n, int)}
    return vals, of_which


def label(case: Case) -> None:
    """Distant role labels from the gold (None where ambiguous), with the reason in Cand.why."""
    vals, of_which = gold_values(case.gold)
    by_value: dict[int, set[str]] = defaultdict(set)
    for role, v in vals:
        by_value[v].add(role)
    present = {c.value for c in case.cands}
    unmatched = {v for _, v in vals if v not in present}
    cvals = [c.value for c in case.cands]
    parts: set[int] = set()  # candidate indexes that could be part of an unmatched gold value
    for g in unmatched:
        for size in (2, 3):
            for sub in itertools.combinations(range(len(cvals)), size):
                if sum(cvals[k] for k in sub) == g:
                    parts.update(sub)
            if len(cvals) > 40:
                break
        for i, j in itertools.permutations(range(len(cvals)), 2):
            if cvals[i] - cvals[j] == g:
                parts.update((i, j))
    for k, c in enumerate(case.cands):
        roles = by_value.get(c.value, set())
        if c.value in of_which and not roles <= {"total_killed"}:
            c.label, c.why = None, "of_which"
        elif len(roles) == 1:
            c.label, c.why = next(iter(roles)), "match"
        elif len(roles) > 1:
            c.label, c.why = None, "two_roles"
        elif c.value in of_which:
            c.label, c.why = None, "of_which"
        elif k in parts:
            c.label, c.why = None, "part_of_unmatched"
        else:
            c.label, c.why = "none", "no_gold_value"


# ---------------------------------------------------------------------------------------------------- features
def _size(v: int) -> str:
    return "1" if v == 1 else "2-4" if v < 5 else "5-9" if v < 10 else "10-49" if v < 50 else "50-199" if v < 200 \
        else "200-999" if v < 1000 else "1000+"


def _sent_index(text: str, start: int) -> int:
    return sum(1 for _ in _SENT_END.finditer(text, 0, start))


def features(case: Case, k: int, places: Sequence[tuple[int, int]]) -> list[str]:
    text, c = case.text, case.cands[k]
    s0, s1 = c.sent
    sent = text[s0:s1]
    toks = [(m.group(0), s0 + m.start(), s0 + m.end()) for m in _TOK.finditer(sent)]

    def norm(t: str, a: int, b: int) -> str:
        return _norm_tok(t, any(_overlap(a, b, ps, pe) for ps, pe in places))

    left = [norm(t, a, b) for t, a, b in toks if b <= c.start][::-1]
    right = [norm(t, a, b) for t, a, b in toks if a >= c.end]
    f = ["bias", f"size={_size(c.value)}", f"digits={c.text.strip()[-1:].isdigit()}"]
    qual = c.text.lower().split()[0] if len(c.text.split()) > 1 else ""
    if qual in ("at", "about", "nearly", "more", "over", "around", "almost", "some", "up", "approximately"):
        f.append(f"qual={qual}")
    for tag, words in (("L", left[:5]), ("R", right[:5])):
        for i, t in enumerate(words):
            f += [f"{tag}:{t}"] + ([f"{tag}{i + 1}:{t}"] if i < 2 else [])
        if len(words) >= 2:
            f.append(f"{tag}12:{words[0]}_{words[1]}")
    stop = {"were", "was", "are", "is", "have", "has", "had", "in", "on", "at", "by", "and", "of", "from", ",", ".",
            ";", ":", "(", ")", "-", "killed", "wounded", "injured", "died", "dead", "who", "which", "that", "to"}
    ng = list(itertools.takewhile(lambda t: t not in stop, right[:6]))
    f += [f"NG:{t}" for t in ng[:4]] + ([f"NGlast:{ng[-1]}"] if ng else ["NG:none"])
    low = sent.lower()
    words = {m.group(0).lower() for m in _TOK.finditer(sent)}
    f += [f"cue:{w}" for w in _CUES if w in words]
    f += [f"cue2:{b}" for b in _BIGRAMS if b in low]
    pre = text[s0:c.start].lower()  # cues before the number in its sentence
    f += [f"pre:{w}" for w in ("since", "toll", "according", "claimed", "said", "including", "among", "total",
                               "rise", "risen", "rose", "bringing", "of them", "past") if w in pre]
    si = _sent_index(text, c.start)
    f.append(f"sent={min(si, 6)}")
    f.append(f"relpos={min(int(5 * c.start / max(len(text), 1)), 4)}")
    para = s0 == 0 or text[max(0, s0 - 1):s0] == "\n"
    f.append(f"para_open={para}")
    first_line = "\n" not in text[:c.start].strip("\n")
    f.append(f"first_line={first_line}")
    f.append(f"in_quote={text[s0:c.start].count(chr(34)) % 2 == 1}")
    nsent = [x for x in case.cands if x.sent == c.sent]
    f.append(f"n_in_sent={min(len(nsent), 4)}")
    f.append(f"order_in_sent={min(nsent.index(c) if c in nsent else 0, 3)}")
    others = [x.value for j, x in enumerate(case.cands) if j != k]
    rep = sum(1 for v in others if v == c.value)
    f.append(f"repeat={min(rep, 2)}")
    f.append(f"is_max={c.value >= max(others, default=0)}")
    sums = any(a + b == c.value for a, b in itertools.combinations(others, 2))
    f.append(f"is_sum2={sums}")
    same_sent_vals = [x.value for x in nsent if x is not c]
    f.append(f"sum_of_sent={bool(same_sent_vals) and sum(same_sent_vals) == c.value}")
    f.append(f"bigger_than_sent_sum={bool(same_sent_vals) and c.value > sum(same_sent_vals)}")
    return f


def with_rule(c: Cand) -> list[str]:
    """The rules' role as features (plus a few crosses), for the with-rules model."""
    ng = [x for x in c.feats if x.startswith("NGlast:")]
    return [*c.feats, f"rule={c.rule}", *(f"rule|{x}" for x in ng),
            *(f"rule|{x}" for x in c.feats if x.startswith(("cue2:", "pre:", "sent=")))]


# ---------------------------------------------------------------------------------------------------- load
def load(paths: Sequence[tuple[str, Path]]) -> list[Case]:
    geo = geocoder()
    cases: list[Case] = []
    for name, path in paths:
        for n, line, ext, report in reports_of(path):
            ex = extract_report(report, geo, learned=False)  # the rules alone, as the pilot compares them
            row = to_contract(ext, ex)
            cands = candidates(report.text)
            rules_roles(ex, row, cands)
            case = Case(f"{name}/{n}", name, report.text, row, json.loads(line).get("gold") or {}, cands)
            label(case)
            places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
            for k, c in enumerate(cands):
                c.feats = features(case, k, places)
            cases.append(case)
    return cases


# ---------------------------------------------------------------------------------------------------- model
class Sparse:
    """A 0/1 feature matrix as (row, column) pairs, with the two products the Adam loop needs (numpy only)."""

    def __init__(self, rows: list[int], cols: list[int], shape: tuple[int, int]) -> None:
        self.r, self.c, self.shape = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), shape

    def dot(self, W: Matrix) -> Matrix:  # X @ W
        out = np.zeros((self.shape[0], W.shape[1]))
        for j in range(W.shape[1]):
            out[:, j] = np.bincount(self.r, weights=W[self.c, j], minlength=self.shape[0])
        return out

    def tdot(self, R: Matrix) -> Matrix:  # X.T @ R
        out = np.zeros((self.shape[1], R.shape[1]))
        for j in range(R.shape[1]):
            out[:, j] = np.bincount(self.c, weights=R[self.r, j], minlength=self.shape[1])
        return out


class Model:
    """Multinomial logistic regression over features seen in >= MIN_SETS training sets (bench_side_model's loop)."""

    def __init__(self, cases: Sequence[Case], rules: bool, lam: float = 1.0, iters: int = 400, lr: float = 0.1) -> None:
        self.rules = rules
        sets_of: dict[str, set[str]] = defaultdict(set)
        labelled = [c for case in cases for c in case.cands if c.label is not None]
        for case in cases:
            for c in case.cands:
                for x in self.feats(c):
                    sets_of[x].add(case.set)
        keep = sorted(x for x, s in sets_of.items() if len(s) >= MIN_SETS or x == "bias")
        self.ix = {x: i for i, x in enumerate(keep)}
        X = self.matrix(labelled)
        Y = np.zeros((len(labelled), len(ROLES)))
        Y[np.arange(len(labelled)), [ROLE_IX[c.label] for c in labelled if c.label]] = 1.0
        W = np.zeros((len(self.ix), len(ROLES)))
        m, v = np.zeros_like(W), np.zeros_like(W)
        for t in range(1, iters + 1):  # full-batch Adam on the L2-penalised log loss
            G = X.tdot(softmax(X.dot(W)) - Y) + lam * W
            m = 0.9 * m + 0.1 * G
            v = 0.999 * v + 0.001 * G * G
            W -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        self.W = W

    def feats(self, c: Cand) -> list[str]:
        return with_rule(c) if self.rules else c.feats

    def matrix(self, cands: Sequence[Cand]) -> Sparse:
        rows: list[int] = []
        cols: list[int] = []
        for n, c in enumerate(cands):
            js = {j for x in self.feats(c) if (j := self.ix.get(x)) is not None}
            rows += [n] * len(js)
            cols += sorted(js)
        return Sparse(rows, cols, (len(cands), len(self.ix)))

    def probs(self, cands: Sequence[Cand]) -> Matrix:
        return softmax(self.matrix(cands).dot(self.W)) if cands else np.zeros((0, len(ROLES)))


# ---------------------------------------------------------------------------------------------------- evaluation
def label_counts(cases: Sequence[Case], name: str) -> None:
    why = Counter(c.why for case in cases for c in case.cands)
    lab = Counter(c.label for case in cases for c in case.cands if c.label)
    n = sum(why.values())
    unl = n - sum(lab.values())
    print(f"[labels {name}] candidates {n}; labelled {sum(lab.values())} {dict(lab)}; ambiguous {unl} "
          f"({unl / max(n, 1):.1%}); by reason {dict(why)}", flush=True)
    vals = Counter[str]()
    for case in cases:
        gv, _ = gold_values(case.gold)
        present = {c.value for c in case.cands}
        for (role, v), k in gv.items():
            vals[f"{role}:{'matched' if v in present else 'unmatched'}"] += k
    print(f"[gold {name}] gold figures by role, matched to a candidate or not: {dict(sorted(vals.items()))}",
          flush=True)


@dataclass
class Group:
    """The mentions of one value in one report: the unit the roles are compared on (a title repeating the body's
    toll is one figure; the rules book one mention of it)."""

    case: Case
    cands: list[Cand]
    ix: list[int]  # indexes into the flat candidate list
    label: str | None
    rule: str


def groups(cases: Sequence[Case]) -> list[Group]:
    out: list[Group] = []
    i = 0
    for case in cases:
        by: dict[int, list[int]] = defaultdict(list)
        for k, c in enumerate(case.cands):
            by[c.value].append(k)
        for ks in by.values():
            cs = [case.cands[k] for k in ks]
            labels = {c.label for c in cs}
            booked = [c.rule for c in cs if c.rule != "none"]
            rule = min(booked, key=ROLE_IX.__getitem__) if booked else "none"
            out.append(Group(case, cs, [i + k for k in ks], labels.pop() if len(labels) == 1 else None, rule))
        i += len(case.cands)
    return out


def group_pred(g: Group, P: Matrix) -> tuple[str, float]:
    """A model's role of a value: the mention whose best non-none role is likeliest decides, with its probability."""
    best = max(g.ix, key=lambda i: float(P[i, :3].max()))
    j = int(P[best].argmax())
    return ROLES[j], float(P[best, j])


def accuracy(gs: Sequence[Group], preds: dict[str, list[str]]) -> None:
    lab = [(n, g) for n, g in enumerate(gs) if g.label]
    print(f"[acc] value level: {len(lab)} labelled test values (of {len(gs)}):", flush=True)
    for name, pred in preds.items():
        hit = sum(pred[n] == g.label for n, g in lab)
        per = {r: f"{sum(pred[n] == r for n, g in lab if g.label == r)}/{sum(g.label == r for _, g in lab)}"
               for r in ROLES}
        print(f"  {name:<14} {hit / len(lab):.4f} ({hit}/{len(lab)})  recall by label {per}", flush=True)
    conf = Counter((g.label, preds["rules"][n]) for n, g in lab)
    print(f"[acc] rules confusion (label, rules): {dict(sorted(conf.items()))}", flush=True)
    for name in preds:
        if name == "rules":
            continue
        inc = Counter(f"{g.label}/{g.rule}->{'fixed' if preds[name][n] == g.label else preds[name][n]}" for n, g in lab
                      if g.label != g.rule and "incident" in g.label + g.rule)
        print(f"[acc] rules' incident errors (label/rules -> {name} argmax): {dict(sorted(inc.items()))}", flush=True)


def mention_accuracy(cases: Sequence[Case], preds: dict[str, list[str]]) -> None:
    labelled = [(c, i) for i, c in enumerate(x for case in cases for x in case.cands) if c.label]
    out = []
    for name, pred in preds.items():
        hit = sum(pred[i] == c.label for c, i in labelled)
        out.append(f"{name} {hit / len(labelled):.4f} ({hit})")
    print(f"[acc] mention level ({len(labelled)} labelled mentions; a repeated title toll counts against the rules): "
          f"{'; '.join(out)}", flush=True)


def disagreements(gs: Sequence[Group], pred: list[str], pconf: list[float], conf: float, name: str,
                  show: int = 0) -> Counter[str]:
    t: Counter[str] = Counter()
    shown = 0
    for n, g in enumerate(gs):
        if pconf[n] < conf or pred[n] == g.rule:
            continue
        v = "unlabelled" if g.label is None else "model" if g.label == pred[n] else "rules" if g.label == g.rule \
            else "neither"
        t[v] += 1
        t[f"{g.rule}->{pred[n]}:{v}"] += 1
        if shown < show:
            shown += 1
            c = g.cands[0]
            ctx = g.case.text[max(0, c.start - 90):c.end + 60].replace("\n", " | ")
            print(f"   {g.case.key} {c.text!r} x{len(g.cands)} rules={g.rule} model={pred[n]} p={pconf[n]:.2f} "
                  f"label={g.label}({c.why}): ...{ctx}...", flush=True)
    n_lab = t["model"] + t["rules"] + t["neither"]
    print(f"[disagree {name} p>={conf}] {n_lab + t['unlabelled']} confident disagreements; labelled {n_lab}: "
          f"model right {t['model']} ({t['model'] / max(n_lab, 1):.0%}), rules right {t['rules']}, "
          f"neither {t['neither']}; unlabelled {t['unlabelled']}", flush=True)
    print(f"   by move: {({k: v for k, v in sorted(t.items()) if '->' in k})}", flush=True)
    return t


def dropped_row(case: Case, drops: Sequence[Cand]) -> dict[str, Any]:
    """The contract row with each dropped candidate's booked incident figure(s) taken out (as rebuilt_row edits)."""
    if not drops:
        return case.row
    row = copy.deepcopy(case.row)
    for c in drops:
        for inc, role, side, value in c.booked:
            d = row["incidents"][inc][role]
            if side in d:
                d[side] = d[side] - value
                if d[side] <= 0:
                    del d[side]
    return row


def integrate(scorer: ModuleType, cases: Sequence[Case], pred: list[str], P: Matrix, conf: float) -> None:
    allc = [c for case in cases for c in case.cands]
    drop_ix = {i for i, c in enumerate(allc)
               if c.rule.startswith("incident_") and pred[i] in ("total_killed", "none") and P[i].max() >= conf}
    rows, i = [], 0
    judged = Counter[str]()
    for case in cases:
        drops = [c for j, c in enumerate(case.cands, start=i) if j in drop_ix]
        judged.update("unlabelled" if c.label is None else "right" if c.label in ("total_killed", "none")
                      else "wrong" for c in drops)
        rows.append(dropped_row(case, drops))
        i += len(case.cands)
    gold = [{"id": c.key, "gold": c.gold} for c in cases]
    before = scorer.score(gold, [{**c.row, "id": c.key} for c in cases], False)
    after = scorer.score(gold, [{**r, "id": c.key} for c, r in zip(cases, rows, strict=True)], False)
    print(f"[integrate p>={conf}] dropped {len(drop_ix)} incident figures {dict(judged)}", flush=True)
    for key in ("killed_exact", "injured_exact", "totals_recall", "totals_precision"):
        pairs = "_pairs" if key.endswith("exact") else ""
        extra = (f" ({round(before[key] * before[key.split('_')[0] + pairs])}/{before[key.split('_')[0] + pairs]} -> "
                 f"{round(after[key] * after[key.split('_')[0] + pairs])}/{after[key.split('_')[0] + pairs]})"
                 if pairs else "")
        print(f"   {key:<17} before {before[key]}  after {after[key]}{extra}", flush=True)
    moved = Counter[str]()
    for case, row in zip(cases, rows, strict=True):
        if row is case.row:
            continue
        g = [{"id": case.key, "gold": case.gold}]
        b = scorer.score(g, [{**case.row, "id": case.key}], False)
        a = scorer.score(g, [{**row, "id": case.key}], False)
        hb = sum((b[f"{r}_exact"] or 0) * b[f"{r}_pairs"] for r in ("killed", "injured"))
        ha = sum((a[f"{r}_exact"] or 0) * a[f"{r}_pairs"] for r in ("killed", "injured"))
        moved["towards" if ha > hb else "away" if ha < hb else "same"] += 1
    print(f"   reports changed: {dict(moved)}", flush=True)


def new_totals(gs: Sequence[Group], pred: list[str], pconf: list[float], conf: float) -> None:
    """Headroom, not an integration: values the model confidently calls total_killed where the rules booked no
    total, and how many of them are gold totals that the rules' totals miss (a total also needs its side)."""
    missed: dict[str, Counter[int]] = {}
    for g in gs:
        if g.case.key not in missed:
            gold = Counter(t.get("killed") for t in g.case.gold.get("totals") or [])
            have = Counter(t.get("killed") for t in g.case.row.get("totals") or [])
            missed[g.case.key] = gold - have
    new = [g for n, g in enumerate(gs) if pred[n] == "total_killed" and g.rule != "total_killed" and pconf[n] >= conf]
    hit = sum(1 for g in new if missed[g.case.key][g.cands[0].value] > 0)
    print(f"[new totals p>={conf}] {len(new)} values the model calls total_killed that the rules book as no total; "
          f"{hit} carry the value of a gold total the rules miss (of {sum(sum(c.values()) for c in missed.values())} "
          f"missed gold totals)", flush=True)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", default=["a..cp"])
    ap.add_argument("--test", nargs="+", default=["cq", "cr", "cs", "ct"])
    ap.add_argument("--conf", type=float, default=0.8, help="a confident disagreement: model probability >= this")
    ap.add_argument("--show", type=int, default=0, help="print this many test disagreements")
    ap.add_argument("--force", action="store_true", help="run the integration estimate whatever (5) shows")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        sys.exit(f"{SCORER} is absent: clone the project beside its shared/ folder")
    files = {p.stem.removeprefix("written_reports_").upper(): p for p in DATA.glob("written_reports_*.jsonl")}
    present = sorted(files, key=set_order)
    train_sets, test_sets = expand(args.train, present), expand(args.test, present)
    t0 = time.time()
    cases = load([(s, files[s]) for s in present if s in set(train_sets + test_sets)])
    train = [c for c in cases if c.set in set(train_sets) and c.set not in set(test_sets)]
    test = [c for c in cases if c.set in set(test_sets)]
    print(f"extracted {len(cases)} reports in {time.time() - t0:.0f}s; train {len(train)}, test {len(test)}", flush=True)
    label_counts(train, "train")
    label_counts(test, "test")
    scorer = load_scorer()
    test_c = [c for case in test for c in case.cands]
    gs = groups(test)
    mpreds: dict[str, list[str]] = {"rules": [c.rule for c in test_c]}
    preds: dict[str, list[str]] = {"rules": [g.rule for g in gs]}
    probs: dict[str, Matrix] = {}
    pconf: dict[str, list[float]] = {}
    for name, rules in (("model", False), ("model+rules", True)):
        P = Model(train, rules).probs(test_c)
        probs[name] = P
        mpreds[name] = [ROLES[int(j)] for j in P.argmax(axis=1)]
        gp = [group_pred(g, P) for g in gs]
        preds[name], pconf[name] = [r for r, _ in gp], [p for _, p in gp]
    accuracy(gs, preds)
    mention_accuracy(test, mpreds)
    tallies = {}
    for name in ("model", "model+rules"):
        for conf in sorted({args.conf, 0.6, 0.9}):
            t = disagreements(gs, preds[name], pconf[name], conf, name,
                              args.show if conf == args.conf and name == "model+rules" else 0)
            if conf == args.conf:
                tallies[name] = t
    t = tallies["model+rules"]
    n = t["model"] + t["rules"] + t["neither"]
    new_totals(gs, preds["model+rules"], pconf["model+rules"], args.conf)
    if n >= 20 and t["model"] >= 0.7 * n or args.force:
        for name, conf in (("model+rules", args.conf), ("model+rules", 0.9), ("model+rules", 0.6),
                           ("model", args.conf)):
            print(f"[integrate {name}]", flush=True)
            integrate(scorer, test, mpreds[name], probs[name], conf)
    else:
        print(f"[integrate] skipped: model+rules right on {t['model']}/{n} confident disagreements (< 70 % or < 20)")
    print(f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
