"""Incidents: the governorate a report's breadcrumb ("Home | News | Daraa") gives is lent to its incidents that name no
place of their own, when no located incident of the report lies elsewhere; not to a risen toll told on its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from incident_report_cases import run


def _govs(text: str) -> list[str | None]:
    return [i["governorate"] for i in run(text)["incidents"]]


def test_a_breadcrumb_places_an_incident_that_names_no_place() -> None:
    text = ("Gunmen kill a shopkeeper\nSite of the Monitor\nHome | News | Daraa\n\n"
            "Two masked men on a motorbike fired at a shopkeeper this morning and killed him outside his door.")
    assert _govs(text) == ["Dar'a"]


def test_a_breadcrumb_with_arrows_and_the_sites_name_first() -> None:
    text = ("Bakery worker shot dead\nMonitor › Home › Reports › Hama\n\n"
            "Unidentified men shot dead a bakery worker at dawn today as he walked to his shift, local sources said.")
    assert _govs(text) == ["Hama"]


def test_a_breadcrumb_is_not_lent_where_a_located_incident_lies_elsewhere() -> None:
    text = ("Two attacks in the north\nHome | News | Daraa\n\n"
            "Army shells fell on Kafr Nabl in Idlib province this morning and killed a farmer tending olives.\n\n"
            "Meanwhile, an old mine blew up under two shepherds near Maskanah in Aleppo province, killing both.\n\n"
            "On Sunday evening, two masked men on a motorbike fired at a shopkeeper and killed him outside his door.")
    assert _govs(text)[-1] is None


def test_a_breadcrumb_is_not_lent_to_a_risen_toll_told_on_its_own() -> None:
    text = ("Nine guards executed at a checkpoint\nHome | News | Daraa\n\n"
            "Gunmen stormed the police post of Nawa, a town west of Daraa city, on Monday, seized the guards inside and "
            "executed nine of them within the hour.\n\n"
            "Local sources said the raid was revenge for the killing of two of the gang leader's cousins in the area last "
            "week. A guard who had been badly hurt in the raid died of his wounds at night, bringing the death toll to ten.")
    assert _govs(text)[0] == "Dar'a"
    assert _govs(text)[1:] == [None] * (len(_govs(text)) - 1)


def test_a_line_without_home_is_no_breadcrumb() -> None:
    text = ("Gunmen kill a shopkeeper\nNews | Reports | Daraa\n\n"
            "Two masked men on a motorbike fired at a shopkeeper this morning and killed him outside his door.")
    assert _govs(text) == [None]
