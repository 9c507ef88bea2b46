"""A part told right after a year that ends the period of the whole ("... killed since early 2024, 24 of them
non-Syrians and seven Syrians") is a part of the figure before, as it is after a word (paragraphs written for these
tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-05-20"))


_LEAD = "A drone struck a car on the road east of Al-Mayadin this morning, killing its driver. "


def test_militia_split_by_nationality_after_a_year() -> None:
    text = _LEAD + (
        "The monitor says 40 members of Iranian-backed militias have died in the province since the start of 2024, "
        "29 of them of non-Syrian nationalities and 11 Syrians."
    )
    assert sorted(totals(text)) == [("pro_iran_foreign", 29), ("regime", 11)]


def test_share_of_a_side_after_a_year() -> None:
    text = (
        _LEAD
        + "In the nearby province, the monitor documented 23 fatalities in such attacks in 2023, 14 of them regime soldiers."
    )
    assert totals(text) == [("regime", 14)]


def test_part_after_a_word_unchanged() -> None:
    text = _LEAD + (
        "The monitor says 40 members of Iranian-backed militias have died since the start of the year in the province, "
        "29 of them of non-Syrian nationalities and 11 Syrians."
    )
    assert sorted(totals(text)) == [("pro_iran_foreign", 29), ("regime", 11)]


def test_share_by_cause_after_a_year_unchanged() -> None:
    text = _LEAD + "ISIS lost 64 members in the desert in 2023, 41 of them in Russian air strikes."
    assert totals(text) == [("isis", 64)]
