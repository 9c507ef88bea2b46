"""Totals, round seven: constructions of statistics blocks, roundups and running totals (paragraphs written for these
tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md). One construction per test, with a look-alike that
must not change where one is easy to get wrong."""

from __future__ import annotations

from typing import Any

import pytest

from contract_rows import contract, titled, total_pairs


def row(text: str, published: str | None = "2023-06-01") -> dict[str, Any]:
    return titled(text, published)


def totals(text: str, published: str | None = "2023-06-01") -> list[tuple[str, int]]:
    return total_pairs(row(text, published))


def periods(text: str) -> list[tuple[str, int, str | None, str | None]]:
    return sorted((t["side"], t["killed"], t["since"], t["until"]) for t in row(text)["totals"])


def perpetrators(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"])


def regions(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("region")) for t in row(text)["totals"] if t.get("region"))


# --- "Label: N" lines with the figure in words -------------------------------------------------------------------

def test_label_line_with_figure_in_words() -> None:
    text = ("The monitor has documented the deaths of 1,213 people across Syria in 2021. They are distributed as follows:\n"
            "Civilians: 640, including 90 children.\nRegime soldiers: 300.\nRussian soldiers: three.\nISIS members: 270.")
    assert totals(text) == [("civilians", 640), ("isis", 270), ("regime", 300), ("russia", 3)]


# --- a ranking by region after lines of several sides splits the whole toll ---------------------------------------

def test_ranked_regions_after_lines_of_several_sides_are_unknown() -> None:
    text = ("SOHR has documented the deaths of 250 people in the Badia during 2021 in ambushes and landmine blasts. The "
            "toll is distributed as follows:\n- 120 regime soldiers and loyalist militiamen.\n- 80 ISIS members.\n"
            "- 50 civilians, including 20 shepherds.\nRegionally, the Deir ez-Zor desert recorded the highest toll with "
            "110 fatalities, followed by Homs desert with 90 and Raqqa desert with 50.")
    assert regions(text) == [("unknown", 50, "Raqqa desert"), ("unknown", 90, "Homs desert"),
                             ("unknown", 110, "Deir ez-Zor desert")]


def test_ranked_regions_after_one_side_keep_it() -> None:
    text = ("SOHR has documented the deaths of 98 civilians in the Badia during 2021. Regionally, the Deir ez-Zor desert "
            "recorded the highest toll with 50 fatalities, followed by Homs desert with 30 and Raqqa desert with 18.")
    assert {side for side, _, _ in regions(text)} == {"civilians"}


# --- a background event ranked as one raid is no monthly total ---------------------------------------------------

def test_event_ranked_as_one_raid_is_no_total() -> None:
    text = ("A drone struck a car near Tell Tamr today, killing two SDF members.\n\nIn February, Turkish drones near "
            "Qamishli and Amuda killed 23 SDF fighters, one of the deadliest such raids since the operation began.")
    assert totals(text) == []


def test_period_toll_ranked_against_other_years_stays_a_total() -> None:
    text = "Since the start of 2023, Turkish drones have killed 41 SDF fighters, one of the deadliest such campaigns since 2019."
    assert totals(text) == [("sdf", 41)]


# --- a comparison's "since" is not the period of the figure --------------------------------------------------------

def test_comparison_since_is_not_the_period() -> None:
    text = "In March, Turkish drones killed 23 SDF fighters in the northeast, the deadliest month for the force since 2019."
    assert periods(text) == [("sdf", 23, "2023-03-01", "2023-03-31")]


# --- the toll of one ongoing battle "so far" is the battle's, not a period total ---------------------------------

def test_battle_toll_so_far_is_no_total() -> None:
    text = ("Clashes have been raging since the early morning between regime forces and HTS on the Saraqib axis. SOHR "
            "has documented the deaths of nine regime soldiers and 11 HTS fighters in the fighting so far.")
    assert totals(text) == []


def test_so_far_with_a_period_stays_a_total() -> None:
    text = ("SOHR has documented the deaths of 64 regime soldiers and 80 HTS fighters in the fighting so far since the "
            "start of the offensive on the 2nd of May.")
    assert totals(text) == [("hts_rebels", 80), ("regime", 64)]


# --- a running figure of people with one side's share named ------------------------------------------------------

def test_running_people_with_one_share_keeps_the_whole() -> None:
    text = ("According to SOHR statistics, the number of people killed in Daraa governorate since early 2024 has risen "
            "to 188, including 90 civilians.")
    assert totals(text, "2024-06-01") == [("civilians", 90), ("unknown", 188)]


def test_documented_people_split_by_side_gives_the_parts() -> None:
    text = ("SOHR documented the deaths of 52 persons across Syria since yesterday, including two civilians, 20 ISIS "
            "members and 30 regime soldiers.")
    assert ("unknown", 52) not in totals(text)


# --- a party's unverified claim ----------------------------------------------------------------------------------

def test_unverified_claim_is_no_total() -> None:
    text = ("SOHR documented the deaths of 120 ISIS members in the desert in 2023. The group, through its media outlets, "
            "claimed to have killed 340 regime soldiers over the same period, a figure the Observatory could not verify.")
    assert totals(text, "2024-01-02") == [("isis", 120)]


# --- people whose lives are at stake -----------------------------------------------------------------------------

def test_lives_to_save_are_no_toll() -> None:
    text = ("Regime shelling killed two civilians in Sarmin today.\n\nSOHR urges the international community to act to "
            "save the lives of more than 4,000 civilians trapped in the besieged villages.")
    result = row(text)
    assert result["totals"] == []
    assert all(i["killed"].get("civilians", 0) < 100 for i in result["incidents"])


# --- "X accounted for N deaths" --------------------------------------------------------------------------------------

def test_accounted_for_deaths_takes_the_subject_side() -> None:
    text = "Rebel and jihadist fighters, including those of HTS, accounted for 1,240 deaths in 2020, while ISIS lost 510 members."
    assert totals(text, "2021-01-01") == [("hts_rebels", 1240), ("isis", 510)]


# --- bare lines under "They were killed as follows:" -----------------------------------------------------------------

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


# --- "the death toll of <killings> ... rises to N": people of no side ----------------------------------------------

@pytest.mark.parametrize("text", [
    "A regime soldier was shot dead by unknown gunmen near Nawa this morning. Thereby, the death toll of assassinations "
    "and attacks in Daraa since the beginning of 2023 rises to 212.",
    "Two men were found dead near Busra al-Harir. The death toll of the security chaos in the province since January "
    "has thus risen to 212, SOHR said.",
])
def test_death_toll_of_killings_is_of_no_side(text: str) -> None:
    assert totals(text) == [("unknown", 212)]


# --- figures out of text order never make one sum ------------------------------------------------------------------

def test_inline_party_list_does_not_fail() -> None:
    text = ("SOHR has documented the deaths of 870 people across Syria in July 2023. The victims were killed by the "
            "following parties: Syrian regime forces killed 41 civilians.")
    assert contract("Monthly toll\n\n" + text).get("reason") is None


# --- quarters and the first N months of a year ---------------------------------------------------------------------

def test_quarter_of_a_year_is_the_period() -> None:
    text = "In the second quarter of 2022, SOHR documented the deaths of 140 civilians across the northwest."
    assert periods(text) == [("civilians", 140, "2022-04-01", "2022-06-30")]


def test_first_months_of_a_year_make_a_period_total() -> None:
    text = ("During the first four months of 2022, Turkish drones carried out 37 strikes in the northeast, killing 26 SDF "
            "members and nine civilians.")
    assert periods(text) == [("civilians", 9, "2022-01-01", "2022-04-30"), ("sdf", 26, "2022-01-01", "2022-04-30")]


# --- the dead of the event before, recalled at the head of a running total --------------------------------------

def test_recalled_dead_before_running_total_are_not_a_total() -> None:
    text = ("ISIS cells attacked a checkpoint near al-Sukhnah, killing three soldiers. With the deaths of the three "
            "soldiers, the number of regime personnel killed by the cells since the beginning of the year rises to 61.")
    assert totals(text) == [("regime", 61)]


# --- "people who had collaborated with X" take X's side; a list's last "people" line is no overall ----------------

def test_people_who_collaborated_with_a_group_take_its_side() -> None:
    text = ("Since early 2023, the number of people killed in Quneitra has risen to 75. They are: 30 civilians; 25 regime "
            "soldiers; 16 former rebels; and four people who had collaborated with Hezbollah.")
    assert totals(text) == [("civilians", 30), ("hts_rebels", 16), ("pro_iran_foreign", 4), ("regime", 25)]


def test_last_people_line_of_a_list_is_kept() -> None:
    text = ("Since early 2023, the number of people killed in Quneitra has risen to 80. They are: 30 civilians; 25 regime "
            "soldiers; 16 former rebels; and nine people of unknown affiliation.")
    assert ("unknown", 9) in totals(text)


# --- "since the start of X on <day>" with no year: the latest such day up to publication -------------------------

def test_since_start_on_day_without_year() -> None:
    text = ("The death toll among civilians since the start of the offensive on October 14 has reached 57, the monitor "
            "said.")
    assert periods(text) == [("civilians", 57, "2022-10-14", None)]


# --- items of a comma list stay apart even when of one side ----------------------------------------------------------

def test_list_items_of_one_side_stay_apart() -> None:
    text = ("SOHR has documented 44 fatalities in drone strikes on the northeast since the beginning of 2023. The "
            "fatalities are: 13 civilians, 22 SDF members and nine members of the Internal Security Forces (Asayish).")
    assert totals(text) == [("civilians", 13), ("sdf", 9), ("sdf", 22)]


def test_figures_added_to_a_total_of_one_side_are_summed() -> None:
    text = ("Thereby, the number of shepherds killed since early March in mine blasts in the desert rises to 21, in "
            "addition to three members of the NDF and a soldier who were guarding them.")
    assert totals(text) == [("civilians", 21), ("regime", 4)]


# --- "Of the remaining victims, N were X": shares after a share -------------------------------------------------------

def test_shares_of_the_remaining_victims() -> None:
    text = ("SOHR statistics show that 150 people were killed across Syria in March 2023, among them 61 civilians. Of "
            "the remaining victims, 47 were regime soldiers and 42 were fighters of the SDF.")
    assert ("regime", 47) in totals(text) and ("sdf", 42) in totals(text)


# --- a total of people split by cause, no side and no actor named ---------------------------------------------------

def test_people_split_by_cause_are_parts_not_totals() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the deaths of 174 people in Quneitra and Daraa. Of them, 96 "
            "were killed by gunfire, 30 in IED explosions and seven under torture.")
    assert totals(text) == [("unknown", 174)]


def test_split_by_a_named_party_stays_a_total() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the deaths of 80 people in Idlib. Of them, 52 were killed by "
            "regime shelling and 11 by Russian airstrikes.")
    assert ("unknown", 52) in totals(text)


# --- one event dated by a month or counted by an ordinal word is no period total -----------------------------------

def test_ordinal_word_counts_events_not_a_toll() -> None:
    text = ("An ISIS ambush on a regime patrol near Ithriyah killed five soldiers, in the fourth such attack since the "
            "beginning of the month.")
    assert totals(text) == []


def test_single_massacre_in_a_month_is_one_event() -> None:
    text = "In March 2021, ISIS gunmen executed nine truffle hunters in a single massacre near al-Sukhnah."
    assert totals(text, "2021-05-01") == []


# --- a list by perpetrator with the victims left out after the first figure ---------------------------------------

def test_bare_figures_by_killer_keep_the_victims_side() -> None:
    text = ("SNHR documented the deaths of 61 civilians in Syria in April 2023. The report said that Syrian regime forces "
            "killed 17 civilians, while Russian forces killed two, ISIS killed one and other parties killed 41.")
    assert perpetrators(text) == [("civilians", 1, "isis"), ("civilians", 2, "russia"), ("civilians", 17, "regime"),
                                  ("civilians", 41, None), ("civilians", 61, None)]


def test_one_by_a_party_in_a_passive_list() -> None:
    text = ("SNHR documented the deaths of 30 civilians in Syria in April 2023, 20 of whom were killed by Syrian regime "
            "forces, nine by Russian forces and one by ISIS.")
    assert ("civilians", 1, "isis") in perpetrators(text)


# --- "over the course of 2022"; "since the protests began in August" -------------------------------------------------

def test_over_the_course_of_a_year() -> None:
    text = "Over the course of 2021, 87 civilians were killed by landmines and explosive remnants across Syria."
    assert periods(text) == [("civilians", 87, "2021-01-01", "2021-12-31")]


def test_since_an_event_began_in_a_month_is_open() -> None:
    text = ("SOHR documented two deaths today, bringing the number of people killed in Jaramana since the clashes erupted "
            "in March to 31.")
    assert periods(text) == [("unknown", 31, "2023-03-01", None)]


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


def test_since_a_day_without_year() -> None:
    text = ("The total death toll of the fighting in Deir ez-Zor since August 27 stands at 41: 15 SDF fighters, 20 "
            "gunmen of the tribes and six civilians.")
    assert {t["since"] for t in row(text)["totals"]} == {"2022-08-27"}
