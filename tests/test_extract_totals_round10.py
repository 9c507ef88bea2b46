"""Totals, round ten: figures of a statistics block counted with no killed word next to them ("It also counted ...",
", they include ..."), sub-lists headed by a labelled line, overall figures of people split by side (in one sentence, in
the lines after, or a rounded headline), counts told as "deaths", after the figure ("raises to N the number of ...") or
as "losses", two running totals in one sentence, "They are: 20 men, ..." after a civilian total, pronoun shares ("Of
them, 70 were civilians ..."), a clause before a colon, stated zeros by a killer, the large toll of one dated attack,
and the day a report was published (paragraphs written for these tests, judged by the conventions of
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def row(text: str, published: str | None = "2023-06-01") -> dict[str, Any]:
    return titled(text, published)


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(row(text))


# --- "It also counted 900 rebel fighters, ...": a counting verb right before the figures gives dead ---------------------

_COUNTED = ("Fighting across Syria left 5,210 people dead in 2019, a monitoring group said on Wednesday.\n"
            "The monitor said the dead included 1,400 civilians, among them 350 children.\n"
            "It also counted 2,100 regime soldiers and loyalist fighters, 900 rebel fighters and 810 members of the Islamic "
            "State group.")


def test_counted_figures_of_a_block_are_totals() -> None:
    found = totals(_COUNTED)
    for pair in [("civilians", 1400), ("regime", 2100), ("hts_rebels", 900), ("isis", 810)]:
        assert pair in found


def test_counted_figures_split_the_headline_of_people() -> None:
    assert ("unknown", 5210) not in totals(_COUNTED)


def test_counted_soldiers_of_one_blast_after_a_total_stay_an_incident() -> None:
    text = ("The monitor has documented the deaths of 75 soldiers in Daraa since the beginning of 2023.\n"
            "It also recorded three soldiers killed in a landmine blast near Nawa.")
    found = totals(text)
    assert ("regime", 75) in found
    assert ("regime", 3) not in found


def test_recorded_events_are_no_dead() -> None:
    text = _COUNTED.replace("It also counted 2,100 regime soldiers and loyalist fighters, 900 rebel fighters and 810 members "
                            "of the Islamic State group.", "It also recorded 2,100 attacks by regime forces and 900 raids.")
    found = totals(text)
    assert ("regime", 2100) not in found
    assert ("unknown", 900) not in found


# --- "Civilians: 1,300, including 300 children:" heads bare lines split by who killed them --------------------------------

_SUBLIST = ("The monitor documented the deaths of 2,950 people across Syria over 2021, distributed as follows:\n"
            "Civilians: 1,300 civilians, among them 300 children and 90 women:\n"
            "- 410, including 70 children, were killed by regime forces.\n"
            "- 22, including six children, by Russian airstrikes.\n"
            "- 130 by unexploded ordnance.\n"
            "- 738 in other circumstances.\n"
            "Combatants:\n"
            "- 950 regime soldiers.\n"
            "- 700 ISIS members.")


def test_bare_lines_under_a_labelled_line_are_totals_of_its_side() -> None:
    found = totals(_SUBLIST)
    for pair in [("civilians", 1300), ("civilians", 410), ("civilians", 22), ("civilians", 130), ("civilians", 738),
                 ("regime", 950), ("isis", 700)]:
        assert pair in found


def test_bare_lines_keep_their_children_as_parts() -> None:
    found = totals(_SUBLIST)
    assert ("civilians", 6) not in found
    assert ("civilians", 70) not in found


def test_bare_lines_under_a_bulleted_figure_stay_kinds_of_deaths() -> None:
    text = ("In March 2022, the monitor documented the following:\n- 30 soldiers of the regime forces:\n"
            "- 12 were killed by ISIS.\n- 18 were killed in other ways.")
    found = totals(text)
    assert ("regime", 30) in found
    assert ("regime", 12) not in found


# --- "has risen to 97, among them 41 civilians ... and 56 SDF members": parts of two sides, whatever side the words
# around the overall figure give it ------------------------------------------------------------------------------------

def test_overall_figure_in_held_areas_gives_its_parts() -> None:
    text = ("According to the monitor, the number of people killed by ISIS cells in regime-held areas since early 2023 has "
            "risen to 64, among them 20 civilians, including four women, and 44 members of regime forces.")
    found = totals(text)
    assert ("civilians", 20) in found
    assert ("regime", 44) in found
    assert ("regime", 64) not in found
    assert ("unknown", 64) not in found


def test_regime_figure_with_parts_of_its_allies_stays() -> None:
    text = ("Since the beginning of 2023, ISIS cells have killed 120 regime soldiers and loyalists in the desert, "
            "among them 100 soldiers and 20 Hezbollah members.")
    assert ("regime", 120) in totals(text)


def test_bare_regime_figure_with_its_foreign_allies_as_parts_stays() -> None:
    text = ("Thereby, the death toll among regime soldiers and loyalists since 24 March 2019 rises to 141, including two "
            "Russians and 139 non-Syrian Iranian-backed militiamen.")
    assert totals(text) == [("regime", 141)]


# --- "43 people ... during the truffle season" read as civilians, then "They are: 35 civilians and 8 soldiers" ---------

def test_people_read_as_civilians_split_in_the_next_sentence() -> None:
    text = ("Since early February 2023, the monitor has documented the deaths of 52 people while picking truffles in "
            "the Syrian desert. They are: 40 civilians, including five children, and 12 soldiers of regime forces.")
    found = totals(text)
    assert ("civilians", 40) in found
    assert ("regime", 12) in found
    assert ("civilians", 52) not in found


def test_civilians_with_parts_of_one_side_stay() -> None:
    text = ("Since early February 2023, the monitor has documented the deaths of 52 civilians while picking truffles in "
            "the Syrian desert. They included 40 men and 12 children.")
    assert ("civilians", 52) in totals(text)


# --- "SOHR has documented 31 deaths in ...": a count of deaths that names no side -------------------------------------

def test_counted_deaths_of_no_side_are_unknown() -> None:
    text = ("SOHR has documented 31 deaths in family feuds and revenge killings in Daraa province since the beginning of "
            "2022, more than the number of soldiers killed in attacks in the same period.")
    found = totals(text)
    assert ("unknown", 31) in found
    assert ("regime", 31) not in found


def test_deaths_among_a_side_keep_that_side() -> None:
    text = "SOHR has documented 31 deaths among regime forces in Daraa province since the beginning of 2022."
    assert ("regime", 31) in totals(text)


def test_deaths_of_other_years_stay_out() -> None:
    text = ("The toll of 2022 is lower than before, with 7,200 deaths reported in 2020, compared with over 9,000 deaths in "
            "2021.")
    found = totals(text)
    assert ("unknown", 7200) not in found
    assert ("unknown", 9000) not in found


# --- "raises to 120 the number of members of the clan killed by ...": the people counted after the figure --------------

def test_people_counted_after_the_figure_are_unknown() -> None:
    text = ("This brings to 120 the number of members of the al-Hassoun clan killed by regime militias since the clashes "
            "broke out three weeks ago.")
    assert ("unknown", 120) in totals(text)


def test_side_counted_after_the_figure_keeps_it() -> None:
    text = ("This brings to 120 the number of regime soldiers killed by ISIS cells in the desert since the beginning of "
            "the year.")
    found = totals(text)
    assert ("regime", 120) in found
    assert ("unknown", 120) not in found


# --- "SNHR today released its report ..., which documents ... in May 2023": the day of publication is no event's day ----

def test_report_released_today_is_a_period_total() -> None:
    assert is_period_total("The network today published its monthly report, which documents the killing of 58 civilians, "
                           "including 11 children, in April 2022.")
    assert is_period_total("The monitor on Sunday issued its annual report, which documents the deaths of 3,600 people "
                           "in 2021.")


def test_one_event_of_today_is_no_period_total() -> None:
    assert not is_period_total("Regime shelling killed four civilians in Ariha today, the monitor published.")
    assert not is_period_total("A landmine killed 3 shepherds in the Hama desert today.")


# --- two running totals in one sentence: the second's "number of"/"toll among" is its own -------------------------------

def test_second_running_total_takes_the_side_named_before_it() -> None:
    text = ("With these losses, the number of SDF fighters killed in the desert since the start of 2023 rises to 85, while "
            "the death toll among ISIS members in the same period rises to 240.")
    found = totals(text)
    assert ("sdf", 85) in found
    assert ("isis", 240) in found
    assert ("sdf", 240) not in found


def test_one_running_total_keeps_its_side() -> None:
    text = "With these losses, the number of SDF fighters killed in the desert since the start of 2023 rises to 85."
    assert totals(text) == [("sdf", 85)]


# --- "On Thursday, drones struck ..., killing 140 people": a large toll of one dated attack is no total -----------------

def test_large_toll_of_one_dated_attack_is_no_total() -> None:
    text = ("On Tuesday, warplanes struck a crowded market in the town of Maarat al-Numan, killing 104 people, 90 civilians "
            "and 14 fighters, according to the monitor.")
    found = totals(text)
    assert ("civilians", 90) not in found
    assert ("unknown", 104) not in found


def test_large_toll_of_a_period_stays_a_total() -> None:
    text = "Regime airstrikes have killed 140 civilians in Idlib since the start of the month, the monitor said on Tuesday."
    assert ("civilians", 140) in totals(text)


# --- "Russian forces killed no civilians this month": a stated zero by that killer --------------------------------------

_BY_KILLER = ("The network documented the killing of 60 civilians in Syria in August 2022. By perpetrator, regime forces "
              "killed 20 civilians, while Russian forces killed no civilians this month. Other parties killed 40 civilians.")


def test_killer_that_killed_no_civilians_gives_a_zero_total() -> None:
    found = row(_BY_KILLER)["totals"]
    assert any(t["side"] == "civilians" and t["killed"] == 0 and t.get("perpetrator") == "russia" for t in found)
    assert ("civilians", 20) in totals(_BY_KILLER)


def test_killed_no_one_in_an_incident_gives_no_total() -> None:
    text = "The blast in Jarablus on Monday killed no one, but injured three workers, the monitor said."
    assert ("civilians", 0) not in totals(text)
    assert ("unknown", 0) not in totals(text)


# --- shares and a figure told beside them that fall short of a running figure of people: the figure stays ---------------

def test_running_figure_with_shares_and_an_addition_stays() -> None:
    text = ("Accordingly, the number of people killed in Rukban camp since the beginning of 2022 has risen to 52, among them "
            "30 displaced civilians, eight of them children, killed by gunfire and stabbing, in addition to a nurse of the "
            "camp's clinic.")
    assert ("unknown", 52) in totals(text)


def test_split_by_side_that_adds_up_gives_its_parts() -> None:
    text = ("Accordingly, the number of people killed in Rukban camp since the beginning of 2022 has risen to 52, among them "
            "30 civilians, in addition to 22 members of regime forces.")
    found = totals(text)
    assert ("unknown", 52) not in found
    assert ("regime", 22) in found


# --- ", they include 45 civilians and 30 soldiers": a colon in words before parts that add up ---------------------------

def test_they_include_parts_that_add_up_split_the_figure() -> None:
    text = ("The monitor documented the deaths of 75 people in Suwayda since the start of 2023, they include 45 civilians "
            "and 30 members of regime forces.")
    found = totals(text)
    assert ("civilians", 45) in found
    assert ("regime", 30) in found
    assert ("unknown", 75) not in found


def test_they_include_parts_that_fall_short_stay_parts() -> None:
    text = ("The monitor documented the deaths of 75 regime soldiers in Suwayda since the start of 2023, they include four "
            "officers.")
    assert ("regime", 75) in totals(text)


# --- "Of them, 70 were civilians and 50 were HTS fighters": shares named by a pronoun ---------------------------------

def test_pronoun_shares_that_say_who_are_totals() -> None:
    text = "The monitor documented 130 fatalities in Idlib in February 2023. Of them, 85 were civilians and 45 were HTS fighters."
    found = totals(text)
    assert ("civilians", 85) in found
    assert ("hts_rebels", 45) in found
    assert ("unknown", 130) not in found


def test_pronoun_shares_that_say_how_are_no_sides() -> None:
    text = ("The monitor documented the deaths of 130 civilians in Idlib in February 2023. Of them, 85 were killed by regime "
            "shelling and 45 were killed by Russian airstrikes.")
    found = totals(text)
    assert ("civilians", 130) in found
    assert ("regime", 85) not in found
    assert ("russia", 45) not in found



# --- "They are: 20 men, 10 children and five women" after a total of civilians: its parts, no total of its own --------

def test_kinds_listed_after_a_civilian_total_are_its_parts() -> None:
    text = ("The monitor has documented the killing of 42 civilians in regime-held areas since the beginning of the month. "
            "They are: 25 men, 11 children and six women.")
    assert totals(text) == [("civilians", 42)]


def test_sides_listed_after_a_total_of_people_are_totals() -> None:
    text = ("The monitor has documented the deaths of 42 people in regime-held areas since the beginning of the month. "
            "They are: 30 civilians and 12 soldiers of regime forces.")
    found = totals(text)
    assert ("civilians", 30) in found
    assert ("regime", 12) in found


# --- "Combatants accounted for the rest: ..." is a clause before a list, not the name of a region ------------------------

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


# --- "regime losses ... have reached 310": a running figure of the side named with "losses" ------------------------------

def test_losses_of_a_side_reaching_a_bare_figure_are_a_total() -> None:
    assert totals("Regime losses in the Syrian desert since the beginning of 2024 have climbed to 265.") == [("regime", 265)]


def test_losses_of_named_after_losses_of() -> None:
    text = "The losses of the SDF in the clashes with tribal gunmen since early August have risen to 58 fighters."
    assert ("sdf", 58) in totals(text)


def test_second_running_total_told_as_losses() -> None:
    text = ("Since March 24, 2019, the death toll among ISIS members has risen to 4,870, while regime losses in the same "
            "period have reached 3,950.")
    found = totals(text)
    assert ("isis", 4870) in found
    assert ("regime", 3950) in found


def test_heavy_losses_of_one_battle_give_no_total() -> None:
    text = "ISIS suffered heavy losses in the battle for al-Sukhnah on Monday, when 26 of its fighters were killed."
    assert totals(text) == []


# --- "More than 9,300 people were killed in 2020 ..." then the exact toll split by side: the rounded headline goes ------

_ROUNDED = ("More than 9,300 people were killed in Syria in 2020, the monitor said on Thursday.\n"
            "The monitor said it had documented 9,342 deaths over the year, including 2,900 civilians.\n"
            "The toll among regime troops reached 2,500, while 1,900 rebel fighters and 2,042 ISIS members were killed.")


def test_rounded_headline_split_by_side_after_it_is_no_total() -> None:
    found = totals(_ROUNDED)
    assert ("unknown", 9300) not in found
    assert ("civilians", 2900) in found
    assert ("isis", 2042) in found


def test_rounded_headline_with_one_share_stays() -> None:
    text = ("More than 9,300 people were killed in Syria in 2020, the monitor said on Thursday.\n"
            "Among them were 2,900 civilians, it said.")
    assert ("unknown", 9300) in totals(text)


# --- "over 2021" is a year, not a figure of more than 2,021 dead --------------------------------------------------------

def test_year_after_over_is_no_figure() -> None:
    text = "The monitor documented the deaths of 1,450 civilians across Syria over 2020, including 320 children."
    found = totals(text)
    assert found == [("civilians", 1450)]
    assert [t["of_which"] for t in row(text)["totals"]] == [{"children": 320}]


def test_bare_running_figure_of_four_digits_stays() -> None:
    text = "The number of regime soldiers killed by ISIS in the desert since March 2019 has risen to more than 2,010."
    assert ("regime", 2010) in totals(text)


# --- "..., distributed by perpetrator as follows:" heads bare lines by killer -------------------------------------------

def test_bare_lines_under_a_split_by_perpetrator_are_totals() -> None:
    text = ("The network documented the killing of 640 civilians in Syria in 2022, distributed by perpetrator as follows:\n"
            "- 210 by Syrian regime forces.\n- 35 by Russian forces.\n- 395 by other parties.")
    found = totals(text)
    for pair in [("civilians", 640), ("civilians", 210), ("civilians", 35), ("civilians", 395)]:
        assert pair in found


def test_toll_among_a_side_that_amounted_to_a_bare_figure() -> None:
    text = "Accordingly, the death toll among ISIS members in Russian airstrikes since the start of the year amounted to 118."
    assert totals(text) == [("isis", 118)]


def test_bare_lines_of_them_under_a_labelled_line_with_a_dash() -> None:
    text = ("SOHR documented the deaths of 2,400 people across Syria in 2023, distributed as follows:\n"
            "Civilians - 900, including 200 children:\n"
            "• 300 of them were killed by regime forces.\n"
            "• 50 of them died in Russian airstrikes.\n"
            "• 550 were killed in other circumstances.")
    found = totals(text)
    for pair in [("civilians", 900), ("civilians", 300), ("civilians", 50), ("civilians", 550)]:
        assert pair in found
    assert ("russia", 550) not in found


# --- "..., 50 of them at the hands of Syrian regime forces and 10 at the hands of Russian forces" -----------------------

def test_shares_at_the_hands_of_a_party_are_totals_by_perpetrator() -> None:
    text = ("The network documented the killing of 95 civilians in Syria in March 2023, 41 of them at the hands of Syrian "
            "regime forces and 12 at the hands of Russian forces.")
    found = {(t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"]}
    assert ("civilians", 41, "regime") in found
    assert ("civilians", 12, "russia") in found
    assert ("civilians", 95, None) in found
