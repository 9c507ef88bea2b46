"""A monitor's count of killings or murders ("the monitor recorded 52 killings in Quneitra in May") is a total of dead
people of no side; killings whose dead are counted separately ("27 murders, in which 30 people died") are events
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-06-03"))


_LEAD = "Gunmen on a motorbike shot dead a grocer in front of his shop in a town north of Quneitra on Tuesday night. "


def test_recorded_killings_are_a_total_of_no_side() -> None:
    text = _LEAD + "The monitor recorded 52 killings across the province in May."
    assert ("unknown", 52) in totals(text)


def test_murders_counted_with_registered_are_a_total() -> None:
    text = _LEAD + "Local activists have registered a total of 64 murders in the area since January 2022."
    assert ("unknown", 64) in totals(text)


def test_passive_murders_documented_are_a_total() -> None:
    text = _LEAD + "Since the start of 2022, 47 murders have been documented in the southern province by the network."
    assert ("unknown", 47) in totals(text)


def test_killings_with_their_dead_after_them_are_events() -> None:
    text = _LEAD + "The monitor recorded 27 murders in the province since January 2022, in which 30 people died."
    found = totals(text)
    assert ("unknown", 27) not in found


def test_killings_whose_dead_the_next_sentence_tells_are_events() -> None:
    text = _LEAD + ("The monitor recorded 27 murders in the province since January 2022. These crimes claimed the lives "
                    "of 30 people, among them four women.")
    assert ("unknown", 27) not in totals(text)


def test_assassination_attempts_stay_no_total() -> None:
    text = _LEAD + "The monitor recorded 52 killing attempts across the province in May."
    assert ("unknown", 52) not in totals(text)


def test_counted_deaths_unchanged() -> None:
    text = _LEAD + "The monitor recorded 52 deaths across the province in May."
    assert ("unknown", 52) in totals(text)
