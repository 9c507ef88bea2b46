"""Totals: running totals and the periods of totals.

* running totals of a side or of people, two running totals in one sentence, running totals told as losses, of the
  injured, or before an injured clause;
* periods: "the same period", each figure with its own period, quarters and first months of a year, "since" a day
  without a year, the period named first, the start of the war as background or compared with a year;
* "so far", tolls reported before they rose, earlier period totals, deaths of other years.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from totals_cases import full, row, totals

SAME_PERIOD = [
    ("The monitor documented the killing of 28 regime soldiers during June 2021 in ISIS attacks in the desert.\n\n"
     "In the same month, 11 ISIS members were killed in clashes and Russian strikes.",
     [("isis", 11, "2021-06-01"), ("regime", 28, "2021-06-01")]),
    ("Since March 24, 2019, 1,120 regime soldiers have been killed in the Badia.\n\n"
     "Over the same period, 640 ISIS members died in airstrikes and clashes.",
     [("isis", 640, "2019-03-24"), ("regime", 1120, "2019-03-24")]),
    ("In 2020, the monitor counted the deaths of 77 SDF members in Deir ez-Zor.\n\n"
     "During the same year, 19 civilians were killed in ISIS attacks in the province.",
     [("civilians", 19, "2020-01-01"), ("sdf", 77, "2020-01-01")]),
]


RUNNING = [
    ("The attack brings the number of regime soldiers and loyal militiamen killed since March 24, 2019 to 1,502, "
     "including three Russians and 160 non-Syrian militiamen.", ("regime", 1502, {"russia": 3, "pro_iran_foreign": 160})),
    ("This raises the total of SDF fighters killed by Turkish drones since the start of 2022 to 94, including 6 "
     "women.", ("sdf", 94, {"women": 6})),
    ("These deaths bring the tally of civilians killed in Idlib since early 2023 to 233, including 70 children and "
     "41 women.", ("civilians", 233, {"children": 70, "women": 41})),
]


COUNTED = [
    ("The Badia has witnessed a sharp escalation over the past 48 hours. SOHR has documented the death of 9 regime "
     "soldiers and 14 civilians in ISIS attacks and mine blasts.", [("civilians", 14), ("regime", 9)]),
    ("Fighting has flared in the Idlib countryside since the beginning of the week. The monitor recorded the deaths of "
     "23 HTS fighters and 17 regime soldiers in the clashes and shelling.", [("hts_rebels", 23), ("regime", 17)]),
    ("In 2022, 88 SDF members were killed in ISIS attacks in Deir ez-Zor.\n\nThe toll among civilians was also high: "
     "the monitor documented the death of 35 civilians, including 9 children, in attacks and explosions.",
     [("civilians", 35), ("sdf", 88)]),
]


OWN_PERIODS = [
    ("The network said that 1,180 civilians, including 210 children, were killed in 2022, adding that 64 civilians were "
     "killed in December 2022.", [("civilians", 64, "2022-12-01"), ("civilians", 1180, "2022-01-01")]),
    ("The monitor counted 830 SDF members killed since the start of 2020 and 41 SDF members killed during March 2023.",
     [("sdf", 41, "2023-03-01"), ("sdf", 830, "2020-01-01")]),
    ("The monitor recorded the deaths of 95 regime soldiers during 2023, while 12 soldiers were killed in the first "
     "half of 2024.",
     [("regime", 12, "2024-01-01"), ("regime", 95, "2023-01-01")]),
]


WAR_TOLLS = [
    "The war in Syria has killed more than 612,000 people since it started in 2011, the monitor said.",
    "Since the conflict broke out in 2011, at least 230,224 civilians have been killed, the network said.",
    "More than 1,100,000 people have been killed or gone missing since the start of the war, the monitor said.",
]


PERIOD_WORDS = [
    ("The fighting has claimed 2,400 lives this year, the monitor said. Its data show that 900 of the dead were "
     "civilians.", "2024-01-01"),
    ("Since the beginning of the week, the monitor has documented the death of 17 SDF members in Deir ez-Zor.",
     "2024-03-11"),
    ("In the first half of 2024, the monitor registered the deaths of 66 regime soldiers in the desert.", "2024-01-01"),
]


SUPERSEDED = [
    ("The toll of the drone strike on a fuel depot near al-Mayadin last night has risen to 14 militiamen of Iraqi "
     "nationality. Earlier, the monitor reported that nine militiamen had been killed in the strikes."),
    ("The death toll of this morning's shelling on the market of Jisr al-Shughur has risen to 12 civilians. The monitor "
     "had previously reported 7 deaths in the bombardments."),
    ("Regime artillery shelled the village of Maarzaf yesterday, and the toll climbed to six soldiers of the SDF. "
     "Initially, sources reported that four fighters were killed in the attacks."),
]


MURDER_COUNTS = [
    ("Two more residents were found stabbed in their tents, and the number of murders in the camp since early 2022 "
     "rises to 35, including 11 women and four children, the monitor said.", ("unknown", 35)),
    ("With these deaths, the number of killings by unknown gunmen in the countryside of Deir ez-Zor since the start of "
     "the year rises to 57.", ("unknown", 57)),
    ("A man was shot dead in the town of Busra, raising the number of killings in the eastern countryside of Daraa since "
     "January to 18.", ("unknown", 18)),
]


def periods(text: str) -> list[tuple[str, int, str | None, str | None]]:
    return sorted((t["side"], t["killed"], t["since"], t["until"]) for t in row(text)["totals"])


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD)
def test_same_period_keeps_period_of_total_before(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2021-07-02")["totals"]) == expected


def test_same_period_without_total_before_is_no_total() -> None:
    text = "In the same month, gunmen shot dead a shepherd near the town of Nawa on Monday."
    assert totals(text, "2021-07-02") == []


@pytest.mark.parametrize(("text", "expected"), RUNNING)
def test_running_total_side_after_number_of(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    result = row(text, "2023-09-01")["totals"]
    assert [(t["side"], t["killed"], t["of_which"]) for t in result] == [expected]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_toll_after_period(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-02-10") == expected


def test_year_compared_with_war_is_a_year_total() -> None:
    text = ("The conflict killed 2,900 people in 2022, the lowest yearly toll since the war began in 2011. The monitor "
            "said the dead included 1,300 civilians and 1,600 combatants of all sides.")
    assert full(text, "2022-12-31")[0][:3] == ("civilians", 1300, "2022-01-01")


def test_whole_war_toll_is_still_background() -> None:
    text = "Since the war began in 2011, more than 500,000 people have been killed, the monitor said."
    assert totals(text, "2022-12-31") == []


@pytest.mark.parametrize(("text", "expected"), OWN_PERIODS)
def test_each_figure_takes_its_own_period(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2024-07-01")["totals"]) == expected


def test_one_period_for_the_whole_sentence() -> None:
    text = "During 2023, the monitor documented the death of 95 regime soldiers and 40 ISIS members in the desert."
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2024-07-01")["totals"]) == [
        ("isis", 40, "2023-01-01"), ("regime", 95, "2023-01-01")]


def test_war_start_in_side_clause_is_not_the_period() -> None:
    text = ("The network said that 1,180 civilians were killed in 2022, noting that the killing of Syrians has gone on "
            "since March 2011.")
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2023-01-01")["totals"]) == [
        ("civilians", 1180, "2022-01-01")]


@pytest.mark.parametrize("text", WAR_TOLLS)
def test_whole_war_tolls_with_thousands_are_background(text: str) -> None:
    assert totals(text, "2024-03-15") == []


@pytest.mark.parametrize(("text", "since"), PERIOD_WORDS)
def test_period_words(text: str, since: str) -> None:
    assert {t["since"] for t in row(text, "2024-03-15")["totals"]} == {since}


def test_later_this_year_is_no_period() -> None:
    text = "Later this year, the monitor said, it will publish its count of the 66 soldiers killed in an ambush in May."
    assert totals(text, "2024-03-15") == []


@pytest.mark.parametrize("text", SUPERSEDED)
def test_toll_reported_before_it_rose_is_no_total(text: str) -> None:
    assert totals(text, "2023-06-01") == []


def test_earlier_period_total_stays() -> None:
    text = "Earlier this week the monitor said that 40 ISIS members have been killed in Russian airstrikes since early May."
    assert totals(text, "2023-06-01") == [("isis", 40)]


@pytest.mark.parametrize(("text", "expected"), MURDER_COUNTS)
def test_running_count_of_murders_is_unknown(text: str, expected: tuple[str, int]) -> None:
    assert expected in totals(text, "2023-05-01")


def test_running_count_of_civilian_dead_keeps_side() -> None:
    text = "Since January 2023, the number of civilians killed by Turkish drone strikes in Hasakah has risen to 40."
    assert totals(text, "2023-05-01") == [("civilians", 40)]


def test_earlier_this_month_is_no_superseded_toll() -> None:
    text = "Earlier this month, the monitor said that 230 ISIS members were killed in Russian airstrikes in 2022."
    assert totals(text, "2023-01-20") == [("isis", 230)]


def test_running_total_of_a_named_side_keeps_it() -> None:
    text = ("Thereby, the number of members of the regime forces killed by ISIS cells in the desert since the start of "
            "the year rises to 58.")
    assert totals(text, "2023-05-01") == [("regime", 58)]


def test_deaths_of_other_years_stay_out() -> None:
    text = ("The toll of 2022 is lower than before, with 7,200 deaths reported in 2020, compared with over 9,000 deaths in "
            "2021.")
    found = totals(text)
    assert ("unknown", 7200) not in found
    assert ("unknown", 9000) not in found


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


def test_large_toll_of_a_period_stays_a_total() -> None:
    text = "Regime airstrikes have killed 140 civilians in Idlib since the start of the month, the monitor said on Tuesday."
    assert ("civilians", 140) in totals(text)


def test_running_figure_with_shares_and_an_addition_stays() -> None:
    text = ("Accordingly, the number of people killed in Rukban camp since the beginning of 2022 has risen to 52, among them "
            "30 displaced civilians, eight of them children, killed by gunfire and stabbing, in addition to a nurse of the "
            "camp's clinic.")
    assert ("unknown", 52) in totals(text)


def test_losses_of_named_after_losses_of() -> None:
    text = "The losses of the SDF in the clashes with tribal gunmen since early August have risen to 58 fighters."
    assert ("sdf", 58) in totals(text)


def test_second_running_total_told_as_losses() -> None:
    text = ("Since March 24, 2019, the death toll among ISIS members has risen to 4,870, while regime losses in the same "
            "period have reached 3,950.")
    found = totals(text)
    assert ("isis", 4870) in found
    assert ("regime", 3950) in found


def test_year_after_over_is_no_figure() -> None:
    text = "The monitor documented the deaths of 1,450 civilians across Syria over 2020, including 320 children."
    found = totals(text)
    assert found == [("civilians", 1450)]
    assert [t["of_which"] for t in row(text)["totals"]] == [{"children": 320}]


def test_bare_running_figure_of_four_digits_stays() -> None:
    text = "The number of regime soldiers killed by ISIS in the desert since March 2019 has risen to more than 2,010."
    assert ("regime", 2010) in totals(text)


def test_running_total_before_an_injured_clause_stays_dead() -> None:
    text = ("Thus, the number of civilians killed in the shelling of the enclave since 5 April 2023 has risen to 230, "
            "including 40 children, while over 900 others have been wounded.")
    assert ("civilians", 230) in totals(text)


def test_running_total_of_injured_is_no_total() -> None:
    text = "Thus, the number of civilians wounded in the shelling of the enclave since 5 April 2023 has risen to 230."
    assert ("civilians", 230) not in totals(text)


def test_a_second_toll_of_the_period_after_a_total_stays_a_total() -> None:
    text = ("The monitor has documented the deaths of 12 civilians in regime airstrikes on Idlib since early 2023. "
            "In the same period, ISIS cells killed 30 regime soldiers in ambushes in the desert.")
    assert ("regime", 30) in totals(text)


def test_period_toll_ranked_against_other_years_stays_a_total() -> None:
    text = "Since the start of 2023, Turkish drones have killed 41 SDF fighters, one of the deadliest such campaigns since 2019."
    assert totals(text) == [("sdf", 41)]


def test_comparison_since_is_not_the_period() -> None:
    text = "In March, Turkish drones killed 23 SDF fighters in the northeast, the deadliest month for the force since 2019."
    assert periods(text) == [("sdf", 23, "2023-03-01", "2023-03-31")]


def test_battle_toll_so_far_is_no_total() -> None:
    text = ("Clashes have been raging since the early morning between regime forces and HTS on the Saraqib axis. SOHR "
            "has documented the deaths of nine regime soldiers and 11 HTS fighters in the fighting so far.")
    assert totals(text) == []


def test_so_far_with_a_period_stays_a_total() -> None:
    text = ("SOHR has documented the deaths of 64 regime soldiers and 80 HTS fighters in the fighting so far since the "
            "start of the offensive on the 2nd of May.")
    assert totals(text) == [("hts_rebels", 80), ("regime", 64)]


def test_quarter_of_a_year_is_the_period() -> None:
    text = "In the second quarter of 2022, SOHR documented the deaths of 140 civilians across the northwest."
    assert periods(text) == [("civilians", 140, "2022-04-01", "2022-06-30")]


def test_first_months_of_a_year_make_a_period_total() -> None:
    text = ("During the first four months of 2022, Turkish drones carried out 37 strikes in the northeast, killing 26 SDF "
            "members and nine civilians.")
    assert periods(text) == [("civilians", 9, "2022-01-01", "2022-04-30"), ("sdf", 26, "2022-01-01", "2022-04-30")]


def test_recalled_dead_before_running_total_are_not_a_total() -> None:
    text = ("ISIS cells attacked a checkpoint near al-Sukhnah, killing three soldiers. With the deaths of the three "
            "soldiers, the number of regime personnel killed by the cells since the beginning of the year rises to 61.")
    assert totals(text) == [("regime", 61)]


def test_since_start_on_day_without_year() -> None:
    text = ("The death toll among civilians since the start of the offensive on October 14 has reached 57, the monitor "
            "said.")
    assert periods(text) == [("civilians", 57, "2022-10-14", None)]


def test_over_the_course_of_a_year() -> None:
    text = "Over the course of 2021, 87 civilians were killed by landmines and explosive remnants across Syria."
    assert periods(text) == [("civilians", 87, "2021-01-01", "2021-12-31")]


def test_since_an_event_began_in_a_month_is_open() -> None:
    text = ("SOHR documented two deaths today, bringing the number of people killed in Jaramana since the clashes erupted "
            "in March to 31.")
    assert periods(text) == [("unknown", 31, "2023-03-01", None)]


def test_since_a_day_without_year() -> None:
    text = ("The total death toll of the fighting in Deir ez-Zor since August 27 stands at 41: 15 SDF fighters, 20 "
            "gunmen of the tribes and six civilians.")
    assert {t["since"] for t in row(text)["totals"]} == {"2022-08-27"}


def test_number_killed_in_attacks_since_a_date_has_risen_is_a_total() -> None:
    text = ("The number of people killed in the attacks of ISIS cells in the desert since the start of 2022 has risen "
            "to 215.")
    assert totals(text) == [("unknown", 215)]


def test_between_two_dates_claimed_the_lives_of() -> None:
    text = ("Between February 1 and April 30, 2022, the monitor documented 51 assassinations by unidentified gunmen in "
            "rural Deir ez-Zor that claimed the lives of 44 people.")
    assert totals(text) == [("unknown", 44)]


def test_running_figure_of_two_sides_gives_its_parts() -> None:
    text = ("Thereby, the number of regime soldiers and SDF fighters killed by Turkish drones since the start of "
            "the year rises to 30, they are: 18 regime soldiers and 12 SDF fighters.")
    assert totals(text) == [("regime", 18), ("sdf", 12)]


def test_running_figure_of_one_side_named_twice_stays() -> None:
    text = ("Thereby, the number of regime soldiers and officers killed by ISIS since the start of the year rises "
            "to 30, SOHR said.")
    assert totals(text) == [("regime", 30)]


def test_period_named_first_wins_over_a_later_month() -> None:
    text = ("As the year draws to a close, the monitor has recorded the deaths of 5,100 civilians across Syria in 2021, "
            "the lowest yearly toll since the start of the war, as the truce in Idlib that came into force in March and "
            "calmer fronts reduced the number of victims.")
    assert [t["since"] for t in row(text)["totals"]] == ["2021-01-01"]


def test_period_named_alone_stays() -> None:
    text = "The monitor has recorded the deaths of 410 civilians across Syria in March, its monthly report says."
    assert [t["since"] for t in row(text)["totals"]] == ["2023-03-01"]


def test_war_start_with_its_month_is_no_period() -> None:
    text = ("SOHR documented the death of 4,000 civilians across Syria in 2023, the lowest annual toll since the "
            "outbreak of the Syrian revolution in March 2011.")
    assert [t["since"] for t in row(text)["totals"]] == ["2023-01-01"]
