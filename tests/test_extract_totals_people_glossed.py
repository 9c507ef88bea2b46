"""A total of people whose kinds are only glossed after them ("31 people, including soldiers, civilians and
shepherds") is a figure of people of no side, kept as unknown; a group named by several kinds ("40 fighters and
civilians") still has no side to give (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_people_glossed_by_kinds_are_an_unknown_total() -> None:
    text = (
        "Since the beginning of the year, the monitor has documented 27 attacks in Daraa countryside, which claimed "
        "the lives of 31 people, including regime soldiers, civilians and former rebels."
    )
    assert ("unknown", 31) in total_pairs(titled(text, "2022-06-01"))


def test_a_group_of_several_kinds_stays_without_a_side() -> None:
    text = (
        "Since the beginning of the year, the monitor has documented the death of 40 fighters and civilians in "
        "Daraa countryside."
    )
    assert all(value != 40 for _, value in total_pairs(titled(text, "2022-06-01")))
