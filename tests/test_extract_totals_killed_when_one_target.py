"""A toll told before "when" and the deed of one event against one target ("In May, 21 soldiers were killed when ISIS
cells ambushed a bus near Palmyra") is that event's, dated by its month: an incident, not a month's total (sentences
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: a deed against
many targets, a toll over a period named besides."""

from __future__ import annotations

from observatory.extract.totals_sentences import is_period_total


def test_killed_when_one_target_was_hit_is_one_event() -> None:
    assert not is_period_total("In May, 21 soldiers were killed when ISIS cells ambushed a bus near Palmyra.")
    assert not is_period_total(
        "In March, at least 12 people, most of them civilians, died when gunmen attacked a wedding "
        "in the countryside of Daraa."
    )


def test_a_deed_against_many_targets_or_over_a_period_stays_a_total() -> None:
    assert is_period_total("In May, 21 soldiers were killed when ISIS cells attacked positions across the desert.")
    assert is_period_total(
        "Since the beginning of the year, 40 soldiers have been killed when ISIS cells ambushed a bus "
        "or attacked a checkpoint."
    )
