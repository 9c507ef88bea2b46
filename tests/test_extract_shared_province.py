"""A place-less incident with a toll, in a report whose located incidents (two or more) all lie in one governorate and
which names no other governorate nor a province abroad, takes that governorate. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_shared_province import shared_governorate
from observatory.models import Report

_TOWNS = {"Qasr Nadim", "Ain Warda"}


class _TownsGeocoder:
    """Places the two towns of the tests in Homs; knows no other place."""

    def geocode(self, name: str, context: object = None) -> object:
        from observatory.geo.result import GeocodeResult

        if name not in _TOWNS:
            return None
        return GeocodeResult(name=name, matched=name, lat=34.9, lon=37.1, admin1="Homs", precision=1, score=1.0)


def _governorates(text: str) -> list[str | None]:
    row = to_contract("t", extract_report(Report(text=text), _TownsGeocoder()))
    return [i["governorate"] for i in row["incidents"]]


_TWO_PLACED = ("Attacks on army posts\n\nOn Monday, a landmine killed two soldiers on a track near Qasr Nadim. "
               "On Tuesday, gunmen shot dead three shepherds in the hills north of Ain Warda.\n")


def test_placeless_toll_takes_the_province_of_the_placed_ones() -> None:
    text = _TWO_PLACED + "At dawn on Wednesday, a car bomb went off at the western gate of the town, killing four soldiers."
    assert _governorates(text) == ["Homs", "Homs", "Homs"]


def test_another_governorate_named_lends_none() -> None:
    assert shared_governorate("Jets also struck farms in the Hama countryside.", ["Homs", "Homs"]) is None


def test_a_province_abroad_lends_none() -> None:
    text = "On Saturday, fighters downed a drone over the Yayladagi district of Hatay province."
    assert shared_governorate(text, ["Homs", "Homs"]) is None


def test_one_placed_incident_lends_none() -> None:
    assert shared_governorate("A car bomb went off at the gate of the town.", ["Homs", None]) is None


def test_placed_in_two_provinces_lend_none() -> None:
    assert shared_governorate("A car bomb went off at the gate of the town.", ["Homs", "Hama"]) is None


def test_the_province_named_itself_is_no_obstacle() -> None:
    assert shared_governorate("Mines remain a danger across Homs province.", ["Homs", "Homs"]) == "Homs"
