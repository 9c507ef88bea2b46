"""Totals precision: counts that are not a killed figure of one side must not become totals."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _totals(text: str) -> set[tuple[str, int]]:
    row = to_contract("t", extract_report(Report(text=text)))
    return {(t["side"], t["killed"]) for t in row["totals"]}


def test_injured_adjective_after_a_count_is_not_a_killed_total() -> None:
    text = ("Since the start of 2021, the monitor documented 57 deaths among civilians in the eastern villages, "
            "and 33 injured civilians were taken to hospitals.")
    assert ("civilians", 33) not in _totals(text)


def test_a_group_of_combatants_and_civilians_has_no_single_side() -> None:
    text = ("Since the beginning of this year, the shelling and sniper fire on the frontline villages "
            "left 212 combatants and civilians dead.")
    assert _totals(text) == set()
