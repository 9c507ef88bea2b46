"""Governorates: a governorate named only as the far end of a road from a town ("on the highway that connects A with
Raqqa") is the city the road leads to, not the incident's province: the town decides.

Look-alike: a governorate named on its own still places the incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _governorates(text: str) -> list[str | None]:
    return [i["governorate"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


def test_a_governorate_at_the_far_end_of_a_road_from_a_town_is_no_vote() -> None:
    text = ("Monitor update\n\nA Turkish drone hit a pickup outside Manbij on Sunday, on the highway that connects Manbij "
            "with Raqqa, killing two members of the SDF.")
    assert _governorates(text) == ["Aleppo"]


def test_look_alike_a_governorate_named_on_its_own_still_votes() -> None:
    text = ("Monitor update\n\nA Turkish drone hit a pickup in Raqqa on Sunday, killing two members of the SDF near a "
            "bakery.")
    assert _governorates(text) == ["Ar-Raqqa"]
