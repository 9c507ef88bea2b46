"""Can a learned reader add the incident killed figures the rules miss? (round 52's pilot on the span gold; dropped)

    python bench/bench_figure_model.py fe..gf                  # 5 folds by whole sets, thresholds 0.4 0.5 0.6
    python bench/bench_figure_model.py fe..gf --residual       # train only on the candidates the rules left
    python bench/bench_figure_model.py fe..gf --show added.tsv # ... and every figure added, towards or away

The candidates are learned_totals' (numbers, and "a"/"an" before a person noun) with its features, labelled from the
span gold (``figure_text``; sets without it are skipped): a candidate inside the words of a gold killed figure is
*incident killed*, of an injured figure *incident injured*, one whose value is only a gold total's *total*, one whose
value is some gold incident figure but outside its words is left out, the rest *none*. The role model's trainer
(bench/train_role_model.py) fits the weights on the training folds. On each held-out report, a candidate the rules
booked nothing on, past the title, that the model calls incident killed with probability >= the threshold, is added to
the incident whose claims share its sentence (the nearest claim), with the side its noun group names, unless that
incident has the side or the value already. A report moves towards the gold when its scorer errors
(bench_extract_moves.errors) fall, away when they rise.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench_extract_halves import geocoder
from bench_extract_moves import errors
from bench_figure_spans import gold_figures, phrase_spans, spanned_sets
from bench_side_model import reports_of
from observatory.extract import to_contract
from observatory.extract.actors import ActorLexicon
from observatory.extract.core import default_lexicon, extract_report
from observatory.extract.learned_totals import (
    Candidate,
    RoleModel,
    RuleSpans,
    SentenceBreaks,
    candidates,
    features,
)
from observatory.extract.learned_totals import _side_after as side_after
from observatory.models import Casualty, Count, Event, Extraction
from train_role_model import Case, train

SEED = 20
Row = dict[str, Any]


def span_labels(text: str, gold: Row, cands: Sequence[Candidate]) -> list[str | None]:
    """Each candidate's role by the span gold (see the module's docstring)."""
    spans: dict[str, list[tuple[int, int]]] = {"killed": [], "injured": []}
    for fig in gold_figures(gold):
        spans[fig.role] += phrase_spans(text, fig.phrases)
    told = {v for inc in gold.get("incidents") or [] for role in ("killed", "injured")
            for v in (inc.get(role) or {}).values() if isinstance(v, int)}
    totals = {t["killed"] for t in gold.get("totals") or [] if isinstance(t.get("killed"), int)}
    out: list[str | None] = []
    for c in cands:
        inside = {role for role, sp in spans.items() if any(a < c.end and c.start < b for a, b in sp)}
        out.append("incident_killed" if "killed" in inside else "incident_injured" if inside else
                   None if c.value in told else "total_killed" if c.value in totals else "none")
    return out


def load(names: Sequence[str], residual: bool) -> list[tuple[Case, list[Candidate], list[str]]]:
    """(case, candidates, the rules' role of each) for every report of the sets; ``residual``: a case's features and
    labels keep only the candidates the rules booked nothing on."""
    geo, lexicon = geocoder(), default_lexicon()
    out: list[tuple[Case, list[Candidate], list[str]]] = []
    for name, path in spanned_sets(names):
        for _, line, ext, report in reports_of(path):
            ex = extract_report(report, geo, lexicon)
            text, gold = report.text, json.loads(line).get("gold") or {}
            breaks = SentenceBreaks.of(text)
            cands = candidates(text, breaks)
            booked = RuleSpans.of(ex)
            roles = [booked.role(c) for c in cands]
            places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
            feats = [features(text, cands, k, places, roles[k], breaks) for k in range(len(cands))]
            labels = span_labels(text, gold, cands)
            keep = [k for k, r in enumerate(roles) if r == "none" or not residual]
            case = Case(name, ext, text, ex, gold, [feats[k] for k in keep], [labels[k] for k in keep])
            out.append((case, cands, roles))
    return out


def with_figures(case: Case, cands: Sequence[Candidate], roles: Sequence[str], model: RoleModel, threshold: float,
                 lexicon: ActorLexicon) -> tuple[Extraction, list[tuple[str, int, str]]]:
    """The extraction with the model's killed figures added, and (side, value, words) of each."""
    text, ex = case.text, case.ex
    breaks = SentenceBreaks.of(text)
    near: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for claim in ex.claims:
        if claim.event_id:
            near[breaks.index(claim.span.start)].append((claim.span.start, claim.event_id))
    events = {e.id: e for e in ex.events}
    title_end = text.find("\n") if "\n" in text else len(text)
    places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
    added: list[tuple[str, int, str]] = []
    for k, c in enumerate(cands):
        here = near.get(breaks.index(c.start))
        if roles[k] != "none" or c.start < title_end or not here:
            continue
        if model.probs(features(text, cands, k, places, roles[k], breaks))[0] < threshold:
            continue
        side = side_after(text, c, lexicon)
        event = events[min(here, key=lambda t: abs(t[0] - c.start))[1]]
        have = {x.side: x.killed.best for x in event.casualties if x.killed is not None}
        if side is None or side in have or c.value in have.values():
            continue
        events[event.id] = _with_killed(event, side, c.value)
        added.append((side, c.value, text[c.start:c.end + 40].replace("\n", " ")))
    return replace(ex, events=tuple(events[e.id] for e in ex.events)), added


def _with_killed(event: Event, side: str, value: int) -> Event:
    rest = [x for x in event.casualties if x.side != side]
    old = next((x for x in event.casualties if x.side == side), None)
    new = replace(old, killed=Count(value)) if old is not None else Casualty(side, killed=Count(value))
    return replace(event, casualties=(*rest, new))


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names or x..y ranges (default: every set with figure_text)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.4, 0.5, 0.6])
    ap.add_argument("--residual", action="store_true", help="train only on the candidates the rules booked nothing on")
    ap.add_argument("--show", type=Path, help="write every added figure with its move")
    args = ap.parse_args(argv)
    data = load(args.sets, args.residual)
    sets = sorted({case.set for case, _, _ in data})
    random.Random(SEED).shuffle(sets)
    folds = [set(sets[i::args.folds]) for i in range(args.folds)]
    lexicon = default_lexicon()
    shown: list[str] = []
    tally = {t: [0, 0, 0] for t in args.thresholds}  # figures added, reports towards, away
    for held in folds:
        model = train([case for case, _, _ in data if case.set not in held])
        for threshold in args.thresholds:
            for case, cands, roles in (d for d in data if d[0].set in held):
                ex, added = with_figures(case, cands, roles, model, threshold, lexicon)
                if not added:
                    continue
                before = errors(case.gold, to_contract(case.key, case.ex))
                after = errors(case.gold, to_contract(case.key, ex))
                counts = tally[threshold]
                counts[0], counts[1], counts[2] = counts[0] + len(added), counts[1] + (after < before), counts[2] + (after > before)
                move = "towards" if after < before else "away" if after > before else "same"
                shown += ["\t".join((str(threshold), move, case.key, side, str(v), words)) for side, v, words in added]
    for threshold, (n, towards, away) in tally.items():
        print(f"threshold {threshold}: {n} figures added out of fold, reports {towards} towards, {away} away")
    if args.show:
        args.show.write_text("".join(row + "\n" for row in shown), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
