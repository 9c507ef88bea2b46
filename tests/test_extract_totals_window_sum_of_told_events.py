"""A toll of a short window ("since this morning", "in the past 24 hours") that only sums up the events the text goes on
to tell one by one is no total (the events are the incidents); a window's toll the events after it do not add up to
stays a total (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md and the brief's conventions).
One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2020-02-10"))


def test_window_toll_that_the_told_events_add_up_to_is_no_total() -> None:
    text = ("The monitor has documented the deaths of 16 civilians in regime and Russian strikes on the Idlib countryside "
            "since this morning. Russian jets struck the town of Maarat Misrin at noon, killing eight civilians, "
            "including three children. Regime helicopters dropped barrel bombs on Binnish, killing five civilians. In "
            "Sarmin, a regime airstrike on a market killed three civilians.")
    assert ("civilians", 16) not in totals(text)


def test_window_toll_larger_than_the_told_events_stays_a_total() -> None:
    text = ("The monitor has documented the deaths of 25 civilians in regime and Russian strikes on the Idlib countryside "
            "since this morning. Russian jets struck the town of Maarat Misrin at noon, killing eight civilians, "
            "including three children. Regime helicopters dropped barrel bombs on Binnish, killing five civilians.")
    assert ("civilians", 25) in totals(text)


def test_window_toll_that_events_of_several_sides_exceed_stays_a_total() -> None:
    text = ("Thirteen regime soldiers have been killed in ISIS attacks in the desert in the past 24 hours, the monitor "
            "said. Cells ambushed a patrol near al-Sukhnah, killing eight soldiers. Russian jets killed four ISIS "
            "members and a civilian in raids on the desert.")
    assert ("regime", 13) in totals(text)


def test_window_toll_of_separate_incidents_is_no_total() -> None:
    text = ("The monitor has documented two more deaths in Quneitra province in separate incidents in the past 24 hours. "
            "Gunmen on a motorbike shot a former rebel commander near the town of Jubata al-Khashab, killing him "
            "instantly. Hours later, a roadside bomb went off under a car near Khan Arnabah, killing its driver.")
    assert not [p for p in totals(text) if p[1] == 2]


def test_window_toll_of_people_without_separate_events_stays_a_total() -> None:
    text = ("The monitor said that 14 people have been killed in Quneitra province in the past 24 hours. Gunmen on a "
            "motorbike shot a former rebel commander near the town of Jubata al-Khashab.")
    assert ("unknown", 14) in totals(text)
