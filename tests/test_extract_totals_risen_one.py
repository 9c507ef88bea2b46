"""A toll of one event that rises later in the text is that event's toll, not a period total, where the rise is timed
within one day ("the number of dead climbed by the evening to 23", "rose on Friday to 19") or the toll is tied to one
event named with any article ("the number of people killed in the blast of a car bomb ... rose on Monday to 17"),
and "the victims of the bombing include ..." splits it by side. A rise with a span of time ("since March") stays a
total (``totals_risen_one``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_a_rise_by_the_evening_is_the_event_s_toll() -> None:
    row = titled("A car bomb went off on Friday beside a bakery in the Bab Tadmur quarter of Homs city. According to the "
                 "monitor, the number of dead climbed by the evening to 23 people, among them at least 15 civilians, and "
                 "the rest were members of the security forces guarding the bakery.")
    assert killed_per_incident(row) == [{"civilians": 15, "regime": 8}]
    assert total_pairs(row) == []


def test_a_rise_on_a_weekday_of_one_explosion_split_by_its_victims() -> None:
    row = titled("The number of people killed in the blast of a car bomb near a bus station in the city of Azaz rose "
                 "on Monday to 17, the monitor said. According to the monitor, the victims of the bombing on Sunday "
                 "include 12 civilians and five Turkish-backed fighters of the Hamza Division.")
    assert killed_per_incident(row) == [{"civilians": 12, "turkey_factions": 5}]
    assert total_pairs(row) == []


def test_a_timed_rise_with_a_span_stays_a_total() -> None:
    row = titled("Turkish drones struck a car near Qamishli on Friday, killing two SDF fighters. The count of people "
                 "that drones of Ankara have killed in the area since March rose on Friday to 41, the monitor said.")
    assert 41 in [value for _, value in total_pairs(row)]
