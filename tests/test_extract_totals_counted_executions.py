"""A monitor's count of executions ("SOHR has documented 14 executions by ISIS cells since early 2023") is a total of dead
people of no side, like a count of killings or murders (``totals_killings``): each execution is a death.

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md. Look-alikes that must not change:
executions whose dead are counted after them, and execution attempts.
"""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-06-03"))


_LEAD = "Gunmen shot dead a shepherd near a village in the eastern countryside of Deir Ezzor on Monday. "


def test_documented_executions_are_a_total_of_no_side() -> None:
    assert ("unknown", 14) in totals(_LEAD + "SOHR has documented 14 executions by ISIS cells in the region since early 2023.")


def test_executions_with_their_dead_after_them_are_events() -> None:
    text = _LEAD + "SOHR has documented 9 executions by ISIS cells since early 2023, in which 16 people were killed."
    assert ("unknown", 9) not in totals(text)


def test_execution_attempts_stay_no_total() -> None:
    assert ("unknown", 8) not in totals(_LEAD + "The monitor recorded 8 execution attempts in the region since early 2023.")
