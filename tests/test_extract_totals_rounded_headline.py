"""A rounded lead ("More than 150 people have been killed in three days of fighting") that the monitor's split by
side after it adds up to a few more (154) is the headline of that split, not a total of its own (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_more_than_a_tens_figure_split_a_few_above_is_a_headline() -> None:
    text = ("More than 150 people have been killed in three days of fighting between regime forces and ISIS in the "
            "desert, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights said the fighting since Friday had killed 154 people: 102 regime soldiers, 46 ISIS "
            "members and six civilians.")
    assert total_pairs(titled(text)) == [("civilians", 6), ("isis", 46), ("regime", 102)]


def test_tens_figure_far_below_the_split_stays() -> None:
    text = ("More than 150 people have been killed in three days of fighting between regime forces and ISIS in the "
            "desert, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights said the fighting since Friday had killed 197 people: 131 regime soldiers, 60 ISIS "
            "members and six civilians.")
    assert ("unknown", 150) in total_pairs(titled(text))
