"""Review of incident_far_namesake (round 39): where a headline's governorate must not pull a far village's incident
to it (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_headline_naming_whence_the_victims_came_lends_nothing() -> None:
    # "displaced from the Idlib countryside": whom the story is about; Busra al-Harir lies in Daraa
    assert _govs("Family displaced from the Idlib countryside killed in shelling on Horan town\n\nA family of five who "
                 "had fled the fighting in the north were killed when regime shells struck their home in Busra al-Harir "
                 "on Monday.") == ["Dar'a"]


def test_fighters_of_a_governorate_in_the_headline_are_whom_not_where() -> None:
    assert _govs("Tribal fighters of Daraa killed in the Badia\n\nFour fighters were killed when an ISIS cell ambushed "
                 "their convoy near al-Sukhnah on Wednesday.") == ["Homs"]


def test_a_report_of_one_paragraph_has_no_headline() -> None:
    # the Daraa countryside is the first incident's place; the drone strike is a second incident in Hasakeh
    assert _govs("Regime shelling hit the Daraa countryside on Thursday, killing two civilians in Jasim, while a "
                 "Turkish drone struck a car near al-Qahtaniyah, killing two SDF fighters.") == ["Dar'a", "Al-Hasakeh"]


def test_a_town_the_gazetteer_ranks_as_a_town_keeps_its_own() -> None:
    # al-Mayadin is a city of Deir Ezzor, not an obscure namesake of a Daraa village
    assert _govs("Daraa: former rebel shot dead\n\nGunmen shot dead a former rebel commander in the town of Jasim on "
                 "Sunday. A day later an ISIS cell killed three soldiers near al-Mayadin, in an ambush on their "
                 "patrol.") == ["Dar'a", "Deir-ez-Zor"]


def test_a_part_of_syria_leaving_out_the_headline_places_the_aside_away() -> None:
    assert _govs("Quneitra: Israeli shells hit the outskirts of Hader\n\nNo casualties were reported. In northeastern "
                 "Syria, a Turkish drone struck a car near al-Qahtaniyah on Tuesday, killing two SDF fighters.") \
        == ["Al-Hasakeh"]


def test_a_landmark_far_from_the_headline_places_the_aside_away() -> None:
    assert _govs("Quneitra: Israeli shells hit the outskirts of Hader\n\nNo casualties were reported. Meanwhile, a "
                 "Turkish drone struck a car near al-Qahtaniyah, close to the Turkish border, killing two SDF "
                 "fighters.") == ["Al-Hasakeh"]
