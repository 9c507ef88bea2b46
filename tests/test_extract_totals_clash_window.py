"""The toll of ongoing clashes told over a window of hours or days ("The death toll of the clashes ... has risen in
the past 48 hours to 17 soldiers and nine ISIS members") is a total (segment.is_total): several days of fighting,
per ../shared/data/sohr/SCHEMA.md. The toll of the clashes with no window stays the incident's. Paragraphs written for
these tests."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2023-06-02")
    return {(t["side"], t["killed"]) for t in row["totals"]}


def test_the_toll_of_clashes_risen_in_the_past_hours_is_a_total() -> None:
    text = ("Fighting on the Kabani axis\n"
            "The death toll of the ongoing clashes between regime forces and HTS on the Kabani axis in the Latakia countryside "
            "has climbed in the last 72 hours to 12 regime soldiers and nine HTS fighters, according to SOHR sources.")
    assert {("regime", 12), ("hts_rebels", 9)} <= totals(text)


def test_the_toll_of_clashes_with_the_window_after_the_figures_is_a_total() -> None:
    text = ("Badia battles\n"
            "The toll of the fierce clashes between regime forces and ISIS cells in the Homs desert has reached 23 soldiers "
            "and 11 ISIS members in the past two days, SOHR said.")
    assert {("regime", 23), ("isis", 11)} <= totals(text)


def test_the_toll_of_clashes_with_no_window_is_no_total() -> None:
    text = ("Badia battles\n"
            "The death toll of the clashes between regime forces and ISIS cells near al-Sukhnah has risen to five soldiers "
            "and three ISIS members, SOHR said.")
    found = totals(text)
    assert ("regime", 5) not in found and ("isis", 3) not in found
