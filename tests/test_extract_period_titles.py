"""Period reports whose title counts attacks, not deaths ("Figures: gunmen carried out 140 attacks in Idlib in 2019"),
or opens with a whole year ("2019 in Hama |", "Annual record of 2019 |"): their undated events are the kinds of events
the period's dead died in, no incidents; a dated event stays one. Every sentence here was written for these tests;
places are real Syrian names, the events invented."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def incidents(text: str) -> list[dict]:
    return list(to_contract("t", extract_report(Report(text=text)))["incidents"])


def test_a_title_counting_a_years_attacks_makes_a_period_report() -> None:
    text = ("Figures: gunmen carried out 140 attacks in Idlib province in 2019\n\n"
            "Gunmen carried out 140 attacks in Idlib province in 2019, killing 60 members of HTS and 25 civilians.\n\n"
            "In Saraqib alone, the gunmen killed 21 HTS members and nine civilians, mostly with roadside bombs.")
    assert incidents(text) == []


def test_a_title_opened_by_a_year_makes_a_period_report() -> None:
    text = ("2019 in the Hama countryside | 310 people killed as the shelling goes on\n\n"
            "SOHR counted 310 dead in the Hama countryside over the whole of 2019.\n\n"
            "Regime warplanes carried out hundreds of strikes on Kafr Zita and al-Lataminah during the year.")
    assert incidents(text) == []


def test_an_annual_record_title_makes_a_period_report() -> None:
    text = ("Annual record of 2019 | Homs desert: 95 people killed\n\n"
            "SOHR counted 95 dead in the Homs desert over the whole of 2019.\n\n"
            "Landmines left behind by the fighting went off under shepherds near al-Sukhnah.")
    assert incidents(text) == []


def test_a_dated_event_in_a_year_title_report_stays_an_incident() -> None:
    text = ("2019 in the Hama countryside | 310 people killed as the shelling goes on\n\n"
            "SOHR counted 310 dead in the Hama countryside over the whole of 2019.\n\n"
            "On Monday, regime shelling on the town of Kafr Zita killed two civilians.")
    found = incidents(text)
    assert len(found) == 1 and found[0]["killed"] == {"civilians": 2}
