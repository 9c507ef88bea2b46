"""Acceptance: ingest the seed report, then `tally` for 24 March - 20 April 2019 shows the source's totals.

Runs the CLI end to end (ingest with extraction, then tally --json): the extraction stage fills the period
totals with their dates (since/until) and the allies as breakdowns; the seed's undated attacks fall in the
report's period.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.cli import cli

pytestmark = [pytest.mark.shared]


def _claims_by_side(claims: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(c["side"]): c for c in claims}


def test_seed_tally_shows_the_sources_totals(shared_data: Path, tmp_db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", "--db", str(tmp_db), str(shared_data / "seed")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["tally", "--db", str(tmp_db), "--since", "2019-03-24", "--until", "2019-04-20", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    claims = _claims_by_side(data["claims"])
    assert "regime" in claims, f"no regime total for the period among {data['claims']}"
    regime = claims["regime"]
    assert regime["killed"] >= 69
    inside = dict(regime["of_which"])  # type: ignore[call-overload]
    # allies inside the regime-and-allies total: as breakdowns of it, or as their own totals of the same period
    russia = inside.get("russia", claims.get("russia", {}).get("killed"))
    pro_iran = inside.get("pro_iran_foreign", claims.get("pro_iran_foreign", {}).get("killed"))
    assert (russia, pro_iran) == (2, 9)
    assert regime["group"] == "regime_and_allies" or set(regime["sides"]) == {"regime"}
    assert claims["isis"]["killed"] == 22
    assert "sources report at least 69" in str(regime["explanation"])
    # the seed's attacks are itemised in the period (their dates come from the report's period)
    assert data["total"]["incidents"] >= 6
