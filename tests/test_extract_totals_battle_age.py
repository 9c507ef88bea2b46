"""The age of a battle or campaign ("as the escalation on Idlib enters its fourth month") is no period a toll is counted
over: the toll beside it is one event's (``totals_sentences._AGE``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md. Look-alike that stays a total: a running
toll of the escalation told beside its age.
"""

from __future__ import annotations

from totals_cases import totals


def test_toll_of_a_day_beside_the_battle_age_is_no_total() -> None:
    assert totals("Regime artillery kills five civilians in Ariha as the escalation on Idlib enters its fourth month") == []


def test_running_toll_beside_the_age_stays_a_total() -> None:
    assert totals("Russian warplanes kill nine civilians in Idlib countryside, raising the toll of the escalation that "
                  "entered its third month to 412") == [("civilians", 412)]
