"""An incident told and placed in its opening paragraph, whose text runs on over later paragraphs of background, a quote
or totals that name another province with no town of the incident, takes the province of its opening paragraph.
Sentences written for these tests."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_own_paragraph import opening_places
from observatory.extract.places import place_mentions
from observatory.models import Report


class _NoGeocoder:
    """Knows no place: only the provinces the text names can place an incident."""

    def geocode(self, name: str, context: object = None) -> object:
        return None


def _governorates(text: str) -> list[str | None]:
    row = to_contract("t", extract_report(Report(text=text), _NoGeocoder()))
    return [i["governorate"] for i in row["incidents"]]


def test_launch_site_in_a_later_paragraph_is_not_the_place() -> None:
    text = ("Drones downed over an army depot\n\n"
            "Air defences at an army depot in the Tartous countryside downed four drones on Sunday night, an army "
            "officer told reporters.\n\n"
            "The officer said the drones, flown by rebels from the northern countryside of Hama, had wounded two "
            "guards at the depot gate.\n")
    assert _governorates(text) == ["Tartous"]


def test_front_line_province_in_a_later_paragraph_is_not_the_place() -> None:
    text = ("Two farmers killed by shelling\n\n"
            "Two farmers were killed today by army shelling on the village of Tell Safra, south of Idlib city, the "
            "monitor said.\n\n"
            "The monitor said the shells came from army guns dug in across the line in the Hama countryside, and "
            "that a third farmer was wounded.\n")
    assert _governorates(text) == ["Idleb"]


def test_opening_places_end_where_only_provinces_follow() -> None:
    text = ("Gunmen raided a farm in the Daraa countryside, killing a guard.\n\n"
            "The monitor said such raids also frighten families in Quneitra.\n")
    places = place_mentions(text, 0, len(text))
    own = opening_places(places, 0, text)
    assert own is not None and {p.governorate for p in own} == {"Dar'a"}


def test_a_town_told_later_keeps_the_incident_going() -> None:
    text = ("Gunmen raided a farm in the Daraa countryside, killing a guard.\n\n"
            "They fled towards Jasim in the Quneitra countryside.\n")
    assert opening_places(place_mentions(text, 0, len(text)), 0, text) is None


def test_two_provinces_in_one_paragraph_are_left_alone() -> None:
    text = "Shelling hit farms in the countryside of Idlib and Latakia, killing two shepherds."
    assert opening_places(place_mentions(text, 0, len(text)), 0, text) is None


def test_a_bare_city_name_opening_is_no_place() -> None:
    text = ("Blasts heard near Damascus, killing one.\n\n"
            "Missiles were said to hit army posts in Quneitra province.\n")
    assert opening_places(place_mentions(text, 0, len(text)), 0, text) is None
