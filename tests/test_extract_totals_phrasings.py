"""Totals, sixth pass: the phrasings a monitor uses for period and running totals, and look-alikes that are one event's
toll (sentences written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.totals import calendar_period, is_period_total
from observatory.models import Report


def row(text: str, published: str | None = None) -> dict[str, Any]:
    on = date.fromisoformat(published) if published else None
    return to_contract("t", extract_report(Report(text=text, published=on)))


def totals(text: str, published: str | None = None) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text, published)["totals"])


def periods(text: str, published: str | None = None) -> set[tuple[str, int, str | None, str | None]]:
    return {(t["side"], t["killed"], t["since"], t["until"]) for t in row(text, published)["totals"]}


def incident_tolls(text: str, published: str | None = None) -> list[dict[str, int]]:
    return [i["killed"] for i in row(text, published)["incidents"]]


# --- sentences that carry a period or running total -------------------------------------------------------------------

TOTALS = [
    ("Since 24 March 2019, the observatory has counted the deaths of 1,350 regime soldiers in the Badia at the hands of "
     "ISIS cells.", [("regime", 1350)]),
    ("Since the beginning of the year, 64 SDF fighters have been killed by Turkish drone strikes.", [("sdf", 64)]),
    ("Over the past 24 hours, 14 regime soldiers and 9 ISIS members were killed in several attacks across the Badia.",
     [("isis", 9), ("regime", 14)]),
    ("The death toll of the ongoing fighting since Sunday has risen to 37: 22 SDF fighters and 15 Turkish-backed faction "
     "members.", [("sdf", 22), ("turkey_factions", 15)]),
    ("Thus, the number of SDF members killed by ISIS since the beginning of 2024 has risen to 43.", [("sdf", 43)]),
    ("In the past 48 hours, Russian warplanes carried out 65 airstrikes that killed 11 HTS fighters in Idlib countryside.",
     [("hts_rebels", 11)]),
    ("Since the morning, Russian jets have carried out 30 airstrikes on Jabal al-Zawiya, killing 5 civilians.",
     [("civilians", 5)]),
    ("The monitor documented 44 fatalities in the past 24 hours across Syria, including 20 regime soldiers and 24 HTS "
     "fighters.", [("hts_rebels", 24), ("regime", 20)]),
    ("Overall, 3,100 people were killed in 2023 in areas of north-east Syria, the monitor said.", [("unknown", 3100)]),
    ("Throughout October 2021, the monitor documented the killing of 133 civilians, among them 29 children and 11 women.",
     [("civilians", 133)]),
    ("The Israeli strikes since the beginning of 2024 have killed 52 fighters of Iranian-backed militias in Syria.",
     [("pro_iran_foreign", 52)]),
    ("HTS has lost 12 of its fighters in the past 48 hours on the Latakia front.", [("hts_rebels", 12)]),
    ("Between the 1st of June and the 30th of June 2022, 17 members of the SDF were killed by Turkish drones.", [("sdf", 17)]),
    ("Regime forces have lost 1,108 soldiers since March 24, 2019 in the desert, including two Russians.", [("regime", 1108)]),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS, ids=[t[:40] for t, _ in TOTALS])
def test_a_period_or_running_total_is_read(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text) == expected


def test_a_breakdown_of_a_running_total_goes_into_of_which() -> None:
    (total,) = row("Regime forces have lost 1,108 soldiers since March 24, 2019 in the desert, including two Russians.")["totals"]
    assert total["of_which"] == {"russia": 2}


def test_one_event_raising_a_running_total_keeps_both_apart() -> None:
    text = ("Two civilians were killed by a landmine explosion in Hama countryside yesterday, bringing to 18 the number of "
            "civilians killed by war remnants since the beginning of the month.")
    assert totals(text, "2024-02-12") == [("civilians", 18)]
    assert incident_tolls(text, "2024-02-12") == [{"civilians": 2}]


# --- look-alikes: one event's toll, history, other countries ------------------------------------------------------------

ONE_EVENT = [
    ("Gunmen opened fire on a car near Nawa on Tuesday, killing four civilians.", {"civilians": 4}),
    ("A total of nine regime soldiers were killed when ISIS cells attacked a checkpoint near Al-Sukhnah on Friday.",
     {"regime": 9}),
    ("A total of 14 fighters were killed in the clashes in Tal Tamr on Thursday.", {"unknown": 14}),
    ("An ISIS cell killed three shepherds in the desert of Al-Raqqah on Sunday.", {"civilians": 3}),
    ("The total death toll of the attack rose to seven regime soldiers after two others succumbed to their injuries.",
     {"regime": 7}),
    ("Earlier this month, a car bomb killed 8 people in Azaz.", {"unknown": 8}),
    ("Earlier in 2017, more than 100 civilians were killed in a chemical attack on Khan Shaykhun.", {"civilians": 100}),
    ("Turkish army lost 33 soldiers in February 2020 in a single Russian airstrike in Idlib.", {"turkey_factions": 33}),
    ("Unknown gunmen shot dead a former rebel commander in Tafas, the 40th assassination in Daraa this year.",
     {"hts_rebels": 1}),
    ("A landmine left over from the war exploded near Maadan on Wednesday, killing a shepherd, the fifth victim of war "
     "remnants in the area this month.", {"civilians": 1}),
    ("On the 3rd of May, an IED killed two members of the Military Security in Jasim.", {"regime": 2}),
    ("In southern Lebanon, an Israeli strike killed 3 Hezbollah members on Monday.", {"pro_iran_foreign": 3}),
]


@pytest.mark.parametrize(("text", "killed"), ONE_EVENT, ids=[t[:40] for t, _ in ONE_EVENT])
def test_one_events_toll_is_an_incident_not_a_total(text: str, killed: dict[str, int]) -> None:
    assert totals(text) == []
    assert killed in incident_tolls(text)


def test_a_mine_is_not_a_victim() -> None:
    assert incident_tolls("In the north, 4 soldiers were killed when their vehicle hit a mine near the border.") == [{"regime": 4}]


def test_a_history_sentence_without_a_figure_gives_no_total() -> None:
    assert totals("During the year 2014, the jihadists took over most of Deir Ezzor province.") == []


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead a former rebel commander in Tafas, the 40th assassination in Daraa this year.",
    "Earlier in 2017, more than 100 civilians were killed in a chemical attack on Khan Shaykhun.",
    "Turkish army lost 33 soldiers in February 2020 in a single Russian airstrike in Idlib.",
])
def test_is_period_total_rejects_one_event(text: str) -> None:
    assert not is_period_total(text)


# --- since / until ------------------------------------------------------------------------------------------------------

PERIODS = [
    ("Since 24 March 2019, the observatory has counted the deaths of 1,350 regime soldiers in the Badia.", None,
     {("regime", 1350, "2019-03-24", None)}),
    ("During April, the monitor documented the killing of 87 civilians across Syrian territory.", "2021-05-02",
     {("civilians", 87, "2021-04-01", "2021-04-30")}),
    ("In the past week, 31 members of the regime forces were killed in attacks by ISIS cells in the desert.", "2022-03-10",
     {("regime", 31, "2022-03-03", "2022-03-10")}),
    ("So far this month, the monitor has documented 19 civilians killed in Daraa governorate.", "2023-06-20",
     {("civilians", 19, "2023-06-01", None)}),
    ("Since the beginning of the year, 64 SDF fighters have been killed by Turkish drone strikes.", None,
     {("sdf", 64, None, None)}),
    ("So far this year, ISIS cells have killed 57 regime soldiers in the Syrian desert.", "2023-05-14",
     {("regime", 57, "2023-01-01", None)}),
    ("The number of regime soldiers killed in the desert since early March has reached 46.", "2022-04-10",
     {("regime", 46, "2022-03-01", None)}),
    ("With this attack, the number of SDF members killed in Deir Ezzor since the beginning of the month rises to 12.",
     "2021-09-20", {("sdf", 12, "2021-09-01", None)}),
    ("Since last January, 35 civilians have been killed in explosions of landmines in Deir Ezzor.", "2020-08-01",
     {("civilians", 35, "2020-01-01", None)}),
    ("Since the start of the Turkish operation on October 9, 2019, 120 civilians have been killed in northeast Syria.", None,
     {("civilians", 120, "2019-10-09", None)}),
    ("The toll of Russian airstrikes on Idlib in January rose to 80 civilians.", "2020-02-03",
     {("civilians", 80, "2020-01-01", "2020-01-31")}),
    ("Throughout October 2021, the monitor documented the killing of 133 civilians.", None,
     {("civilians", 133, "2021-10-01", "2021-10-31")}),
    ("Over the last seven days, 26 members of pro-regime militias were killed in ISIS attacks in the Badia.", "2022-01-09",
     {("regime", 26, "2022-01-02", "2022-01-09")}),
    ("Two regime soldiers died today, raising to 11 the number of soldiers killed in the past 72 hours in the Hama "
     "countryside.", "2019-06-02", {("regime", 11, "2019-05-30", "2019-06-02")}),
    ("Between the 1st of June and the 30th of June 2022, 17 members of the SDF were killed by Turkish drones.", None,
     {("sdf", 17, "2022-06-01", "2022-06-30")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIODS, ids=[t[:40] for t, _, _ in PERIODS])
def test_the_period_of_a_total(text: str, published: str | None, expected: set[tuple[str, int, str | None, str | None]]) -> None:
    assert periods(text, published) == expected


def test_since_text_is_kept_when_the_day_is_open() -> None:
    (total,) = row("Since the beginning of the year, 64 SDF fighters have been killed by Turkish drone strikes.")["totals"]
    assert total["since"] is None and total["since_text"] == "Since the beginning of the year"


def test_calendar_period_needs_a_year_or_a_publication_date() -> None:
    assert calendar_period("During April, 87 civilians were killed.", None) == ((None, "During April"), (None, "During April"))
    assert calendar_period("In the first half of 2023, 2,200 people died.", None) == (
        (date(2023, 1, 1), "In the first half of 2023"), (date(2023, 6, 30), "In the first half of 2023"))
    assert calendar_period("In March, 16 soldiers were killed.", date(2021, 2, 1)) == (
        (date(2020, 3, 1), "In March"), (date(2020, 3, 31), "In March"))
    assert calendar_period("Gunmen killed 2 people on May 5.", date(2021, 6, 1)) is None


def test_each_figure_takes_the_period_of_its_own_clause() -> None:
    text = ("Russian airstrikes have killed 9 ISIS members in the past 24 hours in the desert of Homs, bringing the number "
            "of ISIS members killed in Russian raids since the start of the year to 205.")
    found = {(t["side"], t["killed"], t.get("since_text")) for t in row(text)["totals"]}
    assert found == {("isis", 9, "in the past 24 hours"), ("isis", 205, "since the start of the year")}
