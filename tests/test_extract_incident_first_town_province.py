"""Incidents: of two provinces an incident names, each with a province word, the one its first town lies in decides,
where the sentences that place the town in that province name no other ("jets struck the outskirts of A, north of
Idlib city", then "the jets took off from B in Latakia province"; a headline's other province).

Look-alikes: a sentence that names both provinces with the town ("A in Damascus, as well as B in Rural Damascus"), and
an incident told over its provinces first ("in Idlib and Latakia, ... A and B"), stay without a governorate.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_first_town_decides_over_the_base_the_jets_took_off_from() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nRussian strikes\n\n"
                 "Russian warplanes struck the outskirts of Kafr Ruma town, north of Idlib city, on Sunday, killing two "
                 "civilians.\n"
                 "According to SOHR sources, the jets took off from Hmeimim airbase in Lattakia province.")
    assert govs == ["Idleb"]


def test_look_alike_town_named_with_both_provinces_stays_split() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nIsraeli strikes\n\n"
                 "Israeli missiles struck a building in Kafr Sousa neighbourhood in Damascus after midnight, as well as "
                 "positions near al-Kiswah in Rural Damascus, killing five militiamen.")
    assert govs == [None]


def test_look_alike_incident_told_over_provinces_first_stays_split() -> None:
    govs = _govs("Syrian Observatory for Human Rights\nShelling\n\n"
                 "In Idlib and Latakia provinces, regime forces shelled Kansafra in Jabal al-Zawiya and Kabani in the "
                 "Kurd mountains on Sunday, killing two fighters.")
    assert govs == [None]
