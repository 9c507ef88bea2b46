"""Incidents: after a campaign's running toll, "Today alone, 41 civilians were killed, most of them in A and B" is the
day's share of that toll, no incident; a day's event told with its kind ("Today alone, a barrel bomb killed nine
people in A") still is one.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract.contract import to_contract
from observatory.extract.core import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_TOTAL = (
    "SOHR: 870 civilians killed in 20 days of the offensive\n"
    "The monitor has documented the deaths of 870 civilians in the besieged enclave since the start of the "
    "offensive on 3 March, among them 190 children. "
)


def _count(text: str) -> int:
    report = Report(text=_TOTAL + text + "\nShare this:", published=date(2023, 5, 1))
    return len(to_contract("t", extract_report(report, Geocoder.default()))["incidents"])


def test_the_days_count_of_no_kind_is_no_incident() -> None:
    assert (
        _count(
            "Today alone, 41 civilians were killed, including 8 children, most of them in the towns of Kafr Batna and Saqba."
        )
        == 0
    )


def test_a_days_event_of_its_own_kind_is_one() -> None:
    assert _count("Today alone, a barrel bomb dropped by a helicopter killed nine people in Kafr Batna.") == 1
