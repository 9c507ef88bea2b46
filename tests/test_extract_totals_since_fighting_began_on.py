"""A period opened by the day the fighting began ("since the clashes began on 27 August, 25 SDF members ... have been
killed"), told after an attribution, is the start of a running total, not the day of one event (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-09-08"))


_LEAD = "Fighting between tribal gunmen and the SDF went on in the countryside of Deir Ezzor for a tenth day. "


def test_attributed_total_since_the_clashes_began_on_a_date() -> None:
    text = _LEAD + (
        "According to the monitor, since the clashes began on 29 August, 31 SDF members and six civilians "
        "have been killed, while the SDF said it had regained most of the villages."
    )
    assert sorted(totals(text)) == [("civilians", 6), ("sdf", 31)]


def test_attributed_total_since_the_fighting_erupted_on_a_month_day() -> None:
    text = (
        _LEAD
        + "The monitor said that since the fighting erupted on August 29, 31 SDF members and six civilians have been killed."
    )
    assert sorted(totals(text)) == [("civilians", 6), ("sdf", 31)]


def test_one_days_attack_unchanged() -> None:
    text = (
        _LEAD + "According to the monitor, tribal gunmen attacked an SDF post on 29 August, killing three SDF members."
    )
    assert totals(text) == []
