"""A day told inside a since-phrase ("since the car bombing in the market on March 3, 2021", "since the clashes
erupted on 27 August") is the day the period began, not the day of the event the toll is of: the toll after it is a
total (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not change:
one event on a day with no since-phrase, a since-phrase with the day of the event told apart."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def test_a_day_inside_the_since_phrase_opens_the_period() -> None:
    assert is_period_total(
        "Regime shelling on Jabal al-Zawiya has killed 37 civilians, including 12 children, since the car bombing in the market "
        "of Azaz on March 3, 2021, the monitor said on Friday."
    )
    assert is_period_total(
        "Local gunmen and regime forces have lost 22 fighters, among them two commanders, since the clashes "
        "erupted on 27 August, the monitor said."
    )


def test_the_since_toll_is_a_total_of_its_side() -> None:
    text = (
        "Turkish drones have killed 19 SDF members, including a commander, since the start of the escalation in the countryside of Kobani "
        "on October 5, 2023, the monitor said on Tuesday."
    )
    assert ("sdf", 19) in total_pairs(titled(text, "2023-10-24"))


def test_one_event_on_a_day_stays_an_event() -> None:
    assert not is_period_total("A car bomb killed seven civilians in the market of Azaz on March 3, 2021.")
    assert not is_period_total(
        "A mine killed two shepherds near Sukhnah on March 3, the first deaths in the area since the truce."
    )
    assert not is_period_total(
        "Calm has held since the truce, but on March 3 a mine killed two shepherds near Sukhnah."
    )
