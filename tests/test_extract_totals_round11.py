"""Totals, round eleven: ex-rebels "who reconciled and joined" a force, lines of kinds of deaths under a headline of
people, a party's own figure beside the monitor's, lines by area that add up to a headline of people, and "the factions"
of a sentence that named them as Turkey's (paragraphs written for these tests, judged by the conventions of
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs


def row(text: str) -> dict[str, Any]:
    return titled(text, "2023-06-01")


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(row(text))


# --- "who reconciled and joined regime forces": the side they joined ----------------------------------------------------

_JOINED = ("The monitor has documented the deaths of 240 people in Quneitra since early 2022. They are: 80 civilians; "
           "35 ex-rebels who settled their status and enlisted in the regime's Fourth Division; and 12 former fighters who "
           "had not joined any formation.")


def test_ex_rebels_who_settled_and_enlisted_take_the_side_they_joined() -> None:
    found = totals(_JOINED)
    assert ("regime", 35) in found
    assert ("hts_rebels", 35) not in found


def test_former_fighters_who_joined_no_formation_stay_rebels() -> None:
    assert ("hts_rebels", 12) in totals(_JOINED)


# --- lines of people told by how they died, under a headline of people ----------------------------------------------------

_KINDS = ("The monitor counted the deaths of 50 people in government-held areas in March 2023 in incidents unrelated to "
          "the fighting. They died as follows:\n"
          "- 30 people in shootings and assassinations in Daraa.\n"
          "- 12 people murdered in robberies and feuds.\n"
          "- Eight people by old munitions.")


def test_people_lines_of_kinds_of_deaths_are_not_totals() -> None:
    found = totals(_KINDS)
    assert ("unknown", 50) in found
    assert not {("unknown", 30), ("unknown", 12), ("unknown", 8)} & set(found)


def test_civilian_lines_by_killer_under_a_civilian_headline_stay_totals() -> None:
    text = ("The monitor counted the deaths of 50 civilians across Syria in March 2023. They were killed as follows:\n"
            "- 30 civilians killed by regime shelling.\n"
            "- 12 civilians killed by ISIS.\n"
            "- Eight civilians killed in Russian airstrikes.")
    found = totals(text)
    for pair in [("civilians", 50), ("civilians", 30), ("civilians", 12), ("civilians", 8)]:
        assert pair in found


# --- a party's own figure beside the monitor's -------------------------------------------------------------------------

_RIVAL = ("The number of people killed in the battle for the town has reached 95, the monitor said, since the offensive "
          "began on 3 May 2023. The dead are 70 ISIS members and 25 SDF fighters.\n"
          "The army said in a statement that more than 200 ISIS members had been killed since the start of the operation.")


def test_a_partys_figure_beside_the_monitors_is_no_total() -> None:
    found = totals(_RIVAL)
    assert ("isis", 70) in found
    assert ("isis", 200) not in found


def test_a_partys_figure_told_to_the_media_is_no_total() -> None:
    text = _RIVAL.replace("The army said in a statement", "A military official told state media on Tuesday")
    assert ("isis", 200) not in totals(text)


def test_a_figure_the_monitors_report_tells_stays_a_total() -> None:
    text = ("The monitor documented the deaths of 95 ISIS members in the desert in May 2023.\n"
            "The report said that regime forces killed 60 ISIS members in the same period.")
    found = totals(text)
    assert ("isis", 95) in found
    assert ("isis", 60) in found


# --- lines by area adding up to a headline of people -----------------------------------------------------------------

_AREAS = ("The monitor has documented the deaths of 120 people in the Syrian desert since early 2023. The fatalities are: "
          "70 regime soldiers; 20 ISIS members; and 30 civilians, most of them shepherds.\n"
          "The toll by area is as follows:\n"
          "Homs desert: 55 fatalities\n"
          "Deir ez-Zor desert: 40 fatalities\n"
          "Raqqa desert: 25 fatalities")


def test_area_lines_adding_up_to_a_headline_of_people_have_no_side() -> None:
    found = totals(_AREAS)
    assert {("unknown", 55), ("unknown", 40), ("unknown", 25)} <= set(found)
    assert not {("civilians", 55), ("civilians", 40), ("civilians", 25)} & set(found)


def test_area_lines_of_one_side_keep_it() -> None:
    text = ("The monitor has documented the deaths of 95 regime soldiers in the Syrian desert since early 2023, distributed by "
            "area as follows:\n"
            "Homs desert: 55\n"
            "Deir ez-Zor desert: 40")
    found = totals(text)
    assert ("regime", 55) in found
    assert ("regime", 40) in found


# --- "the factions" of a sentence that named them as Turkey's --------------------------------------------------------

def test_the_factions_named_as_turkeys_are_turkish_backed() -> None:
    text = ("The monitor has counted 40 deaths in bombings in areas held by Turkish forces and their proxy factions since "
            "early 2023, among them 25 civilians and 15 fighters of the factions.")
    found = totals(text)
    assert ("turkey_factions", 15) in found
    assert ("hts_rebels", 15) not in found


def test_the_factions_of_idlib_stay_rebels() -> None:
    text = ("The monitor has counted 40 deaths in regime shelling on areas held by HTS in Idlib since early 2023, among "
            "them 25 civilians and 15 fighters of the factions.")
    assert ("hts_rebels", 15) in totals(text)


# --- a running total followed by "while N others were injured" ---------------------------------------------------------

def test_running_total_before_an_injured_clause_stays_dead() -> None:
    text = ("Thus, the number of civilians killed in the shelling of the enclave since 5 April 2023 has risen to 230, "
            "including 40 children, while over 900 others have been wounded.")
    assert ("civilians", 230) in totals(text)


def test_running_total_of_injured_is_no_total() -> None:
    text = "Thus, the number of civilians wounded in the shelling of the enclave since 5 April 2023 has risen to 230."
    assert ("civilians", 230) not in totals(text)


# --- a sentence narrating one attack after a short-window total ------------------------------------------------------

_DAY = ("The monitor has documented the deaths of 12 civilians in regime airstrikes on the town of Ariha since dawn. "
        "Regime warplanes also bombed a bakery in Sarmin, leaving four civilians dead. "
        "Three civilians were killed when a shell hit their house in Binnish.")


def test_attacks_narrated_after_a_short_window_total_are_no_totals() -> None:
    found = totals(_DAY)
    assert ("civilians", 4) not in found
    assert ("civilians", 3) not in found


def test_a_second_toll_of_the_period_after_a_total_stays_a_total() -> None:
    text = ("The monitor has documented the deaths of 12 civilians in regime airstrikes on Idlib since early 2023. "
            "In the same period, ISIS cells killed 30 regime soldiers in ambushes in the desert.")
    assert ("regime", 30) in totals(text)


# --- the dead of an event told before, recalled with "the" in a sentence of a short window ----------------------------

def test_dead_recalled_with_the_in_a_window_sentence_are_no_total() -> None:
    text = ("The monitor confirmed the deaths of the three soldiers, and said regime forces had fired dozens of rockets on "
            "the area in the past 48 hours.")
    assert ("regime", 3) not in totals(text)


def test_a_window_toll_without_the_stays_a_total() -> None:
    text = ("The monitor confirmed the deaths of 13 soldiers, and said regime forces had fired dozens of rockets on the "
            "area in the past 48 hours.")
    assert ("regime", 13) in totals(text)


# --- "The report added that N ..." right after a total --------------------------------------------------------------

_ADDED = ("The network said in its monthly report that it had documented the deaths of 90 civilians in Syria in May 2023. "
          "According to the report, regime forces killed 30 civilians, while Russian forces killed five civilians.\n"
          "The report added that 55 civilians were killed by other parties, including landmines and unknown gunmen.")


def test_a_figure_the_report_adds_after_a_total_is_a_total() -> None:
    assert ("civilians", 55) in totals(_ADDED)


def test_an_event_the_report_adds_after_a_total_stays_an_incident() -> None:
    text = _ADDED.replace("55 civilians were killed by other parties, including landmines and unknown gunmen",
                          "four civilians were killed in an ambush near Nawa on Monday")
    assert ("civilians", 4) not in totals(text)


# --- a count of events in a sentence of statistics, with their dead after it ------------------------------------------

def test_dead_of_counted_events_in_a_statistics_sentence_are_a_total() -> None:
    text = ("According to the monitor's statistics, the number of ISIS ambushes in the desert since early 2023 has risen "
            "to 37, which have left 64 people dead.")
    assert ("unknown", 64) in totals(text)


def test_a_statistics_header_of_people_split_after_it_gives_the_parts() -> None:
    text = ("According to the monitor's statistics, 64 people were killed in the desert since early 2023:\n"
            "- 40 regime soldiers\n"
            "- 24 civilians")
    found = totals(text)
    assert ("unknown", 64) not in found
    assert ("regime", 40) in found


# --- people of a labelled line told one by one after its colon ---------------------------------------------------------

_DAILY = ("The monitor has documented the deaths of 11 people across Syria on Sunday, 4 June 2023. They are:\n\n"
          "- Five civilians: two women killed by regime shelling on Kansafra in Idlib countryside; a man shot dead by "
          "unknown gunmen in Tafas in Daraa countryside; and two children killed by a landmine near Maadan in Raqqa "
          "countryside.\n"
          "- Six regime soldiers, killed in an ISIS attack in the desert of Homs.")


def test_people_told_one_by_one_after_a_lines_colon_are_no_totals() -> None:
    found = totals(_DAILY)
    assert ("civilians", 5) in found
    assert ("civilians", 2) not in found
    assert ("unknown", 1) not in found


def test_area_figures_after_a_colon_stay_totals() -> None:
    text = ("The monitor has documented the deaths of 95 regime soldiers in the desert since early 2023. Regime losses "
            "were distributed by area as follows: Homs desert: 50; Hama desert: 30; Raqqa desert: 15.")
    found = totals(text)
    assert ("regime", 30) in found
    assert ("regime", 15) in found


def test_lines_by_killer_after_a_prose_colon_stay_totals() -> None:
    text = ("During May 2023, 30 civilians died in Daraa: 12 were shot dead by unknown gunmen, 10 were killed by regime "
            "shelling and 8 by landmines.")
    found = totals(text)
    assert ("civilians", 12) in found
    assert ("civilians", 10) in found


def test_dead_recalled_in_a_window_sentence_add_no_incident() -> None:
    text = ("Regime shelling killed three soldiers of the SDF in the village of Tal Tamr on Friday.\n\n"
            "The monitor confirmed the deaths of the three soldiers, and said regime forces had fired dozens of rockets "
            "on the area in the past 48 hours.")
    assert len(row(text)["incidents"]) == 1
