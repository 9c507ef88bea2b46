"""People of a total described by a civilian pursuit are civilians, but not where the text says only most of them were
("more than 140 people, most of them civilians, were killed ... while collecting truffles": unknown) (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_most_of_them_civilians_keeps_pursuit_people_unknown() -> None:
    text = ("Since early 2022, more than 140 people, most of them civilians, have been killed by mines and ISIS attacks "
            "while searching for truffles in the desert, the monitor said.")
    assert total_pairs(titled(text)) == [("unknown", 140)]


def test_mostly_shepherds_keeps_people_unknown() -> None:
    text = "Since January 2023, 35 people, mostly shepherds, have been killed by war remnants while grazing their sheep."
    assert total_pairs(titled(text)) == [("unknown", 35)]


def test_pursuit_alone_still_makes_civilians() -> None:
    text = ("Since early 2022, more than 140 people have been killed by mines and ISIS attacks while searching for "
            "truffles in the desert, the monitor said.")
    assert total_pairs(titled(text)) == [("civilians", 140)]
