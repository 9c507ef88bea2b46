"""Totals: statistics blocks and their lines.

* a killed word before a colon heads a list; a colon list of arrests is no total; lines run together without
  punctuation; label lines with figures in words;
* region and area lines after a total, regions named by deserts, cause lines that are no regions, a clause before a
  colon that is no region;
* a block held open across its sub-lists and figureless remarks, and closed by a sentence that is no remainder; bare
  lines by how they died;
* figures of a block counted with no killed word next to them; the number of casualties known or unknown.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract
from totals_cases import _ADDED, _COUNTED, full, perpetrators, regions, row, totals

COLON_LISTS = [
    ("Since the start of 2023, the monitor has registered the deaths of: 40 civilians, among them nine children; "
     "33 members of the regime army; 17 fighters of Hayat Tahrir al-Sham; and four Turkish soldiers.",
     [("civilians", 40), ("hts_rebels", 17), ("regime", 33), ("turkey_factions", 4)]),
    ("In the first half of 2022, the province saw the killing of: 12 SDF fighters; 25 civilians; and 8 ISIS members.",
     [("civilians", 25), ("isis", 8), ("sdf", 12)]),
    ("Fatalities since January 1, 2021 in the countryside of Idlib: 61 civilians, 140 regime soldiers and 88 rebels.",
     [("civilians", 61), ("hts_rebels", 88), ("regime", 140)]),
]


REGION_LINES = [
    ("Since March 24, 2019, ISIS cells have killed 1,206 regime soldiers in the desert. They were distributed as "
     "follows:\n- 610 in the Homs desert\n- 402 in the Deir ez-Zor desert\n- 194 in the Hama desert",
     [("regime", 194, "Hama desert"), ("regime", 402, "Deir ez-Zor desert"), ("regime", 610, "Homs desert"),
      ("regime", 1206, None)]),
    ("Since the beginning of 2022, 90 SDF fighters were killed in ISIS attacks, distributed as follows:\n"
     "– 51 in the countryside of Deir ez-Zor\n– 39 in Al-Hasakah",
     [("sdf", 39, "Al-Hasakah"), ("sdf", 51, "countryside of Deir ez-Zor"), ("sdf", 90, None)]),
    ("During 2021, 140 civilians were killed by landmines. By area, they were as follows:\n• 80 in the Raqqa desert\n"
     "• 60 in the Hama desert",
     [("civilians", 60, "Hama desert"), ("civilians", 80, "Raqqa desert"), ("civilians", 140, None)]),
]


CONTINUED = [
    ("The war killed 2,100 people in 2022, the monitor said. Among combatants, it counted 610 regime soldiers, 205 "
     "rebels and 94 SDF members.", [("hts_rebels", 205), ("regime", 610), ("sdf", 94)]),
    ("In 2020, the monitor documented the death of 310 civilians in north-west Syria.\n\nAmong the fighters, it "
     "recorded 122 HTS members and 57 Turkish-backed faction fighters.",
     [("civilians", 310), ("hts_rebels", 122), ("turkey_factions", 57)]),
    ("In 2022, 58 civilians were killed by landmines in the desert, the monitor said. Another 11 shepherds were killed "
     "in ISIS attacks in the Hama desert.", [("civilians", 11), ("civilians", 58)]),
]


HEADLINES = [
    "58 Civilians, Including Nine Children, Killed in Syria in May\n\nThe network documented that 58 civilians, "
    "including nine children, were killed in Syria in May 2023.",
    "Twelve Regime Soldiers Killed in the Desert in the Past Week\n\nOver the past week, ISIS cells killed 12 regime "
    "soldiers in the Syrian desert.",
    "Death Toll of SDF Members in 2022 Reaches 140\n\nIn 2022, the monitor documented the death of 140 SDF members.",
]


CLAUSE_LABELS = [
    "In 2022, 3,000 people were killed, including 1,000 civilians. The others were fighters: 1,200 regime soldiers and "
    "800 rebels.",
    "In 2022, 3,000 people were killed, including 1,000 civilians. The remaining dead are combatants: 1,200 regime "
    "soldiers and 800 rebels.",
    "In 2022, 3,000 people were killed, including 1,000 civilians. Armed men who were killed: 1,200 regime soldiers and "
    "800 rebels.",
]


FOLLOWING = [
    ("In the 50th month since the announcement of the caliphate's end on March 23, 2019, the monitor provides the "
     "following toll of ISIS attacks:\nRegime soldiers: 1,710 killed.\nISIS: 1,300 members killed in airstrikes.",
     [("isis", 1300, "2019-03-23"), ("regime", 1710, "2019-03-23")]),
    ("Since the start of the Turkish operation on October 9, 2019, the monitor has compiled the following statistics:\n"
     "SDF: 512 killed.\nTurkish-backed factions: 287 members killed by SDF fire.",
     [("sdf", 512, "2019-10-09"), ("turkey_factions", 287, "2019-10-09")]),
    ("Since the launch of the offensive on the 5th of February 2020, the network offers the following breakdown:\n"
     "Civilians: 340 killed.\nRegime forces: 215 killed.",
     [("civilians", 340, "2020-02-05"), ("regime", 215, "2020-02-05")]),
]


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


_UNPUNCTUATED = ("The monitoring group recorded the deaths of 3,150 persons across the country over the year 2019, which "
                 "it described as a marked fall from the year before\nThe toll breaks down as follows:\n"
                 "Civilians: 1,020, including 260 children\nSoldiers of the regime army: 830\n"
                 "Loyalist militiamen of Syrian nationality: 410\nFighters of Hezbollah: 37\n"
                 "Members of the Islamic State: 522\nKurdish-led SDF fighters: 201\nPeople of unknown identity: 130\n"
                 "The monitor added that the real number is believed to be far higher")


@pytest.mark.parametrize(("text", "expected"), COLON_LISTS)
def test_killed_word_before_colon_heads_list(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-30") == expected


def test_colon_list_of_arrests_is_no_total() -> None:
    text = ("Since the start of 2023, the security services have carried out the arrest of: 40 young men; 12 former "
            "rebels; and three women.")
    assert totals(text, "2023-06-30") == []


@pytest.mark.parametrize(("text", "expected"), REGION_LINES)
def test_region_lines_after_total(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert sorted((t["side"], t["killed"], t.get("region")) for t in row(text, "2022-12-31")["totals"]) == expected


def test_cause_lines_are_no_regions() -> None:
    text = ("Since the beginning of 2022, 90 SDF fighters were killed, distributed as follows:\n"
            "- 51 in Turkish drone strikes\n- 39 in ISIS attacks")
    assert [t.get("region") for t in row(text, "2022-12-31")["totals"] if t.get("region")] == []


def test_regions_named_by_deserts_of() -> None:
    text = ("Since March 24, 2019, the monitor has recorded the following toll:\nRegime soldiers: 910 killed, including "
            "one Russian; 600 of them were killed in the deserts of Raqqa and Hama and 310 in the deserts of Palmyra and "
            "Deir ez-Zor.")
    assert full(text, "2022-01-01") == [
        ("regime", 310, "2019-03-24", "deserts of Palmyra and Deir ez-Zor", {}),
        ("regime", 600, "2019-03-24", "deserts of Raqqa and Hama", {}),
        ("regime", 910, "2019-03-24", None, {"russia": 1}),
    ]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_statistics_continue(text: str, expected: list[tuple[str, int]]) -> None:
    assert [p for p in totals(text, "2023-01-01") if p[0] != "unknown"] == expected


def test_unpunctuated_list_lines() -> None:
    text = ("Since June 1, the monitor documented the killing of 40 persons, and they are as follows:\n\n"
            "Ten civilians, including two women.\n\n27 SDF fighters and members of the Asayish\n\nThree ISIS members")
    assert totals(text, "2022-07-01") == [("civilians", 10), ("isis", 3), ("sdf", 27)]


@pytest.mark.parametrize("text", HEADLINES)
def test_headline_repeat_is_one_total(text: str) -> None:
    result = contract(text, date(2023, 6, 1))["totals"]
    assert len(result) == 1


def test_two_body_lines_with_same_figure_stay_two() -> None:
    text = ("Since the start of 2023, the toll is as follows:\n- Hayat Tahrir al-Sham: 14\n- Ansar al-Tawhid: 14")
    assert totals(text, "2023-06-01") == [("hts_rebels", 14), ("hts_rebels", 14)]


@pytest.mark.parametrize("text", CLAUSE_LABELS)
def test_clause_before_colon_is_no_region(text: str) -> None:
    result = row(text, "2023-01-01")["totals"]
    assert ("regime", 1200, None) in [(t["side"], t["killed"], t.get("region")) for t in result]


def test_region_label_is_still_a_region() -> None:
    text = "Since the start of 2022, the monitor documented the death of 120 regime soldiers, as follows:\nHoms desert: 70"
    assert ("regime", 70, "Homs desert") in [(t["side"], t["killed"], t.get("region")) for t in row(text, "2022-10-01")["totals"]]


@pytest.mark.parametrize(("text", "expected"), FOLLOWING)
def test_following_toll_header_and_event_day(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2023-05-01")["totals"]) == expected


@pytest.mark.parametrize(("text", "expected"), BY_AREA)
def test_toll_split_by_area(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(text, "2024-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), LONG_HEADERS)
def test_long_list_header_and_semicolon_breakdowns(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-07-01") == expected


@pytest.mark.parametrize(("text", "expected"), COUNTED_HEADERS)
def test_figureless_count_header_opens_list(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2021-09-01") == expected


@pytest.mark.parametrize(("text", "expected"), WORD_LINES)
def test_label_lines_with_number_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-07-01") == expected


def test_counted_figures_of_a_block_are_totals() -> None:
    found = totals(_COUNTED)
    for pair in [("civilians", 1400), ("regime", 2100), ("hts_rebels", 900), ("isis", 810)]:
        assert pair in found


def test_clause_before_a_colon_is_no_region_and_the_lines_split_the_whole() -> None:
    text = ("The monitor said 3,000 people had been killed in Syria in 2021. Among them were 1,200 civilians, including 250 "
            "children. Fighters made up the rest: 900 regime soldiers, 500 rebel fighters and 400 ISIS members.")
    found = row(text)["totals"]
    assert [t.get("region") for t in found if t["side"] == "regime"] == [None]
    assert ("unknown", 3000) not in totals(text)


def test_region_label_before_a_colon_stays_a_region() -> None:
    text = ("The monitor documented the deaths of 90 regime soldiers in the Syrian desert in 2021, distributed as follows: "
            "Homs desert: 50; Deir Ezzor desert: 40.")
    regions = sorted(t.get("region") or "" for t in row(text)["totals"] if t["side"] == "regime" and t["killed"] < 90)
    assert regions == ["Deir Ezzor desert", "Homs desert"]


def test_a_figure_the_report_adds_after_a_total_is_a_total() -> None:
    assert ("civilians", 55) in totals(_ADDED)


def test_area_figures_after_a_colon_stay_totals() -> None:
    text = ("The monitor has documented the deaths of 95 regime soldiers in the desert since early 2023. Regime losses "
            "were distributed by area as follows: Homs desert: 50; Hama desert: 30; Raqqa desert: 15.")
    found = totals(text)
    assert ("regime", 30) in found
    assert ("regime", 15) in found


def test_label_line_with_figure_in_words() -> None:
    text = ("The monitor has documented the deaths of 1,213 people across Syria in 2021. They are distributed as follows:\n"
            "Civilians: 640, including 90 children.\nRegime soldiers: 300.\nRussian soldiers: three.\nISIS members: 270.")
    assert totals(text) == [("civilians", 640), ("isis", 270), ("regime", 300), ("russia", 3)]


def test_bare_lines_by_how_they_died() -> None:
    text = ("SOHR documented the deaths of 210 people across Syria in March 2023. Civilians: 95 civilians, including 20 "
            "children. They were killed as follows:\n- 30 by regime shelling;\n- five in Russian airstrikes;\n"
            "- 22 shot dead by unidentified gunmen;\n- 38 killed by landmines.\nMilitary fatalities:\n- 60 regime soldiers;\n"
            "- 55 ISIS members.")
    assert perpetrators(text) == [("civilians", 5, "russia"), ("civilians", 22, None), ("civilians", 30, "regime"),
                                  ("civilians", 38, None), ("civilians", 95, None), ("isis", 55, None), ("regime", 60, None)]


def test_bare_lines_without_the_header_are_not_read_so() -> None:
    text = ("SOHR documented the deaths of 40 regime soldiers in the desert during 2023.\n- 14 killed by ISIS cells;\n"
            "- 7 in landmine blasts.")
    assert ("regime", 14, "isis") not in perpetrators(text)


def test_last_people_line_of_a_list_is_kept() -> None:
    text = ("Since early 2023, the number of people killed in Quneitra has risen to 80. They are: 30 civilians; 25 regime "
            "soldiers; 16 former rebels; and nine people of unknown affiliation.")
    assert ("unknown", 9) in totals(text)


def test_responsible_for_list_with_the_verb_left_out() -> None:
    text = ("SNHR documented the deaths of 52 civilians in Syria in April 2023. Syrian regime forces were responsible for "
            "the deaths of 15 civilians, Russian forces for four, ISIS for two and other parties for 31.")
    assert perpetrators(text) == [("civilians", 2, "isis"), ("civilians", 4, "russia"), ("civilians", 15, "regime"),
                                  ("civilians", 31, None), ("civilians", 52, None)]


def test_ranking_lists_every_region_after_commas() -> None:
    text = ("SOHR has documented the deaths of 112 civilians in the Badia during 2022. Regionally, the Homs desert saw "
            "the highest toll with 47 fatalities, followed by the Deir ez-Zor desert with 30, Hama desert with 21 and "
            "Raqqa desert with 14.")
    assert [n for _, n, _ in regions(text)] == [14, 21, 30, 47]


def test_remainder_sentence_keeps_block_open_for_next_sublist() -> None:
    text = ("The monitor recorded the deaths of 2,140 persons across the country during March 2022, distributed as "
            "follows:\n\nCivilians: 610 civilians, including 150 children.\n- 205 civilians were killed by regime "
            "shelling.\n- 90 civilians were killed by Russian aircraft.\nThe remaining victims died in explosions and "
            "gunfire by unidentified persons.\n\nFighters:\n- 720 soldiers of the regime army.\n- 430 members of HTS.\n"
            "- 380 ISIS members.")
    assert ("regime", 720) in totals(text)
    assert ("hts_rebels", 430) in totals(text)
    assert ("isis", 380) in totals(text)


def test_sentence_after_list_that_is_no_remainder_still_closes_block() -> None:
    text = ("The monitor recorded the deaths of 310 civilians during March 2022, distributed as follows:\n- 205 "
            "civilians were killed by regime shelling.\n- 90 civilians were killed by Russian aircraft.\n\nThe monitor "
            "calls on the international community to protect civilians.\n\nOn Tuesday, 14 soldiers of the regime army "
            "were killed in an ISIS ambush near the town of Kabajeb.")
    assert ("regime", 14) not in totals(text)


def test_at_with_a_clock_time_is_no_figure() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. The "
            "toll of the shelling of the market at 9 am was not known.")
    assert totals(text) == [("civilians", 140)]


def test_number_of_casualties_unknown_makes_no_total() -> None:
    text = ("Fighting went on between the SDF and ISIS near the village of Hazima, leaving at least 6 ISIS members dead, "
            "while the number of SDF casualties is still unknown.")
    assert totals(text) == []


def test_number_of_casualties_known_is_still_a_total() -> None:
    text = "The number of SDF fighters killed in the fighting with ISIS since the start of the year has reached 48."
    assert totals(text) == [("sdf", 48)]


def test_unpunctuated_label_lines_keep_their_own_sides() -> None:
    found = totals(_UNPUNCTUATED)
    for pair in [("civilians", 1020), ("regime", 830), ("regime", 410), ("pro_iran_foreign", 37), ("isis", 522),
                 ("sdf", 201), ("unknown", 130)]:
        assert pair in found
    assert ("pro_iran_foreign", 410) not in found
    assert ("isis", 201) not in found


def test_punctuated_label_lines_read_as_before() -> None:
    text = _UNPUNCTUATED.replace("\nCivilians", ".\nCivilians").replace("children\n", "children.\n").replace(": 830\n", ": 830.\n")
    assert ("civilians", 1020) in totals(text)
    assert ("regime", 830) in totals(text)


def test_head_dropped_across_a_figureless_remark() -> None:
    text = ("The monitor documented the death of 3,000 people across Syria in 2022.\n\nThe monitor stresses that the "
            "real toll is likely higher. The toll was distributed as follows:\n\nCivilians: 1,000.\nRegime soldiers: "
            "1,200.\nISIS members: 700.")
    found = totals(text)
    assert ("unknown", 3000) not in found
    assert ("regime", 1200) in found


def test_dead_by_area_after_a_total_stay_totals() -> None:
    text = ("SOHR documented 12 attacks by ISIS cells in the desert in May 2023, which left 30 regime soldiers dead. "
            "Regime losses were distributed as follows: 16 in Homs desert and 14 in Hama desert.")
    assert ("regime", 16) in totals(text)
