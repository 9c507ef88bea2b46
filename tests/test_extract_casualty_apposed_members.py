"""Sides: "killing its two riders, members of the Asayish" (no "both"): the riders are the group's men; a figure the
sentence already gives a side keeps it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _killed(text: str) -> list[dict[str, int]]:
    return [i["killed"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


def test_riders_in_apposition_are_the_groups_men() -> None:
    text = "A roadside bomb hit a motorcycle near Qamishli on Friday, killing its two riders, members of the Asayish."
    assert _killed(text) == [{"sdf": 2}]


def test_fighters_of_in_apposition() -> None:
    text = ("A drone struck a car near Sarmada on Monday evening, killing its three passengers, fighters of the "
            "Hurras al-Din group.")
    assert _killed(text) == [{"hts_rebels": 3}]


def test_look_alike_civilians_in_apposition_stay_civilians() -> None:
    # (the group is a known one, so only the figure's own side keeps them civilians)
    text = "Gunmen shot dead two civilians, members of the Asayish media office, near Amuda in the Hasakah countryside."
    assert _killed(text) == [{"civilians": 2}]


def test_look_alike_a_group_that_only_qualifies_what_they_belong_to() -> None:
    # the group's name is a modifier: a commander's family, a council the group backs are not its men
    family = "A roadside bomb killed two people, members of an Asayish commander's family, near Qamishli."
    council = "Gunmen killed two people, members of the SDF-affiliated civil council, near Manbij."
    assert _killed(family) == [{"unknown": 2}] and _killed(council) == [{"unknown": 2}]
