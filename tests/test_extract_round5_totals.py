"""Totals, round five: constructions that recur across statistics blocks written by different people (paragraphs
written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md). Each construction has several
wordings, sides, numbers and periods, and at least one look-alike that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from contract_rows import titled, total_pairs


def row(text: str, published: str | None = None) -> dict[str, Any]:
    return titled(text, published)


def totals(text: str, published: str | None = None) -> list[tuple[str, int]]:
    return total_pairs(row(text, published))


def regions(text: str, published: str | None = None) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in row(text, published)["totals"] if t.get("region"))


# --- a side's toll split by area, in the forms the lists take --------------------------------------------------------

BY_AREA = [
    # the side named in the sentence that opens the regional figures, "N in AREA" separated by semicolons
    ("Throughout 2021 the monitor counted 240 deaths in the badia: 130 soldiers of the regime army, 60 civilians and 50 "
     "ISIS members.\nLosses of regime forces by region: 70 in the desert of Palmyra; 40 in the Deir ez-Zor desert; and 20 in Raqqa desert.",
     [("regime", 20, "Raqqa desert"), ("regime", 40, "Deir ez-Zor desert"), ("regime", 70, "desert of Palmyra")]),
    # "Of the X losses, N were killed in AREA, M in AREA"
    ("During March 2022, the monitor documented the deaths of 45 people in the desert. The toll is distributed as follows:\n"
     "- 30 ISIS members killed in airstrikes.\n- 15 soldiers of the regime army killed in ambushes.\n"
     "Of the ISIS losses, 18 were killed in the Homs desert, eight in Hama desert and four in the Aleppo desert.",
     [("isis", 4, "Aleppo desert"), ("isis", 8, "Hama desert"), ("isis", 18, "Homs desert")]),
    # "AREA N" pairs with no colon after a header that names the side
    ("Since the start of 2024, the monitor has recorded the deaths of 90 SDF fighters and 25 civilians in attacks by ISIS "
     "cells.\nSDF losses by area: Raqqa countryside 33; Deir ez-Zor countryside 41; Hasakah countryside 16.",
     [("sdf", 16, "Hasakah countryside"), ("sdf", 33, "Raqqa countryside"), ("sdf", 41, "Deir ez-Zor countryside")]),
    # a figureless header, then a line of "Area: N" pairs, some areas not capitalised
    ("The monitor registered the deaths of 60 people, among them 22 children, in explosions of war remnants in 2022. "
     "Breakdown by province:\nAleppo: 25; Idlib: 20; Hama: 9; remaining provinces: 6.",
     [("unknown", 6, "remaining provinces"), ("unknown", 9, "Hama"), ("unknown", 20, "Idlib"), ("unknown", 25, "Aleppo")]),
]


@pytest.mark.parametrize(("text", "expected"), BY_AREA)
def test_toll_split_by_area(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(text, "2024-06-01") == expected


def test_area_list_of_attacks_is_no_total() -> None:
    text = ("Since the start of 2024, the monitor has recorded 120 ISIS attacks in the desert. Breakdown by province:\n"
            "Homs: 60; Hama: 35; Deir ez-Zor: 25.")
    assert totals(text, "2024-06-01") == []


# --- a list header whose colon comes long after the killed word; a breakdown ends at its semicolon --------------------

LONG_HEADERS = [
    ("The monitor documented the deaths of 205 persons in the eastern countryside of Hama and Homs between January 1 and "
     "June 30, 2021, as follows: 120 soldiers of the regime army and loyal gunmen, including 11 Lebanese Hezbollah members; "
     "50 civilians, including nine children; and 35 ISIS members.",
     [("civilians", 50), ("isis", 35), ("regime", 120)]),
    ("Over the whole of 2020 the monitor recorded the deaths of 88 people across the areas that the SDF controls in the "
     "north-east, distributed as follows: 40 SDF fighters, including six women fighters; 30 civilians; and 18 ISIS members.",
     [("civilians", 30), ("isis", 18), ("sdf", 40)]),
    ("In the first half of 2023, SOHR recorded the killing of 71 people in the southern province of Daraa and its rural "
     "areas, broken down as follows: 33 civilians, among them four women; 25 members of regime security services; 13 ex-rebels.",
     [("civilians", 33), ("hts_rebels", 13), ("regime", 25)]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_HEADERS)
def test_long_list_header_and_semicolon_breakdowns(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-07-01") == expected


def test_breakdown_without_semicolon_stays_inside() -> None:
    text = ("Since early 2022, the monitor has documented the deaths of 64 members of regime forces in the desert, including "
            "12 non-Syrian militiamen.")
    assert [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2022-08-01")["totals"]] == \
        [("regime", 64, {"pro_iran_foreign": 12})]


# --- the joint toll of the events a period sentence has just counted ---------------------------------------------------

EVENT_TOLLS = [
    ("Since early January, ISIS cells have carried out 57 attacks on SDF positions in Raqqa and "
     "Deir ez-Zor, the monitor said. The attacks left 40 people dead:\n- 25 SDF fighters\n- 11 civilians, including a girl\n"
     "- four ISIS members",
     [("civilians", 11), ("isis", 4), ("sdf", 25)]),
    ("Since the start of 2022, unknown gunmen have carried out 31 assassinations in the countryside of Daraa. "
     "These killings claimed the lives of 19 civilians and 14 members of the regime security services.",
     [("civilians", 19), ("regime", 14)]),
    ("Since last October, Turkish drones have conducted 44 strikes on the areas of the Autonomous Administration. "
     "Those strikes killed 21 SDF members and 9 civilians.",
     [("civilians", 9), ("sdf", 21)]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_TOLLS)
def test_toll_of_counted_events(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


def test_toll_of_one_told_attack_is_no_total() -> None:
    text = ("ISIS cells attacked an army checkpoint near al-Sukhnah on Tuesday night. The attack left three soldiers dead "
            "and two wounded.")
    assert totals(text, "2023-06-01") == []


# --- a figureless "SOHR has documented:" opens the list of a period told just before -------------------------------------

COUNTED_HEADERS = [
    ("With the end of the offensive, the monitor publishes its toll for the period since the start of the campaign on "
     "the 5th of May 2019 until its end on August 31, 2019. The monitor has documented:\n"
     "- 510 civilians, including 120 children, killed by regime shelling fired on towns of southern Idlib.\n"
     "- 1,320 soldiers of the regime army and allied militias.\n- 1,650 fighters of HTS and other factions.",
     [("civilians", 510), ("hts_rebels", 1650), ("regime", 1320)]),
    ("The toll of the Afrin offensive since January 20, 2018 is as follows. SOHR recorded:\n"
     "- 289 civilians, including 45 children.\n- 410 SDF fighters.\n- 87 Turkish soldiers.",
     [("civilians", 289), ("sdf", 410), ("turkey_factions", 87)]),
    ("Since the beginning of 2021 the monitor has followed the fighting in the south. The fatalities were:\n"
     "- 64 soldiers of the regime army\n- 29 civilians, among them 7 women",
     [("civilians", 29), ("regime", 64)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_HEADERS)
def test_figureless_count_header_opens_list(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2021-09-01") == expected


def test_bullets_of_one_attack_after_count_header_are_no_totals() -> None:
    text = ("Yesterday, ISIS cells ambushed a bus near Palmyra. The monitor has documented:\n"
            "- two soldiers shot dead by the attackers on the road.\n- a driver wounded.")
    assert totals(text, "2021-09-01") == []


# --- "Label: N kind" lines whose figure is a word ---------------------------------------------------------------------

WORD_LINES = [
    ("The monitor documented the deaths of 97 people across Syria in June 2023. The toll is distributed as follows:\n"
     "Civilians: 40 civilians, including 9 children.\nRegime forces: 30 soldiers.\nHezbollah and Iraqi militias: "
     "seven members.\nISIS: 20 members.",
     [("civilians", 40), ("isis", 20), ("pro_iran_foreign", 7), ("regime", 30)]),
    ("The monitor documented the deaths of 58 people across Syria in May 2023. The toll is distributed as follows:\n"
     "Civilians: 31 civilians.\nSDF: eleven members of the SDF.\nTurkish-backed factions: 16 fighters.",
     [("civilians", 31), ("sdf", 11), ("turkey_factions", 16)]),
    ("The monitor documented the deaths of 44 people across Syria in April 2023. The toll is distributed as follows:\n"
     "HTS: twenty fighters.\nRussian forces: two soldiers.\nCivilians: 22 civilians.",
     [("civilians", 22), ("hts_rebels", 20), ("russia", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), WORD_LINES)
def test_label_lines_with_number_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-07-01") == expected


# --- parts of a total told by a cause of death without an actor --------------------------------------------------------

CAUSE_PARTS = [
    ("Civilians: 120 civilians, including 30 children, were killed across Syria in July 2022. Of them, 18 were killed by "
     "landmines and war remnants, and five died under torture in regime jails.",
     ("civilians", 120, {"children": 30, "mines_erw": 18, "torture": 5})),
    ("The monitor recorded the deaths of 75 civilians in Deir ez-Zor since early 2023. Among them, 12 civilians "
     "perished in explosions of unexploded ordnance.",
     ("civilians", 75, {"mines_erw": 12})),
    ("The monitor documented the killing of 64 civilians in March 2021. Of these, nine died under torture "
     "in detention.",
     ("civilians", 64, {"torture": 9})),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE_PARTS)
def test_cause_parts_fold_into_total(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    got = [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2023-06-01")["totals"]]
    assert got == [expected]


def test_parts_by_perpetrator_stay_totals() -> None:
    text = ("Civilians: 120 civilians were killed across Syria in July 2022. Of them, 40 were killed by Russian airstrikes, "
            "30 by regime shelling and 10 by landmines.")
    assert ("civilians", 40) in totals(text, "2022-08-01") and ("civilians", 30) in totals(text, "2022-08-01")


# --- killers told in the active voice, clause after clause ---------------------------------------------------------------

ACTIVE_CLAUSES = [
    ("The network documented the killing of 50 civilians in Syria in April 2022. It said that regime forces killed 20 "
     "civilians, including four children, while Russian jets killed 4 civilians. ISIS cells killed six civilians and "
     "the SDF killed two. Other parties killed 18 civilians.",
     {("civilians", 20, "regime"), ("civilians", 4, "russia"), ("civilians", 6, "isis"), ("civilians", 2, "sdf")}),
    ("The network documented the killing of 41 civilians in Syria in June 2021. The report adds that the Syrian "
     "Democratic Forces killed seven civilians, while ISIS killed 11 civilians, including a woman.",
     {("civilians", 7, "sdf"), ("civilians", 11, "isis")}),
    ("The network documented the killing of 33 civilians in Syria in July 2021. Regime forces killed 14 civilians, "
     "Turkish forces killed six civilians, including a child, and HTS killed four civilians.",
     {("civilians", 14, "regime"), ("civilians", 6, "turkey_factions"), ("civilians", 4, "hts_rebels")}),
]


@pytest.mark.parametrize(("text", "expected"), ACTIVE_CLAUSES)
def test_killers_in_active_clauses(text: str, expected: set[tuple[str, int, str]]) -> None:
    got = {(t["side"], t["killed"], t.get("perpetrator")) for t in row(text, "2022-05-01")["totals"]}
    assert expected <= got


def test_one_attack_in_active_voice_is_no_total() -> None:
    text = "On Sunday, regime forces killed two civilians in shelling on the village of Kansafra in Jabal al-Zawiya."
    assert totals(text, "2022-05-01") == []


# --- a figure added to a period total with "in addition to" ------------------------------------------------------------

ADDED = [
    ("At least 52 civilians have been killed by mines in the desert since early February 2022, most of them truffle "
     "hunters, in addition to eight members of the National Defence Forces who escorted them.",
     [("civilians", 52), ("regime", 8)]),
    ("Since January 2023, 140 ISIS members were killed in Russian airstrikes in the badia, as well as three Hezbollah "
     "fighters who were guiding the raids.",
     [("isis", 140), ("pro_iran_foreign", 3)]),
    ("Since the start of 2020, 310 soldiers of the regime army were killed in the desert by ISIS, in addition to "
     "four Russians, while 190 ISIS members died.",
     [("isis", 190), ("regime", 310), ("russia", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_figure_added_to_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


def test_added_wounded_are_no_total() -> None:
    text = ("Since early 2023, 26 civilians were killed by landmines in the desert, in addition to 14 others who were "
            "wounded.")
    assert totals(text, "2023-06-01") == [("civilians", 26)]


# --- a toll the text says was reported before it rose -------------------------------------------------------------------

SUPERSEDED = [
    ("The toll of the drone strike on a fuel depot near al-Mayadin last night has risen to 14 militiamen of Iraqi "
     "nationality. Earlier, the monitor reported that nine militiamen had been killed in the strikes."),
    ("The death toll of this morning's shelling on the market of Jisr al-Shughur has risen to 12 civilians. The monitor "
     "had previously reported 7 deaths in the bombardments."),
    ("Regime artillery shelled the village of Maarzaf yesterday, and the toll climbed to six soldiers of the SDF. "
     "Initially, sources reported that four fighters were killed in the attacks."),
]


@pytest.mark.parametrize("text", SUPERSEDED)
def test_toll_reported_before_it_rose_is_no_total(text: str) -> None:
    assert totals(text, "2023-06-01") == []


def test_earlier_period_total_stays() -> None:
    text = "Earlier this week the monitor said that 40 ISIS members have been killed in Russian airstrikes since early May."
    assert totals(text, "2023-06-01") == [("isis", 40)]


# --- a running count of murders or killings: people of no stated side ---------------------------------------------------

MURDER_COUNTS = [
    ("Two more residents were found stabbed in their tents, and the number of murders in the camp since early 2022 "
     "rises to 35, including 11 women and four children, the monitor said.", ("unknown", 35)),
    ("With these deaths, the number of killings by unknown gunmen in the countryside of Deir ez-Zor since the start of "
     "the year rises to 57.", ("unknown", 57)),
    ("A man was shot dead in the town of Busra, raising the number of killings in the eastern countryside of Daraa since "
     "January to 18.", ("unknown", 18)),
]


@pytest.mark.parametrize(("text", "expected"), MURDER_COUNTS)
def test_running_count_of_murders_is_unknown(text: str, expected: tuple[str, int]) -> None:
    assert expected in totals(text, "2023-05-01")


def test_running_count_of_civilian_dead_keeps_side() -> None:
    text = "Since January 2023, the number of civilians killed by Turkish drone strikes in Hasakah has risen to 40."
    assert totals(text, "2023-05-01") == [("civilians", 40)]


# --- "since yesterday morning": a window that covers many strikes, not the day of one event ---------------------------

SINCE_YESTERDAY = [
    ("Russian jets have carried out more than 50 air raids since yesterday morning on ISIS hideouts in the badia of "
     "Raqqa and Deir ez-Zor, killing at least 12 members of the group.", [("isis", 12)]),
    ("Turkish drones have struck SDF positions in Hasakah and Qamishli countryside 14 times since yesterday evening, "
     "killing six SDF fighters.", [("sdf", 6)]),
    ("Since last night, regime artillery has pounded the towns of Jabal al-Zawiya with hundreds of shells, killing "
     "nine civilians, SOHR said.", [("civilians", 9)]),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_YESTERDAY)
def test_since_yesterday_window_is_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-05-01") == expected


def test_one_strike_yesterday_is_no_total() -> None:
    text = "A Russian airstrike hit an ISIS hideout near al-Sukhnah yesterday morning, killing three members of the group."
    assert totals(text, "2023-05-01") == []


# --- "Of the dead, N are X, and M are Y" after a total: shares named after the dead --------------------------------------

SHARES_AFTER = [
    ("The monitor documented the deaths of 210 people in explosions of mines across Syria in 2022. Of the fatalities, "
     "160 are civilians, including 50 children, and 50 are members of regime forces.",
     [("civilians", 160), ("regime", 50)]),
    ("Since early 2023, the monitor has recorded 77 deaths in Turkish drone strikes on the north-east. Among the dead, "
     "59 were SDF fighters and 18 were civilians.", [("civilians", 18), ("sdf", 59)]),
    ("Over the past year, 96 people were killed in infighting in Afrin. Of the victims, 70 were fighters of Turkish-backed "
     "factions, while 26 were civilians.", [("civilians", 26), ("turkey_factions", 70)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_AFTER)
def test_shares_named_after_the_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


def test_share_sentence_of_one_attack_is_no_total() -> None:
    text = "A car bomb exploded in Azaz on Monday, killing eight people. Of the dead, five were civilians."
    assert totals(text, "2023-06-01") == []


def test_earlier_this_month_is_no_superseded_toll() -> None:
    text = "Earlier this month, the monitor said that 230 ISIS members were killed in Russian airstrikes in 2022."
    assert totals(text, "2023-01-20") == [("isis", 230)]


def test_province_line_with_word_figure_and_verb_is_an_event() -> None:
    text = ("The monitor documented the deaths of 4 people across Syria on Friday, distributed as follows:\n"
            "Hama: three soldiers were killed by a landmine explosion near the village of Qasr Ibn Wardan.")
    got = row(text, "2023-06-01")
    assert [i["killed"] for i in got["incidents"]] == [{"regime": 3}]
    assert ("regime", 3) not in [(t["side"], t["killed"]) for t in got["totals"]]


def test_area_split_after_killer_named_keeps_side_of_total() -> None:
    text = ("Since the start of 2023, the monitor has documented the deaths of 58 civilians in the desert.\n"
            "Deaths in attacks by ISIS by area: 30 in the Homs desert; 18 in Hama desert; and 10 in Raqqa desert.")
    assert {t[0] for t in regions(text, "2023-06-01")} == {"civilians"}
