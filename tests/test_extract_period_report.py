"""A period report: a title (or opening line) with a toll over a month, a year or longer. The events it tells with no
day or time of their own are the kinds of events the period's dead died in, no incidents; a dated event stays one.
Every sentence here was written for these tests; places are real Syrian names, the events invented."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def incidents(text: str) -> list[dict]:
    return list(to_contract("t", extract_report(Report(text=text)))["incidents"])


def test_a_years_toll_then_the_bombardment_its_dead_died_in() -> None:
    text = ("Idlib in 2020 | 611 people killed in regime and Russian bombardment\n\n"
            "SOHR documented the deaths of 611 people in Idlib province in 2020.\n\n"
            "The dead were killed when regime forces shelled the towns of Jisr al-Shughur and Ariha and Russian jets "
            "struck Maarrat Misrin.")
    assert incidents(text) == []


def test_a_months_toll_then_the_ways_of_killing_in_named_towns() -> None:
    text = ("Quneitra in May 2022 | 14 people killed amid security chaos\n\n"
            "Fourteen people were killed in Quneitra province during May, according to SOHR.\n\n"
            "Unknown gunmen riding a motorcycle opened fire on a car near Khan Arnabah, and a roadside bomb exploded "
            "in Jubata al-Khashab.")
    assert incidents(text) == []


def test_a_half_years_toll_then_where_most_attacks_took_place() -> None:
    text = ("Half a year in Daraa | 150 killed since January 2023\n\n"
            "In the first half of the year, SOHR counted 150 dead across the province.\n\n"
            "Most attacks took place in Tafas and Jasim, where gunmen targeted former fighters of the factions.")
    assert incidents(text) == []


def test_a_toll_since_the_start_of_a_year_and_the_strikes_behind_it() -> None:
    text = ("Turkish drones | 58 people killed in SDF-held areas since early 2023\n\n"
            "Turkish drones struck vehicles and posts around Qamishli and Amuda, killing 58 people, "
            "34 of them SDF members, SOHR has documented.")
    assert incidents(text) == []


def test_a_dated_event_in_a_period_report_stays_an_incident() -> None:
    text = ("Turkish drones | 58 people killed in SDF-held areas since early 2023\n\n"
            "Turkish drones have killed 58 people in SDF-held areas since early 2023, SOHR has documented.\n\n"
            "On Monday, a drone strike on a car near Tal Tamr killed two SDF members.")
    found = incidents(text)
    assert len(found) == 1 and found[0]["killed"] == {"sdf": 2}


def test_a_title_naming_a_period_without_a_toll_is_no_period_report() -> None:
    text = ("Free voices since 2006 | Regime shelling hits Ariha\n\n"
            "Regime forces shelled the town of Ariha in the southern countryside of Idlib, killing three civilians.")
    found = incidents(text)
    assert len(found) == 1 and found[0]["killed"] == {"civilians": 3}
