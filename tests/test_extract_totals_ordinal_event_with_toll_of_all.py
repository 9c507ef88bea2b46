"""An ordinal event whose sentence goes on with the toll of all the events of the period ("This is the fourth drone
strike on the area since January, which have killed nine fighters") or of the ones before it ("...; the earlier three
strikes killed five members ...") gives a total, not the one event's toll (``totals_sentences.is_period_total``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a toll over several strikes since a date
is a total). Look-alikes: "the 30th assassination in Daraa this year" and a singular "which killed" stay one event.
"""

from __future__ import annotations

from observatory.extract.totals_sentences import is_period_total


def test_which_have_killed_after_ordinal_strike_is_a_total() -> None:
    assert is_period_total("It is the fourth drone strike on the Jisr al-Shughur area since January, which have killed "
                           "nine fighters of the Turkistan Islamic Party.")


def test_previous_strikes_toll_after_ordinal_strike_is_a_total() -> None:
    assert is_period_total("It is the fourth drone strike on the countryside of Idlib since March; the earlier three "
                           "strikes killed five members of Hurras al-Din.")


def test_ordinal_assassination_stays_one_event() -> None:
    assert not is_period_total("Gunmen shot dead a former rebel commander in Jasim, the 30th assassination in Daraa this year.")


def test_singular_which_killed_stays_one_event() -> None:
    assert not is_period_total("A drone hit a car near Atmeh, the sixth strike in the area this year, which killed a commander.")
