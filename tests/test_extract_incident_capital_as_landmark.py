"""Incidents: the capital named only as a landmark ("near Damascus", "south of the capital") while the towns of the
incident all lie in Rural Damascus: the governorate is Rural Damascus, as SOHR and ACLED place such events.

Look-alikes: an event in a quarter of the city itself stays in Damascus, and a strike on Damascus with no town keeps
Damascus (nothing says otherwise).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_town_of_the_countryside_placed_by_the_capital() -> None:
    govs = _govs("Damascus (AFP) - A drone struck a car on Monday evening, killing two officers in Jaramana, south-east "
                 "of the capital, a war monitor said.")
    assert govs == ["Rural Damascus"]


def test_town_of_the_countryside_in_a_strike_on_the_capital() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nStrike on Damascus\n\n"
                 "Israeli missiles struck Damascus at dawn today, hitting depots in the Jaramana area and killing three "
                 "soldiers.")
    assert govs == ["Rural Damascus"]


def test_look_alike_quarter_of_the_city_stays_in_damascus() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nBlast in Damascus\n\n"
                 "An explosive device went off under a car in Mezzeh in Damascus on Monday evening, killing a colonel.")
    assert govs == ["Damascus"]


def test_look_alike_no_town_keeps_the_capital() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nStrike on Damascus\n\n"
                 "Israeli missiles struck Damascus at dawn today, killing three soldiers.")
    assert govs == ["Damascus"]
