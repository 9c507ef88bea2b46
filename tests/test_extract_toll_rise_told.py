"""A toll told as rising for one event, not as a trend or a running total.

* "SOHR has documented a rise in the death toll of yesterday's ambush near X": the ambush itself (``incident_habits``
  keeps "a rise in attacks" a trend, not "a rise in the death toll");
* "The number of dead has now risen to 37 soldiers" after the event: the event's toll, not a running total
  (``totals_sentences``), unless a period is told ("... since the start of the year").

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled


def test_a_rise_in_the_death_toll_of_an_ambush_tells_the_ambush() -> None:
    row = titled(
        "SOHR has documented a rise in the death toll of yesterday's ambush near Kabajeb. The death toll has now risen "
        "to 37 soldiers."
    )
    assert kinds(row) == ["ambush"] and killed_per_incident(row) == [{"regime": 37}]


def test_a_rise_in_attacks_is_a_trend() -> None:
    row = titled("The monitor noted a rise in attacks by ISIS cells near Kabajeb in recent weeks.")
    assert row["incidents"] == []


def test_the_number_of_dead_risen_after_the_event_is_its_toll() -> None:
    row = titled(
        "ISIS cells ambushed a bus carrying soldiers near Kabajeb yesterday. The number of dead has now risen to 37 "
        "soldiers, while 12 others sustained injuries."
    )
    assert killed_per_incident(row) == [{"regime": 37}] and row["totals"] == []


def test_the_number_of_dead_risen_since_a_day_is_no_toll_of_the_event() -> None:
    row = titled(
        "ISIS cells ambushed a bus carrying soldiers near Kabajeb yesterday, killing five soldiers. The number of dead "
        "has risen to 370 since the start of the year."
    )
    assert killed_per_incident(row) == [{"regime": 5}]
