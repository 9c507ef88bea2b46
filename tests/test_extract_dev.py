"""Extraction over the real dev reports in ../shared: every report gives a well-formed line, none fails.

The dev score itself is a benchmark (bench/bench_extract.py, docs/benchmarks.md), not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

from observatory.extract import extract_report, to_contract
from observatory.extract.runner import report_from_line
from observatory.models import GOVERNORATES, SIDES


def test_every_dev_report_extracts_without_failure(shared_data: Path) -> None:
    path = shared_data / "sohr" / "dev.jsonl"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 100
    for number, line in enumerate(lines, 1):
        external, report = report_from_line(line, str(path), number)
        extraction = extract_report(report)
        assert not (extraction.reason or "").startswith("extraction failed"), (external, extraction.reason)
        row = json.loads(json.dumps(to_contract(external, extraction)))
        assert row["id"] == external
        for incident in row["incidents"]:
            assert set(incident["killed"]) <= set(SIDES) and set(incident["injured"]) <= set(SIDES)
            assert incident["governorate"] is None or incident["governorate"] in GOVERNORATES
        for total in row["totals"]:
            assert total["side"] in SIDES and total["killed"] >= 0
        for claim in extraction.claims:
            assert 0 <= claim.span.start <= claim.span.end <= len(report.text)
