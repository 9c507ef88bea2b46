"""People told by their trade after a larger total of civilians or people ("... and recorded the killing of one
journalist", "..., in addition to a nurse of the Red Crescent") are of that total, not totals of their own (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-11-02"))


def test_trade_people_after_a_civilian_total_are_no_total() -> None:
    text = ("The rights group said in its monthly report that it documented the killing of 84 civilians in Syria in "
            "October 2022, including 19 children. The report also recorded the killing of one journalist during the "
            "month.")
    found = totals(text)
    assert ("civilians", 84) in found
    assert ("civilians", 1) not in found


def test_trade_person_added_to_a_running_total_of_people_is_no_total() -> None:
    text = ("The number of people killed in the camp since early 2022 has risen to 31, among them 20 refugees, in "
            "addition to a nurse of the Red Crescent.")
    found = totals(text)
    assert ("unknown", 31) in found
    assert ("civilians", 1) not in found


def test_civilians_of_their_own_after_a_total_stay_totals() -> None:
    text = ("The rights group said it documented the killing of 84 civilians in Syria in October 2022. Separately, "
            "it said three civilians were killed by Turkish drones in Hasakah during the month.")
    assert ("civilians", 3) in totals(text)
