"""How many gold casualty figures do the rules read from the words that tell them? (span recall of the extractor)

    python bench/bench_figure_spans.py                    # every set of bench/data whose gold carries figure_text
    python bench/bench_figure_spans.py fe..gf             # the sets named (`x..y` ranges as in bench_side_model)
    python bench/bench_figure_spans.py gg gh --show m.tsv # ... and the figures not read, with their sentences

From round 52 the gold incidents of sets FE..GJ carry ``figure_text``: for each side of ``killed`` and ``injured``, the
verbatim words that tell the figure ("7 soldiers", "the rider, a civilian", or a list of phrases for a sum). Each such
phrase is found in the text (every place it occurs) and compared with the spans of what the live extractor booked
(learned totals on, as ``observatory extract`` runs). A figure is

* **read** when a claim of the same role (``killed.*`` / ``injured.*``) covers one of its phrases, and **read with its
  side** when that claim is of the gold side;
* **taken as a total** when only a period total's span covers it;
* **missed** otherwise: no booked value came from its words (the report's sums may still be right, from a headline or
  a restatement; this counts where the rules read, not whether the sums match).

Scores are per figure, not per report; the contract scores stay with bench_extract_written.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_extract_halves import geocoder
from bench_side_model import DATA, expand, reports_of, set_order
from observatory.extract.core import extract_report
from observatory.models import Extraction

ROLES = ("killed", "injured")
OUTCOMES = ("read with its side", "read, other side", "taken as a total", "missed")


@dataclass(frozen=True)
class GoldFigure:
    """One gold figure of one incident and the phrases the gold says tell it."""

    role: str
    side: str
    value: int
    phrases: tuple[str, ...]


def gold_figures(gold: dict[str, Any]) -> Iterator[GoldFigure]:
    """The figures of the gold incidents that carry figure_text (incidents without it are skipped)."""
    for inc in gold.get("incidents") or []:
        told = inc.get("figure_text")
        if not isinstance(told, dict):
            continue
        for role in ROLES:
            for side, value in (inc.get(role) or {}).items():
                q = (told.get(role) or {}).get(side)
                phrases = tuple(x for x in (q if isinstance(q, list) else [q]) if isinstance(x, str) and x)
                if phrases:
                    yield GoldFigure(role, side, int(value), phrases)


def phrase_spans(text: str, phrases: Sequence[str]) -> list[tuple[int, int]]:
    """Every place in ``text`` where one of the phrases occurs, as (start, end)."""
    return [(m.start(), m.end()) for p in phrases for m in re.finditer(re.escape(p), text)]


def outcome(fig: GoldFigure, text: str, ex: Extraction) -> str:
    """Which of OUTCOMES the extraction gives the figure (see the module's docstring)."""
    where = phrase_spans(text, fig.phrases)

    def covers(start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in where)

    sides = {c.field.split(".", 1)[1] for c in ex.claims
             if c.field.startswith(fig.role + ".") and covers(c.span.start, c.span.end)}
    if fig.side in sides:
        return OUTCOMES[0]
    if sides:
        return OUTCOMES[1]
    if any(t.span is not None and covers(t.span.start, t.span.end) for t in ex.totals):
        return OUTCOMES[2]
    return OUTCOMES[3]


def spanned_sets(names: Sequence[str]) -> list[tuple[str, Path]]:
    """(set name, file) of the written sets named (all when none is) whose gold carries figure_text."""
    files = {p.stem.rsplit("_", 1)[-1].upper(): p for p in DATA.glob("written_reports_*.jsonl")}
    picked = expand(names, sorted(files, key=set_order)) if names else sorted(files, key=set_order)
    return [(s, files[s]) for s in picked if '"figure_text"' in files[s].read_text(encoding="utf-8")]


def sentence_of(text: str, phrase: str) -> str:
    """The sentence (or line) the phrase first occurs in, on one line."""
    at = text.find(phrase)
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at + len(phrase)), text.find("\n", at + len(phrase))) if i >= 0]
    return " ".join(text[start:min(ends, default=len(text)) + 1].split())


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names or x..y ranges (default: every set with figure_text)")
    ap.add_argument("--show", type=Path, help="write the figures not read with their side, with their sentences")
    args = ap.parse_args(argv)
    found = spanned_sets(args.sets)
    if not found:
        raise SystemExit(f"no written set with figure_text in {DATA} for {args.sets or 'any set'}")
    geo = geocoder()
    counts: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    reports = 0
    for _, path in found:
        for _, line, ext, report in reports_of(path):
            reports += 1
            ex = extract_report(report, geo)
            for fig in gold_figures(json.loads(line).get("gold") or {}):
                got = outcome(fig, report.text, ex)
                counts[(fig.role, got)] += 1
                if got != OUTCOMES[0]:
                    shown.append("\t".join((ext, fig.role, fig.side, str(fig.value), got, " | ".join(fig.phrases),
                                            sentence_of(report.text, fig.phrases[0]))))
    print(f"sets {found[0][0]}..{found[-1][0]} ({len(found)} sets, {reports} reports)")
    for role in ROLES:
        n = sum(counts[(role, o)] for o in OUTCOMES)
        parts = ", ".join(f"{o} {counts[(role, o)]} ({counts[(role, o)] / n:.3f})" for o in OUTCOMES) if n else "none"
        print(f"{role}: {n} figures: {parts}")
    if args.show:
        args.show.write_text("".join(row + "\n" for row in shown), encoding="utf-8")
        print(f"{len(shown)} figures not read with their side written to {args.show}")


if __name__ == "__main__":
    main(sys.argv[1:])
