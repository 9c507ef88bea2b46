"""Totals, round six: constructions of relayed and daily reports that recur across sets written by different people
(paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md). Each construction
has several wordings, sides, numbers and periods, and at least one look-alike that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from contract_rows import titled, total_pairs


def row(text: str, published: str | None = None) -> dict[str, Any]:
    return titled(text, published)


def totals(text: str, published: str | None = None) -> list[tuple[str, int]]:
    return total_pairs(row(text, published))


def perpetrators(text: str, published: str | None = None) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text, published)["totals"])


# --- the day a source spoke is not the day of the figure it gives -------------------------------------------------

SPOKEN_ON = [
    # the speaking day before a period, the toll in a clause of its own; the parts told next replace the headline
    ("The war monitor said on Thursday that ISIS cells carried out 64 attacks in the desert in 2022, leaving 85 people "
     "dead.\n\nThe victims included 50 soldiers of the regime army, 25 ISIS members and 10 civilians, the monitor added.",
     [("civilians", 10), ("isis", 25), ("regime", 50)]),
    # the speaking day at the end, the period a window of days
    ("Turkish drones struck 40 targets in the northeast during the past two weeks, killing 17 SDF fighters, a "
     "monitoring group reported on Monday.", [("sdf", 17)]),
    # "told AFP on Friday", a window of hours
    ("Russian jets conducted dozens of raids on hideouts in the Badia in the last 72 hours, with 19 ISIS members dead, "
     "the head of the monitor told AFP on Friday.", [("isis", 19)]),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_ON)
def test_speaking_day_keeps_a_period_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-01-05") == expected


def test_speaking_day_of_one_event_is_no_total() -> None:
    text = ("The monitor said on Wednesday that a drone struck a car near the village of Tell Tamr, leaving three fighters "
            "of the SDF dead.")
    assert totals(text, "2023-01-05") == []


# --- "According to X, the dead included ...": the parts of the total before, relayed -----------------------------

RELAYED_PARTS = [
    ("Clashes between the factions in the Afrin countryside since the start of the week have left 33 dead.\n\n"
     "According to the Observatory, the dead included 20 fighters of Ahrar al-Sharqiya and 13 civilians.",
     [("civilians", 13), ("turkey_factions", 20)]),
    ("In the last 48 hours, regime shelling and airstrikes on the Idlib countryside have left 27 people dead.\n\n"
     "According to local sources cited by the monitor, the victims were 18 civilians and nine HTS members.",
     [("civilians", 18), ("hts_rebels", 9)]),
    ("The toll of the fighting in the city since Sunday rose to 61, the monitor said.\n\nCiting its network of "
     "sources, the toll comprised 37 ISIS members, 19 SDF fighters and five civilians.",
     [("civilians", 5), ("isis", 37), ("sdf", 19)]),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED_PARTS)
def test_relayed_breakdown_gives_the_parts(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-10") == expected


def test_relayed_breakdown_of_one_event_is_no_total() -> None:
    text = ("A car bomb exploded on Tuesday near a checkpoint in the town of Azaz, killing six people. According to the "
            "monitor, the dead included four civilians and two members of the Levant Front.")
    assert totals(text, "2023-06-10") == []


# --- a day's toll over the whole country given as a list by side ---------------------------------------------------

NATIONWIDE_LIST = [
    ("Government shelling hit the old city again this morning.\n\nThe monitor documented the death of 47 civilians, 19 "
     "regime soldiers and 8 rebel fighters across Syria today.",
     [("civilians", 47), ("hts_rebels", 8), ("regime", 19)]),
    ("SOHR has recorded the deaths of nine ISIS members, four members of the SDF, two civilians and a soldier of the "
     "regime forces throughout Syrian territory on Saturday.",
     [("civilians", 2), ("isis", 9), ("regime", 1), ("sdf", 4)]),
    ("Activists registered the killing of at least 28 civilians, among them six children, and 12 members of the "
     "regular army all over the country yesterday.",
     [("civilians", 28), ("regime", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONWIDE_LIST)
def test_nationwide_day_list_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text) == expected


def test_day_list_of_one_town_is_no_total() -> None:
    text = ("The monitor documented the death of four civilians and two soldiers of the regime army in shelling on the "
            "town of Kafr Nabl today.")
    assert totals(text) == []


# --- items of one side in a list are separate categories -----------------------------------------------------------

LISTED_CATEGORIES = [
    ("Since early 2024, the monitor has documented 31 strikes, which killed 40 soldiers of the regime army, 15 "
     "Iranian-backed militiamen of non-Syrian nationalities, 11 members of Hezbollah and three civilians.",
     [("civilians", 3), ("pro_iran_foreign", 11), ("pro_iran_foreign", 15), ("regime", 40)]),
    ("In October 2023, the fighting in Idlib left 26 HTS members, 9 fighters of the Turkistan Islamic Party, 14 "
     "soldiers of the regime army and 5 civilians dead.",
     [("civilians", 5), ("hts_rebels", 9), ("hts_rebels", 26), ("regime", 14)]),
    ("The monitor said the number of fatalities since the start of the year has risen to 70: 33 members of the SDF, "
     "21 Asayish members, 16 civilians.",
     [("civilians", 16), ("sdf", 21), ("sdf", 33)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_CATEGORIES)
def test_listed_categories_of_one_side_stay_apart(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2024-05-01") == expected


def test_pair_of_one_side_joined_by_and_is_one_total() -> None:
    text = ("Thereby, the number of shepherds killed by landmines since early March rises to 17, in addition to three "
            "NDF fighters and a soldier of the army escorting their flocks.")
    assert totals(text, "2023-04-01") == [("civilians", 17), ("regime", 4)]


# --- "Among the dead were ..." after one event's toll --------------------------------------------------------------

AMONG_EVENT_DEAD = [
    ("Unidentified warplanes struck a convoy near al-Bukamal on Sunday night, killing 11 fighters.\n\nAmong the dead "
     "were eight Afghan militiamen of the Fatemiyoun and three Syrians, the monitor said."),
    ("A landmine exploded under a minibus near Ma'dan on Friday, killing seven people. Among the victims were four "
     "children and a woman."),
    ("Israeli missiles hit positions in the vicinity of Damascus airport at dawn, leaving nine dead. Among the dead "
     "are five members of Hezbollah, while the rest are Iraqis."),
]


@pytest.mark.parametrize("text", AMONG_EVENT_DEAD)
def test_breakdown_of_one_event_is_no_total(text: str) -> None:
    assert totals(text) == []


def test_breakdown_after_a_period_total_gives_its_parts() -> None:
    text = ("Since the beginning of 2023, Israeli strikes have killed 48 people in Syria. Among the dead were 30 members "
            "of Hezbollah and 18 soldiers of the regime army.")
    assert totals(text, "2023-09-01") == [("pro_iran_foreign", 30), ("regime", 18)]


# --- lines by perpetrator told with another killing verb ------------------------------------------------------------

KILLING_VERBS = [
    ("In September 2022, the monitor documented the deaths of 58 civilians. Of them, 17 were killed by regime shelling, "
     "eight were executed by ISIS and five by Turkish forces.",
     [("civilians", 5, "turkey_factions"), ("civilians", 8, "isis"), ("civilians", 17, "regime"), ("civilians", 58, None)]),
    ("Since the start of the year, 40 civilians have been killed in Daraa. Of them, 22 were shot dead by regime forces "
     "and 9 by Russian airstrikes.",
     [("civilians", 9, "russia"), ("civilians", 22, "regime"), ("civilians", 40, None)]),
    ("During March 2021, 35 civilians died across Syria: 12 were assassinated by ISIS cells, 14 were killed by "
     "regime shelling and 9 by Turkish drones.",
     [("civilians", 9, "turkey_factions"), ("civilians", 12, "isis"), ("civilians", 14, "regime"), ("civilians", 35, None)]),
]


@pytest.mark.parametrize(("text", "expected"), KILLING_VERBS)
def test_lines_by_perpetrator_with_other_killing_verbs(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert perpetrators(text, "2023-01-01") == expected


def test_one_execution_is_no_line_by_perpetrator() -> None:
    text = "On Monday, two men were executed by ISIS in the desert of al-Mayadeen after being accused of spying."
    assert totals(text) == []


# --- people of one side "who joined" another: the side they joined --------------------------------------------------

JOINED = [
    ("Since the start of 2023, the number of people killed in the Daraa countryside has risen to 120: 50 civilians, 45 "
     "regime soldiers, 15 former rebels who had joined the 5th Corps after the settlement, and 10 ex-fighters who "
     "did not join any formation.",
     [("civilians", 50), ("hts_rebels", 10), ("regime", 15), ("regime", 45)]),
    ("In July 2022, 29 people were killed in Daraa, they are: 11 civilians; 12 former opposition commanders who "
     "joined the regime's Military Intelligence; and six members of local factions.",
     [("civilians", 11), ("hts_rebels", 6), ("regime", 12)]),
    ("During 2021, the monitor documented the death of 64 civilians in Quneitra; 18 regime soldiers; and 20 "
     "ex-members of the factions who later joined the ranks of the Syrian army.",
     [("civilians", 64), ("regime", 18), ("regime", 20)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_people_who_joined_a_side_take_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-08-01") == expected


def test_people_who_joined_a_settlement_keep_their_side() -> None:
    text = ("Since early 2024, 30 people were killed in Daraa: 18 civilians and 12 former rebels who joined the "
            "reconciliation process and stayed out of every armed formation.")
    assert totals(text, "2024-06-01") == [("civilians", 18), ("hts_rebels", 12)]


# --- a running total of people the text names by no side -----------------------------------------------------------

COUNTED_PEOPLE = [
    ("Gunmen shot dead two men from the al-Baggara clan near Hajin on Monday. Thereby, the number of members of the clan "
     "killed by ISIS cells since the start of the year rises to 46."),
    ("This brings the number of villagers killed by the snipers of the militia since the start of the month to 64."),
    ("Since the group stormed the area in early June, the number of tribesmen killed by its fighters has risen to 215, "
     "most of them civilians, according to local sources."),
]


@pytest.mark.parametrize("text", COUNTED_PEOPLE)
def test_running_total_of_people_of_no_side_is_unknown(text: str) -> None:
    assert [side for side, _ in totals(text, "2023-05-01")] == ["unknown"]


def test_running_total_of_a_named_side_keeps_it() -> None:
    text = ("Thereby, the number of members of the regime forces killed by ISIS cells in the desert since the start of "
            "the year rises to 58.")
    assert totals(text, "2023-05-01") == [("regime", 58)]
