"""Running and period totals: phrasing, periods, overall figures and their parts (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.totals import is_period_total
from observatory.models import Report


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=text)))


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in run(text)["totals"]}


def incident_killed(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in run(text)["incidents"]:
        for side, n in incident["killed"].items():
            out[side] = out.get(side, 0) + n
    return out


# --- running totals ----------------------------------------------------------------------------------------------

def test_rises_to_with_since_date_and_breakdown() -> None:
    text = ("Thereby, the number of regime soldiers killed since the 2nd of May 2020 rises to 1,204, "
            "including at least three Russians.")
    row = run(text)
    assert [(t["side"], t["killed"], t["since"], t["of_which"]) for t in row["totals"]] == [
        ("regime", 1204, "2020-05-02", {"russia": 3})]
    assert row["incidents"] == []


def test_bringing_the_total_number_so_far_to() -> None:
    text = "The officer succumbed to his injuries, and his death brought the total number of soldiers Russia has lost in Syria so far to 51."
    assert totals(text) == {("russia", 51)}


def test_reached_after_a_long_subject() -> None:
    text = ("Thus, the number of losses recorded on the government side over the months from early August 2021 until today "
            "reached 287 regime soldiers and loyal militiamen.")
    assert totals(text) == {("regime", 287)}


def test_in_the_same_period_keeps_the_block() -> None:
    text = "Since early 2022, ISIS has killed 55 regime soldiers in the desert. 18 ISIS members were killed in the same period."
    row = run(text)
    assert {(t["side"], t["killed"], t["since"]) for t in row["totals"]} == {
        ("regime", 55, "2022-01-01"), ("isis", 18, "2022-01-01")}


def test_a_continuation_sentence_keeps_the_period() -> None:
    text = ("Since the 11th of May 2019, the monitor has counted 640 regime soldiers killed.\n"
            "And Russian warplanes killed 115 ISIS members.")
    assert {(t["side"], t["since"]) for t in run(text)["totals"]} == {("regime", "2019-05-11"), ("isis", "2019-05-11")}


def test_two_tolls_rising_in_one_sentence_take_their_own_sides() -> None:
    text = ("The death toll of the regime forces rose to 23, while the death toll of HTS fighters since midnight "
            "increased to 14.")
    assert totals(text) == {("regime", 23), ("hts_rebels", 14)}


# --- overall figures and their parts -----------------------------------------------------------------------------

def test_overall_figure_with_one_part_by_side() -> None:
    text = "Since early October, SOHR has documented the death of 58 persons, including two civilians, in 12 ISIS attacks."
    assert totals(text) == {("civilians", 2)}


def test_overall_figure_followed_by_its_distribution() -> None:
    text = ("Turkish drones have carried out 19 strikes on areas controlled by the Autonomous Administration since early 2022. "
            "These attacks killed 17 persons. The fatalities are distributed as follows:\n"
            "* 11 members of the SDF.\n* Four regime soldiers.\n* Two civilians.")
    assert totals(text) == {("sdf", 11), ("regime", 4), ("civilians", 2)}


def test_list_after_they_are() -> None:
    text = ("The death toll of the fighting since Monday rose to 70, they are: 45 regime soldiers and 25 fighters "
            "including 9 of HTS.")
    assert totals(text) == {("regime", 45), ("hts_rebels", 25)}


def test_combatants_take_the_side_whose_areas_are_covered() -> None:
    text = ("Since early 2021, Turkish drones have struck areas controlled by the Autonomous Administration 33 times, "
            "leaving 21 military personnel dead.")
    assert totals(text) == {("sdf", 21)}


def test_a_mixed_group_has_no_side() -> None:
    text = "Since the beginning of the year, the campaign has left 190 fighters, civilians, oil workers and officials dead."
    assert totals(text) == set()


def test_whole_war_toll_is_background() -> None:
    text = "More than 500,000 people have died in Syria's war since it began in 2011."
    assert totals(text) == set()


# --- not totals --------------------------------------------------------------------------------------------------

def test_a_total_of_in_one_incident() -> None:
    text = "A car bomb exploded near the market of Jindires on Friday. A total of 16 people were killed in the explosion."
    assert totals(text) == set()
    assert incident_killed(text) == {"unknown": 16}


def test_earlier_this_month_dates_one_event() -> None:
    assert not is_period_total("A landmine exploded in the village of Suwar earlier this month, killing four people.")


def test_a_month_dates_one_event() -> None:
    assert not is_period_total("In March, a truck bombing left more than 40 dead in the town of Ras al-Ain.")
    assert is_period_total("In March, 40 regime soldiers were killed in ISIS attacks.")


def test_joint_toll_of_several_attacks_is_a_total() -> None:
    text = ("ISIS cells attacked a militia camp on Monday and again on Wednesday. "
            "Three ISIS members were killed during the attacks.")
    assert totals(text) == {("isis", 3)}
    assert incident_killed(text) == {}


def test_a_roundup_divided_as_follows_keeps_its_small_documented_figures() -> None:
    text = ("The Death Toll for April\n\n"
            "The network has documented the killing of 540 people in April divided as follows:\n"
            "First: Government forces\n"
            "The network documented the killing of 310 civilians by government forces.\n"
            "Second: ISIS\n"
            "The network documented the killing of 45 civilians including 6 children.")
    assert {("civilians", 310), ("civilians", 45)} <= totals(text)
    assert ("unknown", 540) not in totals(text)


def test_a_rate_in_a_roundup_is_not_a_total() -> None:
    text = "Since early 2020, SOHR has documented 300 deaths under torture. (On average, two people die under torture every day.)"
    assert ("unknown", 2) not in totals(text)


def test_an_overall_figure_opening_a_colon_list() -> None:
    text = ("In 2022, SOHR documented the death of 2,950 people: 1,100 civilians, 1,000 regime soldiers "
            "and 850 fighters of the factions.")
    assert totals(text) == {("civilians", 1100), ("regime", 1000), ("hts_rebels", 850)}


def test_an_overall_figure_of_people_broken_down_by_kind_stays_one_total() -> None:
    text = ("Since early 2023, SOHR has documented 120 murders. These crimes left 131 fatalities: "
            "nine children, 22 women and 100 men.")
    assert totals(text) == {("unknown", 131)}


def test_people_including_women_and_children_stay_people() -> None:
    text = "Since early 2021, SOHR has documented the death of 410 people, including 60 women and 90 children, by landmines."
    row = run(text)
    assert [(t["side"], t["killed"], t["of_which"]) for t in row["totals"]] == [("unknown", 410, {"women": 60, "children": 90})]


def test_a_stated_zero_is_a_total() -> None:
    text = "Since early 2024, Russian jets have carried out 300 airstrikes on the desert, which left no fatalities among ISIS."
    assert totals(text) == {("isis", 0)}


def test_no_casualties_in_one_incident_is_not_a_total() -> None:
    assert totals("A shell hit the town of Ariha on Monday, causing no casualties among civilians.") == set()


def test_since_inside_a_relative_clause_dates_the_group_not_the_figure() -> None:
    text = ("At least 30 soldiers were killed in the ambush near Shoula on Monday, mostly from the Fourth Division, "
            "which has held the province since the end of 2017.")
    assert not is_period_total(text)
    assert is_period_total("Thirteen soldiers were killed on Monday, which brings the number of soldiers killed since January to 300.")
