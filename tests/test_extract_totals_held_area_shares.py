"""A share of a toll told as what an area "accounted for", the area named by the side that holds it ("Regime-held areas
accounted for 45 of the deaths", "areas controlled by the SDF accounted for 30"): the side is the holder of a place,
neither the side of the dead nor their killer. Look-alikes: a killer that "accounted for" some of the deaths, and a
side of the dead living in such an area ("Civilians in rebel-held areas accounted for 120 of the dead").

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_CIVILIANS = "The monitor documented the deaths of 130 civilians, including 25 children, across Syria in April 2023.\n"
_PEOPLE = "Fighting across the country left 310 people dead in 2022, the monitor said.\n"


def _totals(text: str) -> list[tuple[str, int, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in totals)


def test_held_area_is_no_killer() -> None:
    found = _totals(_CIVILIANS + "Regime-held areas accounted for 48 of the deaths, the monitor added.")
    assert not any(perpetrator for _, _, perpetrator in found)


def test_area_held_by_a_side_is_no_killer() -> None:
    found = _totals(_CIVILIANS + "Areas controlled by the SDF accounted for 33 of the deaths, the monitor added.")
    assert not any(perpetrator for _, _, perpetrator in found)


def test_held_area_is_no_side_of_the_dead() -> None:
    found = _totals(_PEOPLE + "Rebel-held areas accounted for 140 of the dead, the monitor said.")
    assert [side for side, killed, _ in found if killed == 140] in ([], ["unknown"])


def test_side_of_the_dead_living_in_a_held_area() -> None:
    found = _totals(_PEOPLE + "Civilians in rebel-held areas accounted for 140 of the dead, among them 35 children.")
    assert ("civilians", 140, None) in found


def test_killer_still_accounts_for_its_share() -> None:
    found = _totals(
        _CIVILIANS + "Regime shelling on opposition-held areas accounted for 48 of the deaths, the monitor added."
    )
    assert ("civilians", 48, "regime") in found
