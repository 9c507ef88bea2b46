"""Totals over short windows: a day, "since yesterday", a few days or hours.

* a nationwide list of one day is a total, that of one town is not; the day the monitor spoke keeps a period toll;
* a report released today, a toll over several days, the first hours of a campaign;
* events narrated after a short-window total, or recalled in a window sentence, are no totals; "days later" is no
  window.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from observatory.extract.totals_sentences import is_period_total
from totals_cases import row, totals

SINCE_YESTERDAY = [
    ("Russian jets have carried out more than 50 air raids since yesterday morning on ISIS hideouts in the badia of "
     "Raqqa and Deir ez-Zor, killing at least 12 members of the group.", [("isis", 12)]),
    ("Turkish drones have struck SDF positions in Hasakah and Qamishli countryside 14 times since yesterday evening, "
     "killing six SDF fighters.", [("sdf", 6)]),
    ("Since last night, regime artillery has pounded the towns of Jabal al-Zawiya with hundreds of shells, killing "
     "nine civilians, SOHR said.", [("civilians", 9)]),
]


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


_DAY = ("The monitor has documented the deaths of 12 civilians in regime airstrikes on the town of Ariha since dawn. "
        "Regime warplanes also bombed a bakery in Sarmin, leaving four civilians dead. "
        "Three civilians were killed when a shell hit their house in Binnish.")


def test_counted_toll_on_one_day_is_incident() -> None:
    text = ("In 2022, 88 SDF members were killed in ISIS attacks in Deir ez-Zor.\n\nOn Monday, the monitor documented "
            "the death of three civilians in a drone strike near Tal Tamr.")
    assert totals(text, "2023-02-10") == [("sdf", 88)]


def test_another_on_one_day_is_incident() -> None:
    text = ("In 2022, 58 civilians were killed by landmines in the desert, the monitor said. Another two civilians were "
            "killed on Tuesday when a mine exploded near Maadan.")
    assert totals(text, "2023-01-01") == [("civilians", 58)]


def test_continuation_without_a_day_is_a_total() -> None:
    text = ("Since early 2024, ISIS has killed 61 SDF members in Deir ez-Zor. In addition, 14 civilians were killed in "
            "ISIS attacks in the same areas.")
    assert totals(text, "2024-03-01") == [("civilians", 14), ("sdf", 61)]


@pytest.mark.parametrize(("text", "expected"), SINCE_YESTERDAY)
def test_since_yesterday_window_is_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-05-01") == expected


def test_one_strike_yesterday_is_no_total() -> None:
    text = "A Russian airstrike hit an ISIS hideout near al-Sukhnah yesterday morning, killing three members of the group."
    assert totals(text, "2023-05-01") == []


@pytest.mark.parametrize(("text", "expected"), SPOKEN_ON)
def test_speaking_day_keeps_a_period_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-01-05") == expected


def test_speaking_day_of_one_event_is_no_total() -> None:
    text = ("The monitor said on Wednesday that a drone struck a car near the village of Tell Tamr, leaving three fighters "
            "of the SDF dead.")
    assert totals(text, "2023-01-05") == []


@pytest.mark.parametrize(("text", "expected"), NATIONWIDE_LIST)
def test_nationwide_day_list_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text) == expected


def test_day_list_of_one_town_is_no_total() -> None:
    text = ("The monitor documented the death of four civilians and two soldiers of the regime army in shelling on the "
            "town of Kafr Nabl today.")
    assert totals(text) == []


def test_report_released_today_is_a_period_total() -> None:
    assert is_period_total("The network today published its monthly report, which documents the killing of 58 civilians, "
                           "including 11 children, in April 2022.")
    assert is_period_total("The monitor on Sunday issued its annual report, which documents the deaths of 3,600 people "
                           "in 2021.")


def test_one_event_of_today_is_no_period_total() -> None:
    assert not is_period_total("Regime shelling killed four civilians in Ariha today, the monitor published.")
    assert not is_period_total("A landmine killed 3 shepherds in the Hama desert today.")


def test_attacks_narrated_after_a_short_window_total_are_no_totals() -> None:
    found = totals(_DAY)
    assert ("civilians", 4) not in found
    assert ("civilians", 3) not in found


def test_dead_recalled_with_the_in_a_window_sentence_are_no_total() -> None:
    text = ("The monitor confirmed the deaths of the three soldiers, and said regime forces had fired dozens of rockets on "
            "the area in the past 48 hours.")
    assert ("regime", 3) not in totals(text)


def test_a_window_toll_without_the_stays_a_total() -> None:
    text = ("The monitor confirmed the deaths of 13 soldiers, and said regime forces had fired dozens of rockets on the "
            "area in the past 48 hours.")
    assert ("regime", 13) in totals(text)


def test_dead_recalled_in_a_window_sentence_add_no_incident() -> None:
    text = ("Regime shelling killed three soldiers of the SDF in the village of Tal Tamr on Friday.\n\n"
            "The monitor confirmed the deaths of the three soldiers, and said regime forces had fired dozens of rockets "
            "on the area in the past 48 hours.")
    assert len(row(text)["incidents"]) == 1


def test_event_killed_in_a_syrian_town_is_no_countrywide_toll() -> None:
    text = "Nine civilians were killed on Wednesday when regime shells hit a market in the town of Ariha in Idlib."
    assert totals(text) == []


def test_meanwhile_event_of_one_day_after_total_is_an_incident() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. "
            "Meanwhile, the SDF said its fighters killed 17 Turkish soldiers in clashes near the village of Marwaniya "
            "on Friday.")
    assert totals(text) == [("civilians", 140)]


def test_killers_on_one_day_after_a_total_are_no_split() -> None:
    text = ("The rights group documented the killing of 150 civilians in Syria in May 2021.\n\nOn Monday, regime "
            "forces killed four civilians in the town of Sarmin, and ISIS killed two.")
    assert ("civilians", 4) not in totals(text)


def test_first_hours_of_a_campaign_are_a_period() -> None:
    text = ("In the first 48 hours of the offensive, the monitor documented the death of 40 fighters: 25 SDF "
            "fighters and 15 members of the Turkish-backed factions.")
    assert totals(text) == [("sdf", 25), ("turkey_factions", 15)]


def test_toll_over_several_days_is_a_total() -> None:
    text = "Fighting between ISIS cells and regime forces in the Badia has killed 23 regime soldiers in three days, the monitor said."
    assert totals(text) == [("regime", 23)]


def test_days_later_is_no_window() -> None:
    text = "A regime soldier wounded in an ISIS attack near the town of Al-Sukhnah died of his wounds three days later."
    assert totals(text) == []
