"""A figure that leaves the incident as a calendar period's count over many events ("carried out 50 raids ... in 2020,
killing 44 people") or as a day's count of strikes over several provinces ("since dawn today ... in the countrysides
of Hama and Idlib, killing 14 soldiers") is a total of its own, with the period the text names
(``totals_window_figures``); the strikes of the day stay an incident without the toll.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. Look-alikes: one
event recalled by its month and year, a day's bombardment of one town, and two provinces named as the ends of a road
keep the toll as the incident's and make no total.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs


def test_calendar_period_toll_over_counted_raids_is_a_total() -> None:
    text = ("Drone raids on the north-east\n\nArmed drones of Ankara carried out 50 raids on villages held by the SDF "
            "around Amuda in 2020, killing 44 SDF members, the monitor said in its yearly count on Monday.\nThe last "
            "raid, on Friday, hit a motorbike near Amuda, killing one civilian.")
    row = contract(text)
    assert ("sdf", 44) in total_pairs(row)
    span = next(t for t in row["totals"] if t["killed"] == 44)
    assert (span["since"], span["until"]) == ("2020-01-01", "2020-12-31")


def test_parts_of_a_period_toll_over_counted_raids_are_totals() -> None:
    text = ("Drones over Derbasiyah\n\nArmed drones of Ankara carried out 30 raids on areas held by the SDF near "
            "Derbasiyah since early 2021, killing 25 people, the monitor said in a count on Sunday. According to the "
            "monitor, the dead were 15 SDF members and 10 civilians.")
    row = contract(text)
    assert total_pairs(row) == [("civilians", 10), ("sdf", 15)]
    assert {t["since"] for t in row["totals"]} == {"2021-01-01"}
    assert killed_per_incident(row) == []


def test_day_of_shelling_over_two_provinces_is_a_total_and_an_incident() -> None:
    text = ("Shells fall on the north-west\n\nAnkara's artillery has pounded army positions in the countrysides of "
            "Hama and Idlib since early this morning, killing 14 soldiers, the monitor reported.")
    row = contract(text)
    assert total_pairs(row) == [("regime", 14)]
    assert killed_per_incident(row) == [{}]


def test_one_event_recalled_by_month_and_year_makes_no_total() -> None:
    text = ("Blast in Amuda\n\nOn Tuesday, a roadside bomb wounded 3 people in Amuda, Hasakah. In June 2019, a larger "
            "bomb near the bakery killed 8 civilians.")
    row = contract(text)
    assert ("civilians", 8) not in total_pairs(row)
    assert {"civilians": 8} in killed_per_incident(row)


def test_day_of_shelling_on_one_town_keeps_its_toll() -> None:
    text = ("Shells on Kafr Nabl\n\nArmy artillery has pounded the town of Kafr Nabl in the Idlib countryside since "
            "early this morning, killing 5 civilians, the monitor reported.")
    row = contract(text)
    assert total_pairs(row) == []
    assert killed_per_incident(row) == [{"civilians": 5}]


def test_day_of_shelling_on_a_camp_of_the_displaced_keeps_its_toll() -> None:
    text = ("Shells on Atmeh\n\nArmy artillery has pounded the camp of Atmeh, home to families displaced from Hama and "
            "Idlib, since early this morning, killing 6 civilians, the monitor reported.")
    row = contract(text)
    assert total_pairs(row) == []
    assert killed_per_incident(row) == [{"civilians": 6}]
