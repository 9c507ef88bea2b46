"""A village the gazetteer holds only in a governorate that neither the report names nor even borders the one its
headline names is the headline's namesake village (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import GeoPrecision, Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_village_under_a_quneitra_headline_is_in_quneitra() -> None:
    assert _govs("Quneitra: shepherd hurt by old mine\n\nAn old mine blew up under a shepherd grazing his flock "
                 "close to the town of al-Qahtaniyah on Tuesday, wounding him badly.") == ["Quneitra"]


def test_a_village_under_an_aleppo_headline_is_in_aleppo() -> None:
    assert _govs("Clashes go on in the Aleppo countryside\n\nWarplanes bombed the town of Hayan at noon on Friday, "
                 "killing four civilians, two of them women.") == ["Aleppo"]


def test_a_town_of_a_bordering_governorate_keeps_its_own() -> None:
    # near miss: Homs borders Deir Ezzor, so Palmyra under a Deir Ezzor headline may well be Palmyra of Homs
    assert _govs("Fighting flares in the Deir Ezzor desert\n\nGunmen ambushed a bus close to Palmyra on Sunday, "
                 "killing three soldiers.") == ["Homs"]


def test_a_headline_naming_the_capital_lends_nothing() -> None:
    # near miss: "near Damascus" is the capital as a point of reference, not the report's province
    assert _govs("Israeli raid near Damascus, monitor says\n\nElsewhere, a roadside bomb hit a patrol close to the "
                 "town of al-Qahtaniyah on Tuesday, wounding two soldiers.") == ["Al-Hasakeh"]


def test_a_report_naming_the_villages_governorate_keeps_it() -> None:
    # near miss: the report names Hasakeh too, so the gazetteer's al-Qahtaniyah may be the one meant
    assert _govs("Quneitra: shepherd hurt by old mine\n\nA roadside bomb hit a patrol close to the town of "
                 "al-Qahtaniyah on Tuesday, wounding two soldiers, days after a raid in Hasakeh province.") == ["Al-Hasakeh"]


def test_a_headline_naming_only_whom_the_story_is_about_lends_nothing() -> None:
    # near miss: "Deir Ezzor detainee" names where the victim came from, not the story's province
    assert _govs("Idlib shepherd\n\nA shepherd from Idlib died under torture in Sednaya prison, a relative "
                 "told the monitor on Monday.") == ["Rural Damascus"]


def test_the_namesakes_point_is_not_the_incidents() -> None:
    # the village's only point lies in Hasakeh: an incident read in Quneitra gets no dot there, only its governorate
    events = extract_report(Report(text="Quneitra: shepherd hurt by old mine\n\nAn old mine blew up under a shepherd "
                                        "grazing his flock close to the town of al-Qahtaniyah on Tuesday, wounding him "
                                        "badly."), _GEO).events
    loc = events[0].location
    assert (loc.admin1, loc.lat, loc.lon, loc.precision) == ("Quneitra", None, None, GeoPrecision.REGION)


def test_a_point_in_the_incidents_governorate_is_kept() -> None:
    # near miss: Palmyra's point lies in Homs, the incident's governorate, so the dot stays
    loc = extract_report(Report(text="Fighting flares in the Deir Ezzor desert\n\nGunmen ambushed a bus close to "
                                     "Palmyra on Sunday, killing three soldiers."), _GEO).events[0].location
    assert loc.admin1 == "Homs" and loc.lat is not None and _GEO.governorate_of(loc.lat, loc.lon)[0] == "Homs"
