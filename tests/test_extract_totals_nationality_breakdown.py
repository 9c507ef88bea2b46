"""Victims of a total told by nationality ("The victims are 14 Iraqis and 9 Syrians, among them 6 women") name no side:
the total stays one of people of no side, its women and children are its parts, and the nationalities give no totals
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def rows(text: str) -> list[tuple[str, int, dict[str, int]]]:
    row = titled(text, "2023-05-02")
    return sorted((t["side"], t["killed"], t["of_which"]) for t in row["totals"])


_TOTAL = ("A woman was found strangled in her tent in the displacement camp on Monday. With her death, the number of "
          "people murdered in the camp since early 2023 has risen to 23. ")


def test_victims_by_nationality_give_no_totals() -> None:
    found = rows(_TOTAL + "The victims are 14 Iraqis and nine Syrians, among them six women.")
    assert [(s, n) for s, n, _ in found] == [("unknown", 23)]


def test_women_and_children_of_nationals_are_parts() -> None:
    found = rows(_TOTAL + "The dead include 12 Iraqi men and 5 Syrian men, in addition to 4 women and 2 children.")
    assert found == [("unknown", 23, {"women": 4, "children": 2})]


def test_other_nationalities_are_no_side() -> None:
    found = rows(_TOTAL + "The victims include 13 Syrians, eight Iraqis and two of other nationalities.")
    assert [(s, n) for s, n, _ in found] == [("unknown", 23)]


def test_nationals_with_a_fighting_noun_stay_sides() -> None:
    text = ("The number of militiamen killed in the desert since early 2023 has risen to 23. "
            "They are 14 Iraqi militiamen and nine Afghan fighters.")
    found = rows(text)
    assert [(s, n) for s, n, _ in found] != [("unknown", 23)]
