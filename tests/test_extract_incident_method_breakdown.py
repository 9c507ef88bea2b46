"""Incidents: dead with no place, no day and no time of their own, told in one sentence with two or more kinds of event
listed as the ways they died ("by sniper fire, roadside bombs and mortar rounds", "19 were shot, six died in IED
blasts and two in clashes"), break a period's dead down by cause: no incident.

Look-alikes: the same list told of a named town, or of a named day, is an event (or several) of that place or day.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _incidents(text: str) -> list[dict[str, object]]:
    return list(to_contract("t", extract_report(Report(text=text), _GEO))["incidents"])


def test_dead_of_the_month_by_several_ways_are_no_incident() -> None:
    text = ("Monthly toll in the south\n"
            "The monitor documented the deaths of 52 people across the region in September.\n"
            "In total, 33 people lost their lives over the month by sniper fire, roadside bombs and mortar rounds.")
    assert _incidents(text) == []


def test_counts_split_by_way_of_dying_are_no_incident() -> None:
    text = ("The monitor documented the deaths of 30 people in Daraa province in March 2022.\n"
            "By cause, 19 of them were shot dead by masked gunmen, six died in IED blasts and two were killed in clashes.")
    assert _incidents(text) == []


def test_look_alike_the_same_list_in_a_named_town_is_an_event() -> None:
    text = ("Gunmen stormed a checkpoint in the town of Nawa on Sunday, and a roadside bomb then struck the "
            "reinforcements, killing four soldiers.")
    assert len(_incidents(text)) >= 1
