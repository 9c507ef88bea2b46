"""Totals, fourth pass: clause-aware totals (one event told inside a sentence of totals), statistics lists after a
colon, persons without affiliation in statistics, the title's figures (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.text import Sentence, working_copy
from observatory.extract.totals import event_before_toll, incident_clause, incident_clauses
from observatory.models import Report


def totals(text: str) -> list[tuple[str, int]]:
    return [(t["side"], t["killed"]) for t in to_contract("t", extract_report(Report(text=text)))["totals"]]


def whole(work: str) -> Sentence:
    return Sentence(0, len(work), 0, False, False, True)


RUN_ON = ("The monitor recorded a new operation by ISIS cells in areas held by the SDF east of the Euphrates, where gunmen "
          "shot a member of the SDF dead in the town of Kasra in the western countryside of Deir Ezzor, while the monitor "
          "documented since the start of the campaign 210 fighters of the SDF killed by the cells, and 4 members of the "
          "international coalition were killed in the same areas.")


def test_a_located_event_inside_a_run_on_sentence_of_totals_is_not_a_total() -> None:
    assert sorted(totals(RUN_ON)) == [("coalition", 4), ("sdf", 210)]


def test_incident_clauses_names_the_clause_of_one_event() -> None:
    work = working_copy(RUN_ON)
    found = [work[c.start:c.end] for c in incident_clauses(work, whole(work))]
    assert len(found) == 1 and "town of Kasra" in found[0]


def test_a_clause_that_tallies_is_not_an_incident_clause() -> None:
    work = working_copy("where the monitor documented these cells assassinating 81 civilians in the eastern countryside of Deir Ezzor")
    assert not incident_clause(work, whole(work))


def test_one_event_then_raising_the_toll_gives_only_the_running_total() -> None:
    text = ("A regime soldier was killed by ISIS sniper fire in al-Sukhnah desert, raising the death toll of regime forces "
            "in the desert since the beginning of the year to 76.")
    assert totals(text) == [("regime", 76)]
    work = working_copy(text)
    part = event_before_toll(work, whole(work))
    assert part is not None and work[part.start:part.end].endswith("al-Sukhnah desert")


def test_a_list_after_a_colon_with_a_place_phrase_breaks_the_figure_down() -> None:
    text = ("Since early 2024, the monitor has documented 120 fatalities in the Syrian desert: 80 regime soldiers, "
            "30 ISIS members and 10 civilians.")
    assert totals(text) == [("regime", 80), ("isis", 30), ("civilians", 10)]


def test_a_driver_in_a_statistics_line_is_unknown() -> None:
    text = ("Turkish drone title line\n\nThus, the number of attacks that Turkish drones have launched against regions run by "
            "the Autonomous Administration since early 2022 has increased to 14. These attacks left 9 fatalities: two civilians, "
            "six military personnel and a driver.")
    assert sorted(totals(text)) == [("civilians", 2), ("sdf", 6), ("unknown", 1)]


def test_a_one_victim_title_does_not_name_a_person_in_the_statistics() -> None:
    text = ("Turkish drone kills SDF commander near Amuda\n\nSince the start of 2022, Turkey has flown 14 drone raids against "
            "regions run by the Autonomous Administration, which left a driver and four military personnel dead.")
    assert ("sdf", 1) not in totals(text)


def test_civilians_are_not_a_part_of_combatants() -> None:
    text = ("Since early 2023, Turkish drones have carried out 26 attacks in Aleppo countryside, which left 19 combatants "
            "including three of the YPG, three regime soldiers and three civilians dead.")
    assert ("civilians", 3) in totals(text)


# --- a period cue that belongs to no toll ----------------------------------------------------------------------------

def test_an_ordinal_count_of_attacks_since_a_date_does_not_make_the_toll_a_total() -> None:
    assert totals("ISIS cells killed 2 SDF members in an attack in Thiban on Monday, in the 25th attack since the beginning "
                  "of the year.") == []


def test_so_far_about_the_missing_does_not_make_the_toll_a_total() -> None:
    assert totals("ISIS cells attacked a regime position near Palmyra on Monday, killing 4 soldiers, while the fate of "
                  "2 others remains unknown so far.") == []


def test_background_since_a_year_in_a_clause_without_a_toll_is_not_a_total() -> None:
    assert totals("A landmine left by ISIS exploded near Maadan on Tuesday, killing 2 children, in an area that has seen "
                  "dozens of such deaths since 2019.") == []


def test_a_participle_describing_a_force_since_a_year_is_not_a_period() -> None:
    assert totals("The regime forces, deployed in the area since 2018, were attacked by ISIS cells near al-Sukhnah on "
                  "Monday, killing 3 soldiers.") == []


def test_a_day_and_a_running_toll_in_one_sentence_keep_the_running_total() -> None:
    assert totals("A soldier was killed on Monday, bringing the death toll since March to 1,500 soldiers.") == [("regime", 1500)]
    assert totals("On Saturday, the monitor documented 13 regime soldiers killed in the past 24 hours.") == [("regime", 13)]


def test_the_doer_of_the_attacks_is_not_the_side_of_the_running_total() -> None:
    text = "Accordingly, the number of regime soldiers killed in ISIS attacks since early 2023 has risen to 140."
    assert totals(text) == [("regime", 140)]


def test_a_dated_event_before_a_clause_of_totals_is_not_a_total() -> None:
    text = ("Israeli strikes killed 14 Iranian-backed militiamen in Deir Ezzor on Wednesday, the monitor said, adding that "
            "the number of militiamen killed in Israeli strikes in Syria this year rose to 120.")
    assert totals(text) == [("pro_iran_foreign", 120)]
    work = working_copy(text)
    part = event_before_toll(work, whole(work))
    assert part is not None and "on Wednesday" in work[part.start:part.end] and "120" not in work[part.start:part.end]


def test_a_sentence_without_clauses_has_no_event_part() -> None:
    work = working_copy("The number of soldiers killed since early 2023 has risen to 140.")
    assert event_before_toll(work, whole(work)) is None


def test_a_fronted_period_keeps_the_toll_a_total_despite_a_dated_latest_victim() -> None:
    text = ("Since the beginning of the month, Turkish drones have killed 12 SDF fighters, the latest being a commander "
            "killed in Qamishli on Friday.")
    assert totals(text) == [("sdf", 12)]


def test_a_list_separated_by_semicolons_with_nested_breakdowns() -> None:
    text = ("The monitor documented the death of 150 people in November 2022 across regime-held areas, distributed as "
            "follows: 40 civilians, including 5 children; 60 regime soldiers; 50 members of the Iranian-backed militias.")
    row = to_contract("t", extract_report(Report(text=text)))
    assert [(t["side"], t["killed"], t["of_which"]) for t in row["totals"]] == [
        ("civilians", 40, {"children": 5}), ("regime", 60, {}), ("pro_iran_foreign", 50, {})]


def test_a_contrasting_clause_with_one_located_event_is_not_part_of_a_short_window_total() -> None:
    text = ("Over the last 24 hours, the clashes have cost the lives of 8 regime soldiers and 17 ISIS members, while a "
            "civilian died on Monday by a landmine in the town of Sarmin.")
    assert totals(text) == [("regime", 8), ("isis", 17)]
    work = working_copy(text)
    found = [work[c.start:c.end] for c in incident_clauses(work, whole(work))]
    assert len(found) == 1 and found[0].startswith("while a civilian")


def test_one_event_dated_by_a_month_is_still_not_a_total() -> None:
    assert totals("In June, a car bomb at the market left more than 40 people dead.") == []


# --- the period of a total ------------------------------------------------------------------------------------------

def periods(text: str) -> list[tuple[str, int, str | None]]:
    return [(t["side"], t["killed"], t["since"]) for t in to_contract("t", extract_report(Report(text=text)))["totals"]]


def test_a_figureless_sentence_gives_its_period_to_the_figures_after_it() -> None:
    text = ("Since early 2024, the monitor has reported 31 airstrikes that Turkish drones launched on regions run by the "
            "Autonomous Administration. These attacks killed 17 persons.\nThe fatalities are distributed as follows:\n"
            "* 14 members of military formations in the SDF's regions.\n* Two regime soldiers.\n* One civilian.")
    assert periods(text) == [("sdf", 14, "2024-01-01"), ("regime", 2, "2024-01-01"), ("civilians", 1, "2024-01-01")]


def test_a_list_header_in_a_year_dates_its_lines_from_the_first_of_january() -> None:
    text = ("Below, a regional distribution of the operations ISIS mounted in 2023:\n-Raqqa desert: 12 attacks killed 58 "
            "people:\n• 37 civilians.\n• 21 combatants.")
    assert ("civilians", 37, "2023-01-01") in periods(text)


def test_a_curfew_period_inside_a_run_on_sentence_is_not_the_period_of_its_totals() -> None:
    text = ("The monitor recorded a new operation by ISIS cells in areas held by the SDF east of the Euphrates, while the "
            "monitor learned that the council has imposed a curfew in several villages of the eastern countryside, from "
            "8:00 pm until 6:00 am, for the days between the 2nd of June 2019 and the 14th of June 2019, where the monitor "
            "documented the cells assassinating 81 civilians and 210 fighters of the SDF in the same areas.")
    assert sorted(periods(text)) == [("civilians", 81, None), ("sdf", 210, None)]


def test_a_dated_event_then_a_clause_of_totals_after_a_semicolon() -> None:
    text = ("Meanwhile, ISIS killed 3 shepherds in the Hama desert yesterday; the organization has killed 60 truffle hunters "
            "since the beginning of the season.")
    assert totals(text) == [("civilians", 60)]
