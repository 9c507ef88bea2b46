"""One day's fighting between two named sides, told with its own toll of both ("Fighting since dawn between A and B
near X has left five A members and four B members dead"), is a clash incident even inside a report of totals; the
monitor's count of the day's dead in the fighting, or a running toll, stays a total. Sentences written for these
tests; places are real Syrian names, the events invented."""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_day_clash import day_clash_toll
from observatory.models import Report

_DAY = date(2021, 6, 14)
_OPENING = "SOHR has counted 61 deaths in the province since the start of June.\n"


def _contract(text: str) -> dict[str, object]:
    return to_contract("t", extract_report(Report(text=_OPENING + text, published=_DAY)))


def test_fight_of_the_night_with_both_tolls_is_a_clash() -> None:
    out = _contract("Fighting since last night between SDF members and ISIS cells near the town of Hajin has left "
                    "five SDF members and four ISIS members dead.")
    incidents = out["incidents"]
    assert isinstance(incidents, list) and len(incidents) == 1
    assert incidents[0]["type"] == "clash"
    assert incidents[0]["killed"] == {"sdf": 5, "isis": 4}
    totals = out["totals"]
    assert isinstance(totals, list) and all(t["killed"] not in (4, 5) for t in totals)


def test_fight_that_went_on_leaving_dead_since_the_morning() -> None:
    out = _contract("In addition, heavy clashes went on between regime soldiers and HTS fighters on the axis of "
                    "Kabani, leaving 12 soldiers and 15 HTS fighters dead since the morning.")
    incidents = out["incidents"]
    assert isinstance(incidents, list) and len(incidents) == 1
    assert incidents[0]["killed"] == {"regime": 12, "hts_rebels": 15}


def test_the_monitors_count_of_the_day_stays_a_total() -> None:
    assert not day_clash_toll("SOHR has documented the deaths of 12 soldiers and 15 HTS fighters in the clashes "
                              "between the two sides since dawn.")
    assert not day_clash_toll("The death toll of the clashes between the tribes and the SDF since this morning has "
                              "risen to 12, among them five civilians.")


def test_fight_of_days_or_without_sides_is_not_this() -> None:
    assert not day_clash_toll("Clashes between SDF members and ISIS cells since Sunday have left five SDF members "
                              "and four ISIS members dead.")
    assert not day_clash_toll("Clashes near Hajin since last night have left five SDF members and four ISIS "
                              "members dead.")


def test_fight_since_the_morning_of_another_day_is_not_this() -> None:
    """"since the morning of March 3" (or "the early hours of Sunday") is a window of days, not one day's fighting."""
    sentence = ("Clashes between regime forces and ISIS in the Badia of al-Mayadin in Deir ez-Zor since the morning of "
                "March 3 have left 20 regime soldiers and 15 ISIS members dead.")
    assert not day_clash_toll(sentence)
    assert not day_clash_toll("Fighting between SDF members and ISIS cells near Hajin since the early hours of Sunday "
                              "has left five SDF members and four ISIS members dead.")
    assert day_clash_toll("Fighting between SDF members and ISIS cells near Hajin since the early hours of today "
                          "has left five SDF members and four ISIS members dead.")
    out = to_contract("t", extract_report(Report(text=sentence, published=date(2023, 3, 14))))
    assert out["incidents"] == []
    totals = out["totals"]
    assert isinstance(totals, list) and sorted(t["killed"] for t in totals) == [15, 20]
