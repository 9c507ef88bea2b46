"""The rising toll of clashes that one raid or attack began ("the toll of the clashes that erupted on Monday, when
regime forces stormed a farm held by gunmen, has risen to six") is that event's toll, not a running total; fighting
that began on a day with no single raid stays a running total (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-02-16"))


def test_clash_begun_by_one_raid_is_no_running_total() -> None:
    text = ("The death toll of the clashes that erupted on Monday, when regime forces stormed a farm held by wanted "
            "gunmen near Tafas, has risen to six after a soldier succumbed to his wounds. The dead are four soldiers and "
            "two gunmen.")
    assert totals(text) == []


def test_clash_begun_by_one_attack_is_no_running_total() -> None:
    text = ("The death toll of the fighting which began on Sunday, after ISIS members attacked a checkpoint of the NDF "
            "near al-Sukhnah, has risen to nine.")
    assert totals(text) == []


def test_fighting_begun_on_a_day_stays_a_running_total() -> None:
    text = ("The death toll of the clashes that erupted on Monday between regime forces and local gunmen in Tafas has "
            "risen to 31, among them 17 soldiers.")
    assert totals(text) != []
