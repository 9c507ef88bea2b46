"""Kurdish outlets' wording of a period's toll: "The drone attacks martyred 40 people: ..." after a sentence that counts
the attacks of a period, and "Of the civilian martyrs, six fell in X, four in Y" after it: totals of the period, like
"The attacks killed 40 people: ..." (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_COUNT = (
    "According to the agency's archive, Turkish drones carried out 60 attacks on the region since the beginning of "
    "2023 until the end of April.\n"
)


def test_the_attacks_martyred_people_listed_by_side() -> None:
    text = (
        _COUNT
        + "The drone attacks martyred 40 people: 22 fighters of the SDF, ten civilians and eight regime soldiers.\n"
    )
    found = total_pairs(titled(text, "2023-05-02"))
    for pair in [("sdf", 22), ("civilians", 10), ("regime", 8)]:
        assert pair in found


def test_civilian_martyrs_by_region() -> None:
    text = _COUNT + (
        "The drone attacks martyred 40 people: 22 fighters of the SDF, ten civilians and eight regime soldiers.\n"
        "Of the civilian martyrs, six fell in Kobani and four in Qamishli.\n"
    )
    found = total_pairs(titled(text, "2023-05-02"))
    assert ("civilians", 6) in found and ("civilians", 4) in found
