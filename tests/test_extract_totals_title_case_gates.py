"""Literal gates before case-insensitive patterns read the folded sentence, so a title-case or sentence-initial wording
is judged as its lower-case twin ("The Clashes Have So Far Killed ...", "... Raising The Number Of CASUALTIES To 9").

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a battle's toll "so far" after a paragraph
that says it began the day before is a total; a count of casualties after the wounded sums dead and wounded).
"""

from __future__ import annotations

from observatory.extract.text import Sentence
from observatory.extract.totals_battles import battle_of_days
from totals_cases import row

_LEAD = "Clashes between regime forces and the factions have gone on since yesterday morning near Saraqib. "


def _last_sentence(work: str) -> Sentence:
    start = len(_LEAD)
    return Sentence(start, len(work), 0)


def test_title_case_battle_so_far_after_days_is_a_total() -> None:
    work = _LEAD + "The Battles Have So Far Left 12 Soldiers And Nine Fighters Dead."
    assert battle_of_days(work, _last_sentence(work))


def test_lower_case_battle_so_far_after_days_stays_a_total() -> None:
    work = _LEAD + "The battles have so far left 12 soldiers and nine fighters dead."
    assert battle_of_days(work, _last_sentence(work))


def test_title_case_battle_without_days_before_is_no_total() -> None:
    work = "Clashes broke out at dawn near Saraqib. The Battles Have So Far Left 12 Soldiers And Nine Fighters Dead."
    assert not battle_of_days(work, Sentence(len("Clashes broke out at dawn near Saraqib. "), len(work), 0))


def test_upper_case_casualties_of_dead_and_wounded_are_no_total() -> None:
    text = ("The landmine killed two shepherds and wounded five others in the Homs desert, raising the number of "
            "CASUALTIES to seven.")
    assert row(text)["totals"] == []
