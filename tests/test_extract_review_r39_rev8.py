"""Review of round 39 (rev8): look-alikes of the large-wounded, along-with and day-rise rules that must keep their old
reading. Every sentence here was written for these tests; the places are real Syrian names, the events invented."""

from __future__ import annotations

from casualty_cases import T, run
from contract_rows import contract, total_pairs


def test_many_wounded_in_the_raids_of_a_week_are_no_incident() -> None:
    text = ("Regime jets have stepped up their bombing of southern Idlib over the past week. The raids also wounded "
            "more than 250 people, the monitor said, while thousands of families fled north.")
    assert all(i["injured"] == {} for i in run(T + text)["incidents"])


def test_many_wounded_in_the_raids_of_a_week_told_before_a_day_are_no_incident() -> None:
    text = ("Since the start of the week, regime jets have carried out dozens of raids on Jabal al-Zawiya. On Tuesday, "
            "jets struck Kansafra, killing 8 civilians. The raids also wounded more than 120 civilians, SOHR said.")
    assert all(i["injured"] == {} for i in run(T + text)["incidents"])


def test_many_wounded_of_one_strike_in_the_past_hour_stay_the_strike_s() -> None:
    text = ("Regime jets struck a crowded market in Ariha in the past hour, killing at least 30 civilians. The raids "
            "also wounded more than 110 people, SOHR said.")
    assert sum(sum(i["injured"].values()) for i in run(T + text)["incidents"]) == 110


def test_killers_along_with_him_are_not_of_his_side() -> None:
    text = ("Unknown gunmen opened fire on a former rebel commander in Tafas town in Daraa countryside on Monday, "
            "killing him, along with two of the gunmen.")
    assert [i["killed"] for i in run(T + text)["incidents"]] == [{"hts_rebels": 1}]


def test_day_rise_on_two_towns_stays_a_joint_total() -> None:
    text = ("Strikes on two towns\n\nSOHR said the number of people killed in the Russian airstrikes on Maarat "
            "al-Numan and Saraqib today has risen to 40, among them 9 children.")
    assert total_pairs(contract(text)) == [("unknown", 40)]


def test_day_rise_on_a_city_and_its_countryside_stays_a_total() -> None:
    text = ("Strikes on Aleppo\n\nThe monitor documented a rise in the number of people killed in the strikes on "
            "Aleppo city and its countryside last night to 27.")
    assert total_pairs(contract(text)) == [("unknown", 27)]


def test_day_rise_over_two_days_stays_a_total() -> None:
    text = ("Turkish strikes\n\nThe number of people killed in the Turkish airstrikes on northeast Syria on Monday and "
            "Tuesday has climbed to 37, SOHR said, including 12 civilians.")
    assert ("unknown", 37) in total_pairs(contract(text))


def test_passers_by_with_their_own_verb_are_wounded_not_killed() -> None:
    text = ("A drone targeted a car on the road to Sarmada on Friday, killing him, and two civilians passing by were "
            "injured.")
    row = run(T + text)
    assert sum(sum(i["injured"].values()) for i in row["incidents"]) == 2
    assert sum(sum(i["killed"].values()) for i in row["incidents"]) == 1
