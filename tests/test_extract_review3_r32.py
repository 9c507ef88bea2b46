"""Look-alikes of round 32's rules on where a report is from that the rules must leave as they were (review 3 of
round 32):

* a town in capitals opening the story ("ERBIL -") or labelling its title ("Al-Sharaa | ...") gives no governorate
  when the gazetteer knows the name only by a spelling that does not begin like it (Iraq's Erbil near Irbin, a
  president near Al-Asharah) or only as a dam (``incident_caps_town``); a near spelling of a Syrian town still does;
* a capitals dateline of the city the story was filed from, named again only as where a source spoke ("told
  reporters in Qamishli"), is not what the report is about (``incident_caps_town``);
* a menu line of places side by side ("Home › Syria › Idlib › Turkey › Iraq") is no breadcrumb
  (``incident_breadcrumbs``).

Every sentence here was written for these tests; places are real names, the events invented.
"""

from __future__ import annotations

from incident_report_cases import DAY, run
from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report


def _govs(text: str) -> list[str | None]:
    """The governorates of the report's incidents, with the embedded gazetteer."""
    extraction = extract_report(Report(text=text, published=DAY), Geocoder.default())
    return [e.location.admin1 for e in extraction.events]


def _crumb_govs(text: str) -> list[str | None]:
    return [i["governorate"] for i in run(text)["incidents"]]


def test_a_capitals_dateline_of_a_city_abroad_gives_no_syrian_namesake() -> None:
    text = ("Drone hits a car in Kurdistan\n\n"
            "ERBIL - A drone fired two missiles at a car on a mountain track on Monday and killed both men inside, "
            "Erbil officials said.")
    assert _govs(text) == [None]


def test_a_title_labelled_with_a_persons_name_gives_no_governorate() -> None:
    text = ("Al-Sharaa | President promises a trial for the killers\n\n"
            "Al-Sharaa spoke a day after masked men shot a pharmacist dead at the door of his shop.")
    assert _govs(text) == [None]


def test_a_title_labelled_with_a_river_gives_no_governorate() -> None:
    text = ("Euphrates | Fishermen find a body\n\n"
            "Fishermen pulled the body of a young man with two bullet wounds out of the Euphrates at dawn on Sunday.")
    assert _govs(text) == [None]


def test_a_capitals_dateline_in_a_near_spelling_of_a_syrian_town_still_places_the_incident() -> None:
    text = ("Farmer shot dead\n\n"
            "JENDERES - Gunmen on a motorbike shot dead a farmer on his way to his olive grove on Sunday. Shops in "
            "Jenderes closed the next morning.")
    assert _govs(text) == ["Aleppo"]


def test_a_capitals_dateline_of_the_filing_city_named_again_only_as_where_a_source_spoke() -> None:
    text = ("Two fighters killed in an attack\n\n"
            "QAMISHLI - Gunmen attacked a checkpoint outside the town of Thiban overnight and killed two guards, a "
            "commander told reporters in Qamishli.")
    assert _govs(text) != ["Al-Hasakeh"]


def test_a_menu_line_of_places_side_by_side_is_no_breadcrumb() -> None:
    text = ("Boy killed by a mine\nHome › Syria › Idlib › Turkey › Iraq\n\n"
            "A boy herding goats stepped on a mine left from the war and was killed on Friday afternoon.")
    assert _crumb_govs(text) == [None]
