"""Review of round 38's month tolls (85bf13a): a single event told with a month nearby keeps its toll. "During the
month of Ramadan" names no calendar month, "the month-long campaign" is the campaign's length, "the latest in a wave
of bombings over the past month" compares the event with others, and a dateline's month ("Daraa, May 2022:") before a
sentence that names the event's weekday is no month heading. Sentences written for this review."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_month_of_ramadan_is_no_months_toll() -> None:
    text = ("Airstrike on Kafr Nabl\n\nSix civilians were killed on Thursday when an airstrike hit a house in Kafr "
            "Nabl, Idlib, during the month of Ramadan.")
    assert killed_per_incident(contract(text)) == [{"civilians": 6}]


def test_month_long_campaign_is_no_months_toll() -> None:
    text = ("Shelling on Kafranbel\n\n4 civilians were killed on Sunday by regime shelling on Kafranbel, Idlib, in the "
            "month-long campaign on the area.")
    assert killed_per_incident(contract(text)) == [{"civilians": 4}]


def test_latest_in_a_wave_over_the_past_month_keeps_the_toll() -> None:
    text = ("Car bomb in Azaz\n\n9 civilians were killed on Friday when a car bomb exploded in Azaz, Aleppo, the latest "
            "in a wave of bombings over the past month.")
    assert killed_per_incident(contract(text)) == [{"civilians": 9}]


def test_dateline_month_before_a_days_event_keeps_the_toll() -> None:
    text = ("Checkpoint attack\n\nDaraa, May 2022: 5 soldiers were killed on Monday when gunmen attacked a checkpoint "
            "in Tafas.")
    assert killed_per_incident(contract(text)) == [{"regime": 5}]
