"""bench_extract_moves counts, beside the error count, the reports whose killed or injured sums went from right to
wrong: a move "towards" by the error count may trade a field's error for another's."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_extract_moves import errors, exact_flips, labelled  # noqa: E402


def _a_report_with_dead() -> tuple[str, dict[str, Any]]:
    for rid, (_, row) in labelled().items():
        incidents = row["gold"].get("incidents") or []
        if any(i.get("killed") for i in incidents) and not any(i.get("vague") for i in incidents):
            return rid, {"incidents": copy.deepcopy(incidents), "totals": copy.deepcopy(row["gold"].get("totals") or [])}
    raise AssertionError("no written report with dead in bench/data")


def test_a_right_report_that_goes_wrong_is_lost_and_back_is_gained() -> None:
    rid, right = _a_report_with_dead()
    wrong = copy.deepcopy(right)
    first = next(i for i in wrong["incidents"] if i.get("killed"))
    side = next(iter(first["killed"]))
    first["killed"][side] += 1
    gold = labelled()[rid][1]["gold"]
    assert errors(gold, right) == 0 and errors(gold, wrong) == 1
    lost = exact_flips({rid: right}, {rid: wrong})
    assert lost["killed", "lost"] == [rid] and lost["killed", "gained"] == [] and lost["injured", "lost"] == []
    gained = exact_flips({rid: wrong}, {rid: right})
    assert gained["killed", "gained"] == [rid] and gained["killed", "lost"] == []
