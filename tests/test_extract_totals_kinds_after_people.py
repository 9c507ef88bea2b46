"""Children and women told after a total of people ("The dead include 14 children and five women", "Among the dead were
...") are kinds inside that total (its ``of_which``), not a total of civilians of their own (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-05-02")["totals"])


def test_children_and_women_after_people_are_its_kinds() -> None:
    row = titled("Since early February 2022, 61 people have been killed in explosions of war remnants across the "
                 "desert. Among the dead were 14 children and five women.", "2022-05-02")
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("unknown", 61)]
    assert row["totals"][0]["of_which"] == {"children": 14, "women": 5}


def test_sides_after_people_stay_their_own_totals() -> None:
    got = totals("Since early February 2022, 61 people have been killed in explosions of war remnants across the "
                 "desert. Among the dead were 14 civilians and five regime soldiers.")
    assert ("civilians", 14) in got and ("regime", 5) in got
