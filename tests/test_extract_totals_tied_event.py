"""A large toll whose dead are counted "in/from" one event told before ("the count of civilians killed in the
massacre went up to 131", "the deaths of 240 civilians from that attack") is that event's toll, not a period total;
the same count with a span of time ("since the massacre", "during the past month") stays a total, and so do the
dead of many attacks (``totals_tied_event``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_dead_counted_in_the_massacre_are_its_toll() -> None:
    row = titled("Gunmen loyal to the regime committed a massacre in the village of Aqrab in the Hama countryside on "
                 "Tuesday night. By the next morning, rescuers had pulled more bodies from the rubble, raising the "
                 "number of civilians slain in the massacre to 131, among them 40 children.")
    assert {"civilians": 131} in killed_per_incident(row)
    assert total_pairs(row) == []


def test_deaths_from_that_attack_are_its_toll() -> None:
    row = titled("On March 3, regime rockets carrying chlorine struck the town of Kafr Zita in northern Hama. The "
                 "monitor has documented the deaths of 240 civilians from that attack, among them 61 children.")
    assert killed_per_incident(row) == [{"civilians": 240}]
    assert total_pairs(row) == []


def test_dead_since_the_massacre_stay_a_total() -> None:
    row = titled("Regime shelling killed two civilians in Kafr Nabl on Monday. The monitor said 310 civilians have "
                 "been killed in the area since the massacre in the town of Aqrab last winter.")
    assert ("civilians", 310) in total_pairs(row)


def test_dead_of_the_attacks_stay_a_total() -> None:
    row = titled("Turkish drones struck a car near Qamishli on Friday, killing one SDF fighter. The monitor said 214 "
                 "people were killed in the attacks of Turkish drones on the region over the past year.")
    assert 214 in [value for _, value in total_pairs(row)]


def test_dead_of_a_bombing_campaign_stay_a_total() -> None:
    row = titled("Russian jets struck a market in Maarat al-Numan on Sunday, killing four civilians. The monitor said "
                 "the number of civilians killed in the bombing campaign on the province has reached 415.")
    assert ("civilians", 415) in total_pairs(row)
