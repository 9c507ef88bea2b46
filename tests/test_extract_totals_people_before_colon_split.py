"""A toll of people told before its killed word and split after a long clause's colon ("40 people have been killed in
Turkish strikes on the "Peace Spring" front since January: 16 civilians, among them 5 children, and 24 SDF fighters")
gives the split's lines, a part told with "among them" inside them (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-06-20"))


def test_people_before_killed_word_split_after_long_clause() -> None:
    text = ("Monitor figures show that 40 people have been killed by Turkish drone and artillery strikes on the villages "
            "of the \"Peace Spring\" front since January 2023: 16 civilians, among them 5 children, and 24 SDF fighters.")
    assert totals(text) == [("civilians", 16), ("sdf", 24)]


def test_mixed_group_before_killed_word_split_after_colon() -> None:
    text = ("The monitor has documented the deaths of 30 ISIS cell members, SDF fighters and civilians in the eastern "
            "countryside of Deir ez-Zor since early 2023: 14 SDF fighters, nine civilians, including a child, and seven "
            "ISIS members.")
    assert totals(text) == [("civilians", 9), ("isis", 7), ("sdf", 14)]


def test_split_that_does_not_add_up_unchanged() -> None:
    text = ("Monitor figures show that 40 people have been killed by Turkish drone and artillery strikes on the villages "
            "of the \"Peace Spring\" front since January 2023, among them 16 civilians.")
    assert ("civilians", 16) in totals(text)
