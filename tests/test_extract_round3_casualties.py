"""Casualties, sides and totals in constructions a third blind written set exposed (issue #4, round 3): a figure of
people broken down by an apposed list whose items add up to it, figures that share a verb told "along with" the first,
"Region: N" pairs run on in one sentence, active-voice lines of a list by perpetrator ("Russian forces killed three
civilians"), and a figureless sub-header inside a statistics block.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2023, 5, 20)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def totals(row: dict) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def regions(row: dict) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in row["totals"] if t.get("region"))


def perpetrators(row: dict) -> list[tuple[str, int, str | None]]:
    return sorted(((t["side"], t["killed"], t.get("perpetrator")) for t in row["totals"]), key=lambda t: (t[0], t[1], t[2] or ""))


# --- a figure of people broken down by an apposed list that adds up to it -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SOHR has documented 37 operations by ISIS cells in SDF-held areas since early this year, in which 31 people were "
     "killed, 24 SDF and Asayish members and seven civilians.", [("civilians", 7), ("sdf", 24)]),
    ("SOHR has documented the deaths of 13 people in Russian airstrikes since the morning, nine civilians and four HTS "
     "members.", [("civilians", 9), ("hts_rebels", 4)]),
    ("Since January, 20 persons have lost their lives in Daraa - 12 civilians, including 3 children, and 8 regime "
     "soldiers.", [("civilians", 12), ("regime", 8)]),
    ("Since the start of the year, 40 people have been killed in the province: 25 civilians, ten regime soldiers and "
     "five ISIS members.", [("civilians", 25), ("isis", 5), ("regime", 10)]),
])
def test_parts_that_add_up_replace_the_figure_of_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


def test_apposed_parts_in_an_incident() -> None:
    row = run("On Monday, a car bomb exploded in Azaz city, killing five people, three civilians and two Turkish-backed fighters.")
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 3, "turkey_factions": 2}]


def test_parts_that_do_not_add_up_are_no_breakdown() -> None:
    row = run("Since January, nine attacks in Al-Hasakah have left six military personnel, a driver and four civilians dead.")
    assert ("civilians", 4) in totals(row)


# --- figures told "along with" / "alongside" the first share its verb ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Since the start of 2023, 40 civilians have been killed in Idlib, along with 22 HTS fighters, 15 regime soldiers "
     "and three Russian soldiers.", [("civilians", 40), ("hts_rebels", 22), ("regime", 15), ("russia", 3)]),
    ("Since early 2021, 40 civilians died across the region, together with 22 SDF members and 15 ISIS members.",
     [("civilians", 40), ("isis", 15), ("sdf", 22)]),
    ("Since the beginning of 2022, SOHR has documented 214 attacks in Daraa province, in which 89 civilians, including "
     "five women, were killed, alongside 71 regime soldiers, 64 former opposition fighters and five persons whose "
     "affiliation remains unknown.", [("civilians", 89), ("hts_rebels", 64), ("regime", 71), ("unknown", 5)]),
])
def test_along_with_shares_the_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


# --- "Region: N" pairs run on in one sentence ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Since the beginning of 2023, 300 people were killed in the desert: 174 regime soldiers and 126 civilians.\n"
     "Regime losses were distributed by region as follows: Homs desert: 71; Deir Ezzor desert: 48; Hama desert: 55.",
     [("regime", 48, "Deir Ezzor desert"), ("regime", 55, "Hama desert"), ("regime", 71, "Homs desert")]),
    ("SOHR documented the deaths of 98 civilians and 40 SDF members since the beginning of 2021.\n"
     "Civilian deaths by province: Afrin (37), al-Bab (24) and Azaz (37).",
     [("civilians", 24, "al-Bab"), ("civilians", 37, "Afrin"), ("civilians", 37, "Azaz")]),
    ("SOHR documented the deaths of 98 civilians since the beginning of 2021. The toll breaks down regionally as "
     "follows: Daraa – 40, Idlib – 33, Aleppo – 25.",
     [("civilians", 25, "Aleppo"), ("civilians", 33, "Idlib"), ("civilians", 40, "Daraa")]),
])
def test_region_pairs_in_one_sentence(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(run(text)) == expected


# --- active-voice lines of a list by perpetrator -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The network documented the killing of 96 civilians in Syria in March 2021.\n"
    "The report attributes the deaths to the main perpetrator parties as follows:\n"
    "Syrian regime forces killed 22 civilians, including four children.\n"
    "ISIS killed three civilians.\n"
    "Unidentified gunmen killed 71 civilians.",
    "The network documented the killing of 96 civilians in Syria in March 2021, distributed by perpetrator as follows:\n"
    "- Regime forces killed 22 civilians, including four children.\n"
    "- ISIS has killed three civilians.\n"
    "- Unidentified gunmen killed 71 civilians.",
])
def test_active_lines_by_perpetrator(text: str) -> None:
    assert perpetrators(run(text)) == [("civilians", 3, "isis"), ("civilians", 22, "regime"), ("civilians", 71, "unknown"),
                                       ("civilians", 96, None)]


def test_other_parties_line_has_no_perpetrator() -> None:
    row = run("The network documented the killing of 30 civilians in Syria in May 2022, as follows:\n"
              "Russian forces killed 10 civilians.\nOther parties killed 20 civilians.")
    assert perpetrators(row) == [("civilians", 10, "russia"), ("civilians", 20, None), ("civilians", 30, None)]


# --- a figureless sub-header inside a statistics block --------------------------------------------------------------

def test_subheader_keeps_the_block_open() -> None:
    row = run("SOHR has documented the following fatalities across Syria in October 2022:\n"
              "Civilians: 128, including 27 children and 14 women.\n"
              "Military and armed groups:\n"
              "- 97 members of regime forces and loyal militias of Syrian nationality\n"
              "- 19 non-Syrian Iranian-backed militiamen\n"
              "- 38 ISIS members\n"
              "- 21 unidentified persons")
    assert totals(row) == [("civilians", 128), ("isis", 38), ("pro_iran_foreign", 19), ("regime", 97), ("unknown", 21)]


def test_event_subject_is_no_line_by_perpetrator() -> None:
    row = run("SOHR documented the deaths of 96 civilians in March.\n\n"
              "Regime shelling killed three civilians in Sarmin on Monday.")
    assert perpetrators(row) == [("civilians", 96, None)]


# --- "Of them, N were killed by X; M in Y airstrikes": parts of the total before, by perpetrator ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In March 2022, SOHR documented the deaths of 60 civilians across Syria. Among them, 20 were killed by regime "
     "shelling, 15 by Russian airstrikes and 25 by landmines.",
     [("civilians", 15, "russia"), ("civilians", 20, "regime"), ("civilians", 25, None), ("civilians", 60, None)]),
    ("Since the start of 2023, 60 civilians have been killed in Idlib. Of these, 20 were killed in regime shelling and "
     "40 by Russian warplanes.", [("civilians", 20, "regime"), ("civilians", 40, "russia"), ("civilians", 60, None)]),
    ("SOHR has documented the following fatalities across Syria in October 2022:\n"
     "Civilians: 40, including 7 children. Of them, 23 civilians, including 5 children, were killed by landmines; six "
     "civilians, including two children, were killed by regime shelling; four were killed in Russian airstrikes; and "
     "seven were killed by ISIS cells.",
     [("civilians", 4, "russia"), ("civilians", 6, "regime"), ("civilians", 7, "isis"), ("civilians", 23, None),
      ("civilians", 40, None)]),
])
def test_parts_by_perpetrator_after_a_total(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert perpetrators(run(text)) == expected


# --- "N more" after a figure is a count of the same kind of people ---------------------------------------------------

@pytest.mark.parametrize(("text", "injured"), [
    ("On Friday, an explosion hit a regime post near Baniyas, killing two soldiers and injuring four more.", {"regime": 4}),
    ("ISIS gunmen attacked an SDF checkpoint near al-Jurneyyeh last night, killing two members and wounding one more.",
     {"sdf": 1}),
    ("Three regime soldiers were killed and two more were wounded today when HTS fighters targeted their vehicle near "
     "Kabani.", {"regime": 2}),
    ("A landmine exploded near Hajin on Monday, killing a shepherd and wounding 3 more.", {"civilians": 3}),
    ("On Monday, a mine exploded near Palmyra, killing two regime soldiers and wounding a further three.", {"regime": 3}),
    ("On Monday, a mine exploded near Palmyra, killing two regime soldiers and wounding an additional three soldiers.",
     {"regime": 3}),
    ("On Monday, a mine exploded near Palmyra, killing two regime soldiers; an additional four were wounded.", {"regime": 4}),
])
def test_n_more_is_a_count(text: str, injured: dict[str, int]) -> None:
    row = run(text)
    assert [i["injured"] for i in row["incidents"]] == [injured]


def test_more_than_is_no_count() -> None:
    row = run("On Friday, regime shelling on Ariha killed two civilians and wounded more than ten others.")
    assert [i["injured"] for i in row["incidents"]] == [{"civilians": 10}]


# --- a country-wide toll of one day, broken down by side -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SOHR has documented the death of 17 people across Syrian territory on Thursday: three civilians, among them a woman "
    "and two children; eight members of regime forces; four fighters of HTS; an SDF member; and a man whose affiliation "
    "remains unknown.",
    "On Thursday, the Observatory recorded the deaths of 17 people throughout Syria, namely three civilians, eight regime "
    "soldiers, four HTS fighters, an SDF member and an unidentified man.",
])
def test_country_wide_day_toll(text: str) -> None:
    assert totals(run(text)) == [("civilians", 3), ("hts_rebels", 4), ("regime", 8), ("sdf", 1), ("unknown", 1)]


# --- the last items of a list of parts that adds up to a figure of people belong to that figure ----------------------

@pytest.mark.parametrize("text", [
    "On Sunday, Israeli missiles hit Kafr Sousa. SOHR documented the death of 15 people: five civilians, among them a "
    "woman, seven Iranian and Iraqi militiamen, and three regime soldiers.",
    "On Sunday, Israeli missiles hit Kafr Sousa, killing 15 people: five civilians, including two children, seven "
    "Hezbollah fighters and three Syrian soldiers.",
])
def test_items_after_a_nested_breakdown_stay_parts(text: str) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 5, "pro_iran_foreign": 7, "regime": 3}]


# --- round-2 probes: a relative hurt without "was"; one person told twice in a row ----------------------------------

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On Monday, a child was killed and his mother injured when a landmine exploded near Hajin.",
     {"civilians": 1}, {"civilians": 1}),
    ("On Monday, a shepherd was killed and his wife wounded when a mine exploded near Sukhnah.",
     {"civilians": 1}, {"civilians": 1}),
])
def test_relative_hurt_without_copula(text: str, killed: dict[str, int], injured: dict[str, int]) -> None:
    row = run(text)
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed"), [
    ("On Monday, a man, a civilian working as a farmer, was killed by a landmine near Hajin.", {"civilians": 1}),
    ("On Monday, the man, a civilian working as a farmer, was killed when ISIS gunmen opened fire on him near Hajin.",
     {"civilians": 1}),
    ("On Monday, a young man, a shepherd from the village, was shot dead by ISIS near Sukhnah.", {"civilians": 1}),
    ("On Monday, an ISIS sniper shot a civilian, a teacher, dead near Hajin.", {"civilians": 1}),
    ("On Monday, a member of the Air Force Intelligence and his brother, a civilian, were killed when unknown gunmen "
     "opened fire on their car near Da'el.", {"civilians": 1, "regime": 1}),
])
def test_one_person_told_twice(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


# --- round-2 probes: "without injuries" is no injury; police of no named authority are the state's ------------------

@pytest.mark.parametrize("text", [
    "On Monday, a drone struck a car near Qamishli; its two passengers got out without injuries.",
    "On Monday, a drone struck a car near Qamishli, and its two passengers escaped without any injuries.",
])
def test_without_injuries_is_no_injury(text: str) -> None:
    row = run(text)
    assert [i["injured"] for i in row["incidents"]] == [{}]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On Monday, gunmen attacked a police station in Jasim, wounding two policemen.", {}, {"regime": 2}),
    ("On Monday, unknown gunmen killed two police officers in Sanamayn.", {"regime": 2}, {}),
    ("On Monday, a policeman was shot dead in Daraa city.", {"regime": 1}, {}),
    ("On Monday, gunmen opened fire on an Asayish checkpoint in Qamishli, wounding two policemen.", {}, {"sdf": 2}),
    ("On Monday, an IED killed two members of the Military Police of the Turkish-backed factions in al-Bab.",
     {"turkey_factions": 2}, {}),
])
def test_police_side(text: str, killed: dict[str, int], injured: dict[str, int]) -> None:
    row = run(text)
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [(killed, injured)]


# --- "N others" after a sentence of several sides; "N from each side" of two factions of one label ------------------

@pytest.mark.parametrize(("text", "injured"), [
    ("A car bomb exploded in Azaz this afternoon, killing six civilians, including a child, and a member of the Levant "
     "Front faction. About 20 others were injured, among them women and children.", {"unknown": 20}),
    ("A car bomb exploded in Azaz this afternoon, killing a member of the Levant Front faction. Three others were "
     "injured.", {"turkey_factions": 3}),
])
def test_others_after_a_sentence_of_several_sides(text: str, injured: dict[str, int]) -> None:
    row = run(text)
    assert [i["injured"] for i in row["incidents"]] == [injured]


@pytest.mark.parametrize(("text", "killed"), [
    ("Yesterday, clashes broke out between gunmen of Ahrar al-Sharqiya and al-Hamzat Division in al-Bab, killing two "
     "fighters from each side.", {"turkey_factions": 4}),
    ("Yesterday, clashes between the Levant Front and the Sultan Murad Division in Afrin killed three members on each "
     "side.", {"turkey_factions": 6}),
    ("Yesterday, clashes between HTS and regime forces near Kabani killed three fighters on each side.",
     {"hts_rebels": 3, "regime": 3}),
])
def test_each_side_of_one_label(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


def test_smuggler_told_after_the_clash_is_counted() -> None:
    row = run("On Monday, regime forces clashed with drug smugglers near Nasib, killing two soldiers. One of the smugglers "
              "was also killed.")
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 2, "unknown": 1}]


def test_risen_toll_parts_after_a_nested_breakdown() -> None:
    row = run("The death toll of yesterday's drone attack on the Military College in Homs city has risen to 116: 43 "
              "civilians, among them 11 children and 17 women, and 73 military personnel, including cadets and officers.")
    assert all(i["killed"].get("civilians", 0) <= 43 for i in row["incidents"])


# --- a ranking by region after a total ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The network documented the killing of 96 civilians in Syria in March 2021. The report notes that Daraa "
     "governorate saw the highest death toll, with 24 civilians killed, followed by Aleppo with 19.",
     [("civilians", 19, "Aleppo"), ("civilians", 24, "Daraa")]),
    ("SOHR documented the deaths of 120 regime soldiers since the start of 2023. Homs desert recorded the highest toll "
     "with 40, followed by Deir ez-Zor desert with 22 and Hama with 9.",
     [("regime", 9, "Hama"), ("regime", 22, "Deir ez-Zor desert"), ("regime", 40, "Homs desert")]),
    ("In 2022, 300 civilians were killed in Syria. Idlib had the largest share of deaths, with 120, then Aleppo (80).",
     [("civilians", 80, "Aleppo"), ("civilians", 120, "Idlib")]),
])
def test_ranking_by_region(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Since January, the attacks killed 12 people, namely 7 civilians and 5 regime soldiers.", [("civilians", 7), ("regime", 5)]),
    ("Since January, 12 people have been killed in Daraa (7 civilians and 5 regime soldiers).", [("civilians", 7), ("regime", 5)]),
    ("Since January, 12 people were killed in Daraa, including 7 civilians and 5 regime soldiers.",
     [("civilians", 7), ("regime", 5)]),
])
def test_parts_after_a_cue_word(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


def test_a_part_of_an_item_is_no_item() -> None:
    row = run("Since the beginning of 2021, the number of people killed in the camp has risen to 44, among them 33 refugees, "
              "10 of them women, in addition to a medical worker.")
    assert ("unknown", 44) in totals(row)


def test_active_clauses_in_one_sentence() -> None:
    row = run("The network said it documented the deaths of 50 civilians in April 2022. By perpetrator: the regime killed 20 "
              "civilians; Russian forces killed 10 civilians; other parties killed 20 civilians.")
    assert perpetrators(row) == [("civilians", 10, "russia"), ("civilians", 20, None), ("civilians", 20, "regime"),
                                 ("civilians", 50, None)]


def test_parts_after_a_dash() -> None:
    row = run("In the past week, SOHR documented the killing of 33 people — 20 civilians and 13 fighters of the "
              "Turkish-backed factions.")
    assert totals(row) == [("civilians", 20), ("turkey_factions", 13)]
