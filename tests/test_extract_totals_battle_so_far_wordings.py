"""The toll of one battle told "so far" in other word orders ("the clashes so far have left ...", "the fighting has
left ... dead so far") is the battle's own latest toll, an incident's, as "the fighting has so far left ..." is
(sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: a
toll "so far" over a stretch of days, "so far" of what is not known."""

from __future__ import annotations

from observatory.extract.totals_sentences import is_period_total


def test_so_far_before_the_verb_is_the_battles_toll() -> None:
    assert not is_period_total(
        "According to local sources, the clashes so far have left nine gunmen and five soldiers "
        "dead, while the army sent reinforcements."
    )


def test_dead_so_far_after_the_figures_is_the_battles_toll() -> None:
    assert not is_period_total(
        "According to the monitor, the fighting has left seven HTS members and three regime "
        "soldiers dead so far, and dozens wounded."
    )


def test_so_far_over_a_year_stays_a_total() -> None:
    assert is_period_total("Since the beginning of the year, 312 people have been killed so far in Daraa province.")
