"""Incidents: a sentence that tells "a similar <event>" ("the village witnessed a similar clash last month, which
left ...", "in a similar strike last week, a drone hit ...") tells another event of the kind before, with its own
dead, even where one of its figures equals one of the incident's.

Look-alike: a sentence that only says the incident's toll rose stays the incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.incident_apart import told_apart
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _events(text: str) -> list[str]:
    return [e.event_type for e in extract_report(Report(text=text), _GEO).events]


def test_similar_clash_last_month_is_another_incident() -> None:
    text = ("Clashes in Hasakah city\n\n"
            "Fighting broke out on Tuesday between Asayish members and NDF gunmen in the Ghuwayran neighbourhood of "
            "Hasakah city, leaving one NDF gunman and three Asayish members dead.\n\n"
            "The neighbourhood saw a similar clash in March, which left five NDF gunmen and three Asayish members "
            "dead.")
    assert _events(text) == ["clash", "clash"]


def test_in_a_similar_strike_is_told_apart() -> None:
    assert told_apart("In a similar strike two weeks ago, a drone hit a truck near the border crossing, killing "
                      "three militiamen.")


def test_look_alike_rising_toll_is_not_told_apart() -> None:
    assert not told_apart("The toll of a similar attack rose to five after two wounded men died in hospital.")


def test_look_alike_similar_fate_is_not_an_event() -> None:
    assert not told_apart("Two other shepherds met a similar fate near the village a day earlier.")
