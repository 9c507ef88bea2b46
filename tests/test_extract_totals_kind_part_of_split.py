"""A toll of people split by side that names one of its people only by kind and adds up to the whole ("15 people ...:
eight soldiers, six local gunmen and a child") gives that person as a total of civilians too (``totals_parts``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (an overall figure broken down by side gives
its parts; children and women are civilians). A look-alike: "14 people ..., including eight soldiers and two women"
(examples that fall short of the whole) stays one total of people.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_child_in_a_split_by_side_is_a_civilian_total() -> None:
    assert _pairs("The monitor said that 15 people had been killed since Monday: eight soldiers, six local gunmen and a "
                  "child, while dozens were wounded.") == [("civilians", 1), ("hts_rebels", 6), ("regime", 8)]


def test_examples_short_of_the_whole_stay_one_total() -> None:
    assert _pairs("The monitor said that 14 people had been killed since Monday, including eight soldiers and two "
                  "women.") == [("unknown", 14)]
