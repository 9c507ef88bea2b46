"""Readings added in round 73 of issue #4, each one construction of the JM-JP written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* A provincial capital named as the city ("in Idlib city") is a town of its own: dead in another town in the next
  sentence are another incident (``incident_sameness.names_a_town_in``).
* "Hajin Municipality" and "Hajin town" are one place (``incident_sameness.place_key`` drops the word naming its kind);
  a lead's "an employee of the Diban civil council", named again as "Ahmad al-Saleh, an employee of the council" on the
  day the next paragraph gives, is the same killing (``incident_named_again.one_named_again``).
* "nine of its members and three civilians": the group's members are no civilians (``casualty_armed_generic``); nor is
  "one of the attackers" of no named side one of the soldiers they killed.
* "two members of the raiding force were wounded": of the side that raided (``casualty_of_the_named``); "a hand grenade
  thrown by the raiding force" is more of the raid (``incident_sameness.DOERS_BACK``).
* "the deadliest single attack on the Turkish army since it first intervened in Syria" is a ranking, no period
  (``segment.RANKED_SINCE``); a toll that "had risen to 32 after one of the wounded died in hospital" is the incident's,
  whatever loose kind of event the rest of the sentence names (``incident_toll_rose``, ``totals_sentences``); so is "the
  death toll had risen to three after a civilian woman and a second Asayish member succumbed", of no one side
  (``casualty_rise_cause``).
* "The death toll ... rose to six on Sunday after a girl died of her wounds", then "killing five civilians": the six
  are civilians (``casualty_rise_one_side``, ``totals_wounded_rise``); "a man and a child ... died of their wounds,
  raising the death toll of the massacre to nine civilians": both are of the nine (``incident_rises``), and the dead
  "in the first hours after the strikes" are the strikes' toll, no total (``learned_totals``).
* "killing its driver, a vegetable seller": a civilian (``casualty_trade_apposed`` reads every trade); "a civilian, a
  woman from Um al-Kaif village" is one person (``casualty_one_apposed``).
* "In March, a staff member of the Kurdish Red Crescent (KRC) was shot dead by ..." is one victim's event
  (``incident_month_event``).
* A quoted count over a period by no party ('"At least 30 camp residents have been murdered since the start of the
  year," the statement said') is a total, not another count of the event told before (``casualty_claims``); a party's
  is still left out (control).
* A title "Former opposition fighter shot dead near Tafas, as toll of attacks since early 2023 rises" is one event's
  news, and a report whose only period title is a "Related:" link has none (``incident_lines``).
* "since the beginning of ISIS attack on Thursday evening, January 20, 2022" and "since the beginning of 2024 until the
  end of May" are periods (``totals_periods``, ``totals_when``); shares by killer told after a total ("regime forces
  were responsible for the deaths of 31 civilians, ..., while Russian airstrikes killed nine civilians") that add up to
  it are its totals (``totals_summed_parts``); "Distribution by perpetrator party:" heads a list of victims, not of
  killers (``totals_kind_headers``); "In Deir Ezzor countryside alone, the operations left 70 people dead: 20
  civilians, ..." is a share of the period before, not one town's toll (``totals_blocks``), and a year before a colon
  ("left 86 people dead in 2023: ...") is that year.
* "More than 350 civilians were also injured during the month" is no incident's wounded (``segment``); a province's
  attacks counted after a total, and "The attacks ranged from ..." after them, are no incident (``incident_lines``);
  "their home which had been destroyed in previous bombardment" is no event (``incident_split``).
* A lead "killed two SDF members and a pharmacist", whose pharmacist a later paragraph tells as his own killing: he is
  that killing's dead only (``incident_lead_parts``).
* "a former opposition commander and his son were injured", then "The commander joined the government's Military
  Security": the wounded commander is of the regime (``casualty_tied``).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, killed_per_incident, summed, total_pairs


def test_dead_in_another_town_after_a_provincial_capital_are_another_incident() -> None:
    text = ("Five civilians were killed by regime rockets in Idlib city on Sunday. Three civilians were killed in an "
            "airstrike on Binnish.")
    result = contract(text)
    assert len(result["incidents"]) == 2
    assert summed(result, "killed") == {"civilians": 8}


def test_control_the_wounded_of_the_same_shelling_of_a_provincial_capital() -> None:
    text = ("Five civilians were killed by regime rockets in Idlib city on Sunday. Two others were wounded in the same "
            "shelling.")
    result = contract(text)
    assert len(result["incidents"]) == 1


def test_a_municipality_and_its_town_are_one_place() -> None:
    text = ("ISIS gunmen assassinated an employee of Hajin Municipality in the eastern countryside of Deir ez-Zor.\n\n"
            "Two gunmen on a motorcycle stopped the employee, Khalid al-Omar, in front of his house in the al-Kish "
            "neighbourhood of Hajin town on Tuesday evening and shot him in the head, killing him instantly.")
    result = contract(text)
    assert len(result["incidents"]) == 1


def test_the_members_of_a_group_listed_with_civilians_are_not_civilians() -> None:
    text = "In March 2021, an assault by regime forces on a local group in Tafas left nine of its members and three civilians dead."
    result = contract(text)
    assert summed(result, "killed") == {"unknown": 9, "civilians": 3}


def test_members_of_the_raiding_force_are_of_the_side_that_raided() -> None:
    text = ("Two wanted men were killed on Sunday when a force of the Military Security raided a house in Jasim. They "
            "died after an exchange of fire during which two members of the raiding force were wounded.")
    result = contract(text)
    assert summed(result, "injured") == {"regime": 2}


def test_a_grenade_thrown_by_the_raiding_force_is_more_of_the_raid() -> None:
    text = ("Two young men were killed when a force from the Air Force Intelligence raided a house in Inkhil. A woman from "
            "the neighbouring house was also wounded by shrapnel from a hand grenade thrown by the raiding force.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "injured") == {"civilians": 1}


def test_a_ranking_since_an_intervention_opens_no_period_for_a_risen_toll() -> None:
    text = ("At least 31 Turkish soldiers were killed and 20 others wounded in an airstrike by Syrian government forces "
            "near Saraqib on Thursday evening.\n\n"
            "The Syrian Observatory for Human Rights said the number of Turkish soldiers killed had risen to 32 after one "
            "of the wounded died in hospital, describing it as the deadliest single attack on the Turkish army since it "
            "first intervened in Syria.")
    result = contract(text, date(2020, 2, 28))
    assert killed_per_incident(result) == [{"turkey_factions": 32}]
    assert result["totals"] == []


def test_control_a_count_since_a_year_stays_a_total() -> None:
    text = ("The Syrian Observatory for Human Rights said the number of regime soldiers killed in the Syrian desert since "
            "March 2019 had risen to 1,520.")
    result = contract(text, date(2023, 5, 2))
    assert total_pairs(result) == [("regime", 1520)]


def test_a_toll_risen_before_its_dead_are_told_keeps_their_side() -> None:
    text = ("The death toll from the explosion of a booby-trapped car in Sarmada rose to six on Sunday after a girl died "
            "of her wounds, the civil defence said.\n\n"
            "The car exploded on Saturday near a bakery, killing five civilians on the spot and injuring 12 others, among "
            "them three members of the General Security Service affiliated with Hayat Tahrir al-Sham (HTS), who were "
            "manning a checkpoint nearby.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 6}


def test_a_rider_restated_by_his_trade_is_a_civilian() -> None:
    result = contract("A regime drone struck a van on the road near Afis, killing its driver, a vegetable seller.")
    assert summed(result, "killed") == {"civilians": 1}


def test_one_victim_of_a_named_organisation_in_a_month_is_an_event() -> None:
    text = ("A nurse was stabbed to death on Monday by unidentified assailants inside al-Hol camp.\n\n"
            "In March, a staff member of the Kurdish Red Crescent (KRC) was shot dead by unidentified "
            "gunmen inside the camp.")
    result = contract(text, date(2021, 7, 20))
    assert len(result["incidents"]) == 2
    assert result["totals"] == []


def test_a_quoted_count_over_a_period_by_no_party_is_a_total() -> None:
    text = ("A nurse was stabbed to death on Monday by unidentified assailants inside al-Hol camp, the United Nations "
            "said.\n\n"
            "\"At least 30 camp residents have been murdered since the start of the year,\" the statement said.")
    result = contract(text, date(2021, 7, 20))
    assert total_pairs(result) == [("civilians", 30)]


def test_control_a_partys_count_over_a_period_is_left_out() -> None:
    text = ("Turkish strikes on Saturday killed 11 Syrian soldiers near Saraqib, the Observatory said.\n\n"
            "The Turkish defence ministry said its forces had killed 250 Syrian government troops over the past three "
            "days, a figure that could not be verified.")
    result = contract(text, date(2020, 3, 1))
    assert total_pairs(result) == []


def test_a_toll_risen_by_the_wounded_of_two_sides_is_the_incidents() -> None:
    text = ("A member of the Asayish was killed and four others were wounded on Tuesday morning when a car bomb exploded "
            "near a checkpoint in the city of Qamishli.\n\n"
            "On Wednesday, a medical source told local media that the death toll had risen to three after a civilian woman "
            "and a second Asayish member succumbed to their wounds.")
    result = contract(text, date(2022, 9, 7))
    assert len(result["incidents"]) == 1
    assert "civilians" not in summed(result, "killed") or summed(result, "killed")["civilians"] < 3


def test_a_title_adding_one_killing_to_a_running_toll_keeps_the_killing() -> None:
    text = ("Security chaos in Daraa | Former opposition fighter shot dead near Tafas, as toll of attacks since early 2023 "
            "rises\n\n"
            "Unidentified gunmen on a motorcycle opened fire on a former opposition fighter near the western entrance of "
            "Tafas, killing him instantly.\n\n"
            "Since early 2023, SOHR has documented 120 attacks in Daraa province, which left 98 people dead.")
    result = contract(text, date(2023, 6, 4))
    assert len(result["incidents"]) == 1


def test_a_related_link_gives_the_report_no_period_title() -> None:
    text = ("Security chaos in Daraa | Three attacks within 24 hours\n\n"
            "Unidentified gunmen opened fire on a man in the centre of Ibta town.\n\n"
            "Meanwhile, an IED exploded targeting a regime patrol on the road near al-Muzayrib.\n\n"
            "Related: Daraa in May 2022 | 40 fatalities in security chaos")
    result = contract(text)
    assert len(result["incidents"]) == 2


def test_a_civilian_restated_as_a_woman_is_one_person() -> None:
    result = contract("A Turkish drone strike on Monday killed a civilian, a woman from Um al-Kaif village.")
    assert summed(result, "killed") == {"civilians": 1}


def test_control_a_civilian_a_woman_and_a_child_are_three() -> None:
    result = contract("A Turkish drone strike on Monday killed a civilian, a woman and a child in Um al-Kaif village.")
    assert summed(result, "killed") == {"civilians": 3}


def test_a_period_from_the_weekday_and_date_an_attack_began() -> None:
    text = ("Accordingly, the death toll since the beginning of ISIS attack on Thursday evening, January 20, 2022, has "
            "risen to 181, including 124 ISIS members.")
    result = contract(text, date(2022, 1, 25))
    assert {t["since"] for t in result["totals"]} == {"2022-01-20"}


def test_the_wounded_of_the_month_are_no_incidents() -> None:
    text = ("The bloodiest single attack of the month took place on October 6, 2023, when regime rockets hit a "
            "neighbourhood of Idlib city, killing seven civilians.\n\n"
            "More than 350 civilians were also injured during the month, many of whom suffer permanent disabilities.")
    result = contract(text)
    assert summed(result, "injured") == {}


def test_control_wounded_during_the_month_of_ramadan_stay_the_incidents() -> None:
    text = "Regime shelling on Ariha killed two civilians and wounded five others during the month of Ramadan."
    result = contract(text)
    assert summed(result, "injured") == {"civilians": 5}


def test_a_lead_victim_told_as_his_own_killing_is_not_the_first_incidents() -> None:
    text = ("Suspected ISIS militants killed two members of the SDF and a pharmacist in eastern Deir ez-Zor on Wednesday.\n\n"
            "The two SDF fighters were killed when an explosive device hit their vehicle on the road between Hajin and "
            "al-Shafa.\n\n"
            "Hours earlier, gunmen on a motorcycle shot dead a pharmacist inside his shop in the town of al-Shuhayl.")
    result = contract(text)
    assert summed(result, "killed") == {"sdf": 2, "civilians": 1}
    assert killed_per_incident(result)[0] == {"sdf": 2}


def test_one_of_the_attackers_of_no_named_side_is_not_the_targets() -> None:
    text = ("Gunmen attacked a checkpoint of the Air Force Intelligence near Inkhil late on Monday, killing two soldiers. "
            "The monitor said one of the attackers was killed in the exchange of fire that followed.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 2, "unknown": 1}


def test_a_wounded_former_rebel_who_joined_a_government_branch_is_of_the_regime() -> None:
    text = ("A former opposition commander and his 10-year-old son were injured on Wednesday when a bomb planted in his car "
            "exploded in the city of Jasim.\n\n"
            "The commander joined the government's Military Security after the 2018 settlement, according to a source "
            "close to him.")
    result = contract(text)
    assert summed(result, "injured") == {"regime": 1, "civilians": 1}


def test_shares_by_killer_that_add_up_to_the_total_before_are_its_totals() -> None:
    text = ("A rescue group said that regime and Russian attacks on northwest Syria killed 40 civilians, including nine "
            "children, since the beginning of 2024 until the end of May.\n\n"
            "In a statement published on Monday, the group said regime forces were responsible for the deaths of 31 "
            "civilians, including six children, while Russian airstrikes killed nine civilians, including three children.")
    result = contract(text, date(2024, 6, 4))
    assert total_pairs(result) == [("civilians", 9), ("civilians", 31), ("civilians", 40)]
    assert {(t["since"], t["until"]) for t in result["totals"]} == {("2024-01-01", "2024-05-31")}
    assert result["incidents"] == []


def test_a_list_by_perpetrator_party_gives_the_victims_not_the_killers() -> None:
    text = ("SNHR said in a report released today that it documented the killing of 95 civilians, including 20 "
            "children, in Daraa governorate in 2022.\n\n"
            "Distribution by perpetrator party:\n"
            "Syrian regime forces: 41, including 11 children.\n"
            "Other parties: 54, including nine children.")
    result = contract(text, date(2023, 1, 2))
    assert total_pairs(result) == [("civilians", 41), ("civilians", 54), ("civilians", 95)]


def test_a_home_destroyed_in_previous_bombardment_is_no_event() -> None:
    text = ("Idlib province: Two boys were killed by the explosion of a war remnant while they were herding sheep near "
            "the village of Shinan in Jabal al-Zawiya.\n\n"
            "In northern Idlib, a man was seriously injured when a cluster bomblet exploded while he was collecting "
            "firewood on the outskirts of al-Dana town.\n\n"
            "Yesterday, an unexploded shell went off inside a house in Ariha city, injuring three members of one family, "
            "including a woman, while they were removing the rubble of their home which had been destroyed in previous "
            "bombardment.")
    result = contract(text, date(2023, 4, 3))
    assert len(result["incidents"]) == 3


def test_a_provinces_share_told_alone_is_of_the_period_before() -> None:
    text = ("These operations left 90 people dead in 2023: 25 civilians, 60 SDF fighters and five ISIS members.\n\n"
            "In Deir Ezzor countryside alone, the operations left 70 people dead: 20 civilians, 47 SDF fighters and three "
            "ISIS members.")
    result = contract(text, date(2024, 1, 2))
    assert {(t["since"], t["until"]) for t in result["totals"]} == {("2023-01-01", "2023-12-31")}
    assert ("civilians", 20) in total_pairs(result)


def test_control_one_towns_toll_told_alone_is_an_incident() -> None:
    text = ("Regime forces shelled several districts of Homs on Friday, the Observatory said.\n\n"
            "In Baba Amr alone, 38 civilians were killed by rocket and mortar fire, the monitor said.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 38}
    assert result["totals"] == []


def test_a_provinces_attacks_counted_after_a_total_are_no_incident() -> None:
    text = ("ISIS cells launched 30 attacks in areas run by the Autonomous Administration during October 2022. The attacks "
            "left 20 people dead: 12 SDF members and eight civilians.\n\n"
            "Deir Ezzor remained the main arena of the cells' activity with 24 attacks. The attacks ranged from "
            "assassinations with silenced pistols to explosive devices planted along roads in villages such as Thiban and "
            "Hajin.")
    result = contract(text, date(2022, 11, 1))
    assert result["incidents"] == []


def test_the_dead_of_the_first_hours_after_the_strikes_are_the_strikes_toll() -> None:
    text = ("Russian jets carried out three airstrikes in the early morning on the vegetable market of Ariha city.\n\n"
            "SOHR activists documented the death of seven civilians, including two children, in the first hours after the "
            "strikes. Later on, a man and a child who had been taken in critical condition to hospitals near the border "
            "died of their wounds, raising the death toll of the massacre to nine civilians.")
    result = contract(text, date(2021, 11, 2))
    assert killed_per_incident(result) == [{"civilians": 9}]
    assert result["totals"] == []


def test_a_lead_victim_named_again_on_his_day_is_the_same_killing() -> None:
    text = ("ISIS gunmen assassinated an employee of the Diban civil council in the eastern countryside of Deir ez-Zor.\n\n"
            "According to local sources, two gunmen on a motorcycle stopped Ahmad al-Saleh, an employee of the council, "
            "near his house on the evening of 3 June 2021 and shot him in the head, killing him instantly.")
    result = contract(text, date(2021, 6, 4))
    assert len(result["incidents"]) == 1


def test_control_a_member_of_another_body_in_another_town_is_another_killing() -> None:
    text = ("In the city of Nawa, unknown gunmen shot dead a member of the government's Military Security branch in front "
            "of his house and fled.\n\n"
            "In nearby Inkhil, Sheikh Khaled al-Hariri, a member of the city's reconciliation committee, was killed by "
            "gunfire from gunmen in a car on the evening of 5 March 2023.")
    result = contract(text, date(2023, 3, 6))
    assert len(result["incidents"]) == 2
