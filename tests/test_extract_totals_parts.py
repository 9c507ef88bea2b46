"""Period totals, fifth pass: lines that detail the circumstances of a total are its parts, one victim dated by a month
is an incident, and groups joined by "as well as" / "in addition to" after a finished clause are totals of their own
(sentences written for these tests)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.totals import is_period_total
from observatory.models import Report


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in to_contract("t", extract_report(Report(text=text)))["totals"]}


DETAILS = (
    "Monthly toll | 50 deaths in the eastern region in March\n\n"
    "In March 2024, the monitor documented the death of 50 people in the eastern region; the deaths are as follows:\n\n"
    "Civilian fatalities\n\n"
    "30 civilians, including four children. We give further details about their killings below:\n\n"
    "  • 14 civilians were killed in shelling on villages.\n\n"
    "  • Nine civilians were killed by landmines.\n\n"
    "  • Seven civilians died in random shootings.\n"
)


def test_detail_lines_of_a_total_are_not_totals_of_their_own() -> None:
    got = totals(DETAILS)
    assert ("civilians", 30) in got
    assert not {("civilians", 14), ("civilians", 9), ("civilians", 7)} & got


def test_lines_without_a_details_header_are_still_totals() -> None:
    text = DETAILS.replace(" We give further details about their killings below:", "")
    assert ("civilians", 14) in totals(text)


def test_one_victim_dated_by_a_month_is_not_a_period_total() -> None:
    assert not is_period_total("In February, a group of gunmen killed a farmer in the countryside and wounded two others.")


def test_many_victims_in_a_month_are_still_a_period_total() -> None:
    assert is_period_total("In February, attacks by gunmen killed 14 farmers in the countryside.")


def test_groups_after_as_well_as_are_totals_of_their_own() -> None:
    text = ("Since the start of 2023, more than 500 regime soldiers have been killed in these attacks, as well as 60 "
            "pro-Iran militia members and more than 200 ISIS members, according to the monitor.")
    assert {("regime", 500), ("pro_iran_foreign", 60), ("isis", 200)} <= totals(text)


def test_with_n_among_the_dead_is_a_part_of_the_figure_before() -> None:
    text = ("Since the start of 2020, the monitor has documented the death of 900 people in the desert, with more than 600 "
            "regime soldiers among the dead.")
    got = totals(text)
    assert ("regime", 600) in got
    assert ("unknown", 900) not in got


def test_a_toll_set_in_iraq_is_not_a_total_of_the_report() -> None:
    text = "In June 2014, the group overran Mosul in northern Iraq, killing more than 1,500 people in the following months."
    assert totals(text) == set()


def test_a_toll_in_syria_that_names_iraqi_fighters_is_still_a_total() -> None:
    text = "Since early 2023, strikes have killed 40 Iraqi militiamen in Syria near the border with Iraq."
    assert ("pro_iran_foreign", 40) in totals(text)
