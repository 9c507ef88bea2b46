"""A sentence whose only toll sits in a clause of its own after a semicolon, telling one event ("The town has seen
repeated bombings since then; in March, a car bomb at the market killed five civilians"), is that event: the period
told in the clause before does not make it a total (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: the joint toll of several strikes after the
semicolon, a toll in the first clause."""

from __future__ import annotations

from observatory.extract.totals_sentences import is_period_total


def test_one_event_after_a_semicolon_is_no_total() -> None:
    assert not is_period_total(
        "The town has seen repeated bombings since then; in March, a car bomb at the market killed five civilians."
    )


def test_a_joint_toll_after_a_semicolon_stays_a_total() -> None:
    assert is_period_total(
        "The raid is the fourth by coalition drones on the area since early May; the previous three "
        "strikes killed six members of the group."
    )


def test_a_period_toll_before_the_semicolon_stays_a_total() -> None:
    assert is_period_total(
        "Since the beginning of the year, 45 people have been killed in Daraa; most of them were former rebels."
    )
