"""A toll whose subject is a group named by what it is ("The extremist group lost 19 of its members over the same
period") takes the side of the jihadist group named just before, not the side of the total before it (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_LEAD = "Since the start of the year, the monitor has documented the deaths of 48 regime soldiers in the Homs desert in attacks blamed on ISIS. "


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-04-01")["totals"])


def test_extremist_group_points_back_to_isis() -> None:
    assert totals(_LEAD + "The extremist group lost 19 of its members over the same period.") == [("isis", 19), ("regime", 48)]


def test_terrorist_organisation_points_back_to_isis() -> None:
    assert totals(_LEAD + "The terrorist organisation lost 19 fighters over the same period.") == [("isis", 19), ("regime", 48)]


def test_named_side_stays() -> None:
    assert totals(_LEAD + "The regime forces lost 19 soldiers in the Hama desert over the same period.") == [("regime", 19), ("regime", 48)]
