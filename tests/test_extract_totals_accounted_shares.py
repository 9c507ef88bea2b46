"""Each killer's share of a civilian total told as what it "accounted for" ("Regime shelling accounted for 30 of the
deaths, Russian airstrikes for eight") or as what a report "attributed ... to" a killer is a civilian total by that
killer. Look-alike: a place that "accounted for" some of the deaths is no killer.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_TOLL = (
    "Strikes by regime forces and their Russian allies have killed 44 civilians, including nine children, in the "
    "northwest since March 3, the rescue service said on Friday.\n"
)


def _by_killer(text: str) -> list[tuple[str, int, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in totals if t.get("perpetrator"))


def test_accounted_for_shares() -> None:
    found = _by_killer(
        _TOLL + "Regime shelling accounted for 30 of the deaths, regime drones for six, and "
        "Russian warplanes for eight, the statement said."
    )
    assert found == [("civilians", 6, "regime"), ("civilians", 8, "russia"), ("civilians", 30, "regime")]


def test_attributed_share() -> None:
    found = _by_killer(
        _TOLL + "The report attributed 30 of the deaths, among them five children, to government forces."
    )
    assert found == [("civilians", 30, "regime")]


def test_place_accounting_for_deaths_is_no_killer() -> None:
    assert _by_killer(_TOLL + "Sarmin accounted for 12 of the deaths, the statement said.") == []
