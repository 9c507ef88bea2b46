"""A toll said to be likely to rise ("the number of casualties is expected to rise") is an expectation, not a tally:
the sentence that says so is no total of its own; a running total told with the same remark stays a total
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-04-05"))


_STRIKE = "Regime artillery shelled a bakery in the centre of Atarib on Tuesday morning, killing five civilians. "


def test_victims_with_casualties_likely_to_rise_are_no_total() -> None:
    text = _STRIKE + ("The monitor said the victims included three bakery workers, adding that the number of casualties is "
                      "likely to rise as some of the injured are in a serious condition.")
    assert totals(text) == []


def test_number_of_dead_may_rise_is_no_total() -> None:
    text = _STRIKE + "The dead included two women, and the number of dead may rise further, medics said."
    assert totals(text) == []


def test_running_total_with_a_likely_rise_stays() -> None:
    text = _STRIKE + ("The number of civilians killed by regime shelling since early 2023 has thus risen to 58, and the toll "
                      "is likely to rise.")
    assert ("civilians", 58) in totals(text)
