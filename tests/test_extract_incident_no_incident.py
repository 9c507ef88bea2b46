"""Incidents: text that tells no incident of its own, and look-alikes that still do.

* roundups and background: what a month saw, a tally of many strikes, strikes counted over days or a month, fighting
  going on for days, a statistics line or a list over many events, period tolls and running totals ("so far", "since");
* leads: a lead over a region or several towns whose toll the incidents told after it add up to, against a lead with
  another toll or kind;
* no event: raids told only for their arrests, reinforcements, warnings about mines, aircraft seen flying, sporadic
  gunfire heard, stray bullets hitting homes, captives released or freed, a victim's record of planned attacks;
* still an incident: a one-day bombardment without a toll, a located event after a total, a body found after a total, a
  siege with a toll.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, governorates, killed_per_incident, kinds
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names
from incident_cases import DAY, _links, run
from observatory.extract import extract_report
from observatory.extract.events import event_type
from observatory.extract.incident_units import one_day_bombardment
from observatory.models import Report

LEAD = ("The toll of the coordinated bombings that struck the towns of Azaz and Afrin has climbed to 12 people, SOHR "
        "said on Monday.\n\nOn Sunday morning, a car bomb went off near the vegetable market in Azaz, killing seven "
        "people.\n\n")


TOLL = ("Regime shelling on the town of Maarat al-Numan killed three civilians on Monday.\n\nThereby, the number of "
        "civilians killed by regime shelling on the town since the start of the month rises to 40. ")


def test_a_paragraph_opened_by_days_earlier_after_a_total_is_an_incident() -> None:
    row = run("A landmine exploded in a field near the village of Maadan on Saturday, killing a farmer.\n\n"
              "The monitor has documented the deaths of 31 people from landmines across Syria since the beginning of "
              "2024.\n\n"
              "Three days earlier, a boy was killed by a mine near the village of Sabkha in the countryside of Raqqa.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["ied_landmine", "ied_landmine"]


def test_a_period_line_after_a_time_shift_stays_a_total() -> None:
    row = run("A landmine exploded in a field near the village of Maadan on Saturday, killing a farmer.\n\n"
              "Two days earlier, the monitor said, mines had killed 31 people across Syria since the beginning of 2024.")
    assert len(row["incidents"]) == 1


def test_thousands_of_strikes_over_several_provinces_are_no_incident() -> None:
    row = run("Throughout 2022 the badia stayed the main theatre of ISIS activity. ISIS cells launched raids on army "
              "posts, while Russian jets conducted over 3,200 air strikes on the deserts of Homs, Hama and Deir ez-Zor "
              "to hunt them down.")
    assert "airstrike" not in kinds(row)


def test_dozens_of_strikes_on_a_town_stay_an_incident() -> None:
    row = run("Russian jets conducted 45 air strikes on the outskirts of the town of Maarat al-Numan and nearby "
              "villages in the countryside of Idlib on Monday.")
    assert kinds(row) == ["airstrike"]


def test_a_lead_over_a_region_summed_by_the_incidents_after_it_is_no_incident() -> None:
    row = run("Regime forces and Russian jets bombarded rebel-held parts of the northwest on Sunday, killing nine "
              "civilians, a day after a deadly shelling of a regime-held town.\n\n"
              "The monitor said four civilians were killed when rockets hit a bakery in the town of Atarib, while "
              "Russian jets killed five civilians in strikes on the outskirts of Binnish.")
    assert len(row["incidents"]) == 2


def test_a_lead_over_a_region_with_another_toll_stays() -> None:
    row = run("Regime forces and Russian jets bombarded rebel-held parts of the northwest on Sunday, killing twelve "
              "civilians.\n\n"
              "The monitor said four civilians were killed when rockets hit a bakery in the town of Atarib, while "
              "Russian jets killed five civilians in strikes on the outskirts of Binnish.")
    assert len(row["incidents"]) == 3


def test_raids_told_only_for_their_arrests_are_no_incident() -> None:
    row = run("The border police have deported some 60 refugees to Syria since Sunday, after raids on their homes in the "
              "towns of Arsal and Zahle, according to rights groups.")
    assert row["incidents"] == []


def test_an_event_someone_said_had_killed_people_in_a_sentence_of_no_event_stays_whole() -> None:
    row = run("A Turkish drone struck a car near the town of Amuda on Monday, killing two SDF fighters.\n\n"
              "Ankara has been on alert since the ministry announced that six of its soldiers had been killed.")
    assert len(row["incidents"]) == 1


def test_stray_bullets_hitting_homes_after_a_clash_is_no_incident() -> None:
    row = run("Clashes broke out between two factions in the town of Azaz on Sunday, leaving three fighters dead.\n\n"
              "People in the town said stray bullets struck a number of shops and homes overnight.")
    assert len(row["incidents"]) == 1


def test_a_stray_bullet_that_kills_is_still_counted() -> None:
    # look-alike: a stray bullet that harms someone is an event of its own
    row = run("A child was killed by a stray bullet in the town of Jindires on Saturday.")
    assert len(row["incidents"]) == 1


def test_released_kidnapped_men_is_no_abduction() -> None:
    assert event_type("On Thursday the local fighters released three kidnapped villagers in the evening.") is None


def test_freed_abducted_women_is_no_abduction() -> None:
    assert event_type("The tribal fighters freed two abducted women held in a farm.") is None


def test_an_abduction_then_release_is_still_an_abduction() -> None:
    # look-alike: the abduction itself is told, the release after it
    hit = event_type("Gunmen abducted a trader near Shahba and released him two days later.")
    assert hit is not None and hit[0] == "abduction"


def test_a_release_after_the_fight_adds_no_incident() -> None:
    row = run("Local gunmen stormed the base of a criminal gang in the town of Shahba on Tuesday, killing four of its "
              "members.\n\nBy the next morning, the local fighters had taken full control of the building and freed five abducted residents.")
    assert len(row["incidents"]) == 1


def test_a_lead_over_two_towns_summed_by_their_incidents_is_no_incident() -> None:
    row = run(LEAD + "Hours later, a suicide bomber blew himself up at a checkpoint in Afrin, killing five people.")
    assert sorted(sum(i["killed"].values()) for i in row["incidents"]) == [5, 7]


def test_a_lead_over_two_towns_that_its_incidents_do_not_add_up_to_stays() -> None:
    # look-alike: the incidents told next add up to less than the lead's toll
    row = run(LEAD + "Hours later, a suicide bomber blew himself up at a checkpoint in Afrin, killing three people.")
    assert sorted(sum(i["killed"].values()) for i in row["incidents"]) == [3, 7, 12]


def test_dozens_of_airstrikes_in_the_evening_after_a_total_is_an_incident() -> None:
    row = run(TOLL + "Russian jets carried out dozens of airstrikes on the hills of Kabani in the evening.")
    assert kinds(row) == ["shelling", "airstrike"]


def test_rockets_counted_after_a_total_is_an_incident() -> None:
    row = run(TOLL + "Regime forces fired more than 60 rockets on the villages of Jabal al-Zawiya at dawn.")
    assert kinds(row) == ["shelling", "shelling"]


def test_strikes_counted_over_the_past_days_are_no_bombardment() -> None:
    # look-alike: strikes counted over a span of time are a tally, not one bombardment
    assert not one_day_bombardment("Russian jets carried out 120 airstrikes on the hills of Kabani over the past three days.")
    assert not one_day_bombardment("Regime forces have fired 900 rockets on Jabal al-Zawiya since Sunday.")


def test_strikes_counted_with_a_toll_are_no_bombardment() -> None:
    # look-alike: a toll over counted strikes stays a total
    assert not one_day_bombardment("Russian jets carried out dozens of airstrikes on Kabani, killing 14 fighters.")


def test_weapons_held_in_the_depots_struck_are_no_event_of_their_own() -> None:
    row = run("Three IRGC members were killed when Israeli missiles hit warehouses near Damascus airport after midnight. "
              "Local sources said the warehouses stored rockets and drones brought in from Iraq a few days earlier.")
    assert kinds(row) == ["airstrike"]


def test_the_targeted_site_named_again_is_no_attack_of_its_own() -> None:
    row = run("Three IRGC members were killed when Israeli missiles hit warehouses near Damascus airport after midnight. "
              "Local sources said the targeted warehouses had been emptied a few days earlier.")
    assert kinds(row) == ["airstrike"]


def test_a_toll_of_separate_attacks_is_no_incident() -> None:
    row = run("Three people were killed in separate attacks in Deir Ezzor province on Monday.\n"
              "Gunmen on a motorcycle shot dead an SDF member in the town of Hajin on Monday morning.")
    assert len(row["incidents"]) == 1


def test_what_a_month_saw_is_no_incident() -> None:
    row = run("SOHR documented the deaths of 150 people across Syria in May 2023.\n"
              "In the south, drone strikes on the Yarmouk Basin persisted, and the month also saw renewed kidnappings in "
              "Sweida. In Hama, regime forces kept shelling the villages of al-Ghab plain, while factions carried out "
              "several infiltration attempts on the frontlines of Idlib and Lattakia.")
    assert row["incidents"] == []


def test_strikes_made_several_times_are_no_incident() -> None:
    row = run("Israeli missiles hit a radar site near the town of Izraa on Sunday, killing two soldiers. Daraa was the most "
              "targeted area this year, while Israel also struck Mezzeh airbase several times.")
    assert len(row["incidents"]) == 1


def test_acts_listed_each_on_its_own_day_are_incidents_of_their_own() -> None:
    row = run("The Homs desert has seen renewed violence over the past three days: ISIS cells attacked a post of the 4th "
              "Division near the town of Arak on Monday, ambushed a patrol on the road to al-Sukhnah on Tuesday, and "
              "stormed a checkpoint near the T3 station on Wednesday.")
    assert kinds(row) == ["attack", "ambush", "attack"]


def test_a_told_sentence_under_a_label_line_is_still_read() -> None:
    body = "Gunmen shot dead a teacher in the town of Nawa on Monday."
    text = body + "\nRead more\nOn Tuesday, a landmine exploded near Maarat al-Numan, killing three farmers."
    assert _links(text, len(body)) == frozenset()


def test_a_lead_toll_broken_down_by_side_is_one_incident() -> None:
    row = contract("Militants kill 12 shepherds in Syrian desert: monitor\n\n"
                   "ISIS militants killed at least 12 people, most of them shepherds, in an attack in the eastern Syrian "
                   "desert on Monday, a monitor said.\n\n"
                   "\"The militants opened fire on the shepherds near the village of Uqayribat in Hama province,\" the "
                   "Observatory said, adding that ten civilians and two regime soldiers escorting them were killed.", DAY)
    assert killed_per_incident(row) == [{"civilians": 10, "regime": 2}]


def test_other_dead_told_after_a_lead_that_do_not_add_up_to_it_stay_apart() -> None:
    row = run("ISIS militants killed at least 12 shepherds in an attack in the Hama desert on Monday.\n\n"
              "On Sunday, a landmine blast near the village of Uqayribat killed four civilians and one regime soldier.")
    assert len(row["incidents"]) == 2


def test_a_siege_with_no_toll_is_left_out_of_the_row_but_kept_as_an_event() -> None:
    text = "Monitor update\n\nRegime forces tightened their blockade on the town of Kafr Batna on Wednesday, closing its roads."
    assert contract(text, DAY)["incidents"] == []
    assert [e.event_type for e in extract_report(Report(text=text, published=DAY)).events] == ["siege"]


def test_a_siege_with_a_toll_stays_an_incident() -> None:
    row = run("Regime forces besieged the town of Kafr Batna on Wednesday, and two children died of hunger.")
    assert len(row["incidents"]) == 1


def test_sporadic_gunfire_heard_in_a_city_is_no_incident() -> None:
    row = run("Gunmen shot dead a pharmacist in the town of Nawa on Monday.\n\n"
              "Residents of Daraa city reported intermittent gunfire in several neighbourhoods on Tuesday night.")
    assert len(row["incidents"]) == 1


def test_last_months_toll_over_a_province_is_still_a_total() -> None:
    row = run("Two men were killed in armed clashes between two clans in the town of Diban on Monday evening.\n\n"
              "Last month, 40 people were killed in Deir Ezzor province in clan fighting.")
    assert len(row["incidents"]) == 1


def test_strikes_told_one_by_one_after_their_joint_lead_are_the_incidents() -> None:
    row = run("Russian airstrikes killed seven people in Idlib province on Monday, the monitor said.\n\n"
              "One strike hit a poultry farm near the town of Binnish, killing three workers, while a second strike on "
              "a house in the village of Kafr Nabl killed four civilians.")
    assert sorted(sum(k.values()) for k in killed_per_incident(row)) == [3, 4]


def test_the_first_strike_told_after_a_lead_that_the_strikes_do_not_add_up_to_is_apart() -> None:
    row = run("Russian airstrikes killed 11 people in Idlib province on Monday, the monitor said.\n\n"
              "One strike hit a poultry farm near the town of Binnish, killing three workers, while a second strike on "
              "a house in the village of Kafr Nabl killed four civilians.")
    assert len(row["incidents"]) == 3


def test_dead_of_attacks_told_in_two_places_stay_a_total() -> None:
    row = run("ISIS cells attacked regime positions near Al-Sukhnah and Arak on Monday. Four soldiers were killed in "
              "the attacks.")
    assert [t["killed"] for t in row["totals"]] == [4]


def test_one_strike_opened_by_its_town_after_a_period_total_is_an_incident() -> None:
    row = run("SOHR documented the death of 19 civilians in the past 24 hours in Russian airstrikes on towns of southern "
              "Idlib. In the town of Kafr Nabl, an airstrike on a house killed seven members of one family.")
    assert killed_per_incident(row) == [{"civilians": 7}]


def test_a_towns_toll_over_a_week_after_a_period_total_is_still_a_total() -> None:
    row = run("SOHR documented the death of 19 civilians in the past 24 hours in Russian airstrikes on towns of southern "
              "Idlib. In the town of Kafr Nabl, a series of airstrikes killed seven civilians over the past week.")
    assert killed_per_incident(row) == []


def test_a_victims_record_of_planned_attacks_is_not_the_kind_of_event() -> None:
    hit = event_type("The operation resulted in the killing of two ISIS members, among them a leader responsible for "
                     "planning assassinations in the area.")
    assert hit is None or hit[0] != "assassination"


def test_gangs_named_in_a_sentence_of_conditions_are_no_abduction() -> None:
    row = run("A child was killed in an explosion of unknown nature in a house in the town of Shahba in As-Suwaidaa "
              "yesterday.\n\n"
              "The governorate has been witnessing a deterioration in security, amid the spread of kidnapping gangs.")
    assert kinds(row) == ["other"]


def test_a_clause_under_a_period_of_the_sentence_is_no_incident() -> None:
    row = run("Two civilians were killed when regime forces shelled the town of Kansafra in Idlib on Monday.\n\n"
              "Moreover, Russian warplanes carried out 45 airstrikes on the region since the start of the month, while "
              "regime forces fired more than 2,000 shells at villages in Idlib and Hama.")
    assert kinds(row) == ["shelling"]


def test_where_the_attacks_of_a_period_focused_is_no_incident() -> None:
    row = run("SOHR documented the death of 90 people in Turkish attacks on the region during 2022.\n\n"
              "The attacks focused on the countryside of Ain Issa, Tal Tamr and Zarkan.")
    assert kinds(row) == []


def test_a_shelling_of_one_day_on_several_villages_is_an_incident() -> None:
    row = run("Turkish forces shelled the villages of Um al-Kaif and Tal Shamiram near Tal Tamr on Monday, wounding "
              "two women.")
    assert kinds(row) == ["shelling"]


def test_a_raid_with_arrests_and_a_suspect_shot_dead_is_an_incident_of_the_suspects_group() -> None:
    row = run("A landmine exploded near Al-Busayrah town, east of Deir Ezzor, on Monday, "
              "killing a shepherd.\n\n"
              "On Tuesday evening, SDF forces stormed several houses in the town of Hajin and detained three men "
              "suspected of belonging to ISIS cells. Another suspect was shot dead after he resisted the patrol.")
    assert kinds(row) == ["ied_landmine", "attack"]
    assert killed_per_incident(row)[1] == {"isis": 1}


def test_a_raid_with_arrests_only_is_no_incident() -> None:
    row = run("A landmine exploded near Al-Busayrah town, east of Deir Ezzor, on Monday, "
              "killing a shepherd.\n\n"
              "On Tuesday evening, SDF forces stormed several houses in the town of Hajin and detained three men "
              "suspected of belonging to ISIS cells. The detainees were taken to a prison in Al-Hasakah.")
    assert kinds(row) == ["ied_landmine"]


def test_found_dead_with_no_information_so_far_is_an_incident() -> None:
    row = run("In another incident, a man was found dead with gunshot wounds near the town of Inkhil, with no information "
              "about the killers so far.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"unknown": 1}
    assert row["totals"] == []


def test_no_party_has_claimed_so_far() -> None:
    row = run("An explosive device went off near a bakery in the town of Suran, killing two civilians, and no party has "
              "claimed responsibility for the bombing so far.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"civilians": 2}
    assert row["totals"] == []


def test_killers_not_identified_so_far() -> None:
    row = run("Gunmen shot dead a teacher in the village of Tal Shihab, and the perpetrators have not been "
              "identified so far.")
    assert len(row["incidents"]) == 1
    assert row["totals"] == []


def test_killed_so_far_is_still_a_total() -> None:
    row = run("Turkish drones have carried out 20 strikes since the morning. Six SDF fighters have been killed so far.")
    assert row["totals"] != []


def test_attack_while_reinforcements_arrive() -> None:
    row = run("Last night, tribal fighters attacked SDF posts in the town of Gharanij with heavy machine guns, while the SDF "
              "sent reinforcements from Raqqa.")
    assert kinds(row) == ["attack"]


def test_shelling_while_arrests_go_on() -> None:
    row = run("Regime artillery shelled the village of Kafr Owaid this morning, while security forces arrested three young "
              "men in Maarat al-Numan.")
    assert kinds(row) == ["shelling"]


def test_reinforcements_alone_are_no_event() -> None:
    row = run("Yesterday, regime forces sent reinforcements to the town of Tafas, while tension prevailed in the area.")
    assert row["incidents"] == []


def test_a_total_without_a_recalled_event_gives_no_incident() -> None:
    row = run("Since the escalation began on May 3, SOHR has documented the death of 40 civilians, including 12 children, "
              "in shelling on the countryside of Aleppo, as well as 25 fighters of the factions, according to its "
              "statistics, which are updated daily by activists on the ground.")
    assert row["incidents"] == []


def test_a_raid_arresting_suspects_is_no_incident() -> None:
    row = run("SDF forces launched a raid on hideouts near the town of Hajin on Monday, arresting four suspects.")
    assert row["incidents"] == []


@pytest.mark.parametrize("text", [
    "SOHR documented the deaths of 96 civilians in March. The deaths were distributed by perpetrator as follows:\n"
    "Regime forces killed 22 civilians, including four children.\nRussian forces killed three civilians.\n"
    "Other parties killed 49 civilians, most of them by landmines.",
    "The network documented the killing of 80 civilians during May 2021, broken down as follows:\n"
    "- Syrian regime forces: 20 civilians killed in shelling.\n- ISIS cells killed five civilians.\n"
    "- Unknown gunmen shot dead 12 civilians.",
    "In April 2022, SOHR documented 300 deaths. Of them, 23 civilians, including 11 children, were killed by landmines; six "
    "were killed by regime shelling; and four were killed in Russian airstrikes.",
])
def test_breakdown_lines_are_no_incidents(text: str) -> None:
    assert run(text)["incidents"] == []


def test_located_event_after_a_total_stays_an_incident() -> None:
    row = run("SOHR documented the deaths of 96 civilians in March.\n\n"
              "On Monday, regime shelling on the town of Sarmin killed three civilians.")
    assert killed(row) == [{"civilians": 3}]


@pytest.mark.parametrize("second", [
    "The cells withdrew towards the desert, while Russian warplanes flew intensively over the area after the attack.",
    "Russian jets were seen flying over the desert after the attack.",
    "Coalition helicopters hovered over the village for hours after the attack.",
    "Drones were circling over the area after the ambush.",
])
def test_aircraft_seen_flying_is_no_strike(second: str) -> None:
    row = run("ISIS cells ambushed a regime bus near the town of al-Sukhnah at dawn today, killing nine soldiers. " + second)
    assert kinds(row) == ["ambush"]


@pytest.mark.parametrize("second", [
    "Earlier, four students were killed when shells fired by the factions hit the university housing in Aleppo city.",
    "Meanwhile, regime shelling on a market in Idlib city killed four civilians.",
])
def test_event_told_as_one_after_a_total_stays_an_incident(second: str) -> None:
    row = run("SOHR has documented the deaths of 412 people since the beginning of the offensive on November 27.\n\n" + second)
    assert killed(row) == [{"civilians": 4}]


@pytest.mark.parametrize("second", [
    "Russian warplanes carried out more than 1,400 airstrikes on the desert during the year.",
    "Over the past month, Russian jets have conducted some 250 raids on the region.",
    "The coalition carried out 45 air strikes in the area throughout the month.",
])
def test_tally_of_many_strikes_is_no_event(second: str) -> None:
    row = run("On December 29, four regime soldiers were killed when ISIS cells attacked a military post near al-Shula.\n\n"
              + second)
    assert kinds(row) == ["attack"]


def test_many_strikes_since_this_morning_stay_an_incident() -> None:
    row = run("Russian warplanes have carried out at least 45 airstrikes since this morning on ISIS hideouts in the desert "
              "of al-Rasafa.")
    assert kinds(row) == ["airstrike"]


@pytest.mark.parametrize("lead", [
    "Heavy clashes went on for a sixth day in the eastern countryside of Deir Ezzor between the SDF and tribal gunmen.",
    "Fighting between the SDF and tribal gunmen continued for the third consecutive day in Deir Ezzor countryside.",
    "Clashes between the two sides entered their fifth day in the countryside of Deir Ezzor.",
    "For four days now, the SDF and tribal fighters have been fighting in Deir Ezzor countryside.",
])
def test_fighting_going_on_for_days_is_no_incident(lead: str) -> None:
    row = run(lead + "\n\nThree SDF fighters and five tribal gunmen were killed on Friday in street fighting in the town "
                     "of Dhiban.")
    assert len(row["incidents"]) == 1
    assert names(row)[0][0] == "Dhiban"


def test_fighting_going_on_for_days_since_an_arrest_is_no_incident() -> None:
    row = run("Clashes went on for a fourth day in the countryside of Deir Ezzor between the SDF and tribal gunmen, after "
              "the SDF detained a tribal commander last Sunday.\n\n"
              "Three SDF fighters were killed on Friday in street fighting in the town of Dhiban.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("second", [
    "SOHR warns truffle hunters against heading to the desert, where vast areas remain contaminated with mines.",
    "Activists warned of more landmine deaths, as farmland is still littered with unexploded shells.",
    "The monitor warned civilians not to approach the area, which remains heavily contaminated with IEDs.",
])
def test_warning_about_mines_is_no_event(second: str) -> None:
    row = run("Yesterday, a shepherd was killed by gunfire of ISIS cells near al-Saan.\n\n" + second)
    assert kinds(row) == ["attack"]


@pytest.mark.parametrize("text", [
    "Meanwhile, Turkish-backed factions clashed with the SDF in the vicinity of Tal Rifaat, where SOHR documented the "
    "deaths of 18 SDF members and 11 faction fighters since yesterday.",
    "Fierce fighting broke out between regime forces and HTS on the Kabana axis, leaving 14 fighters dead on both sides "
    "in the past 48 hours.",
    "ISIS cells attacked regime positions near the town of Ithriyah, with the number of soldiers killed there rising to 23 "
    "since Monday.",
])
def test_event_before_a_period_toll_is_an_incident_without_it(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {}


def test_strikes_on_a_named_town_for_a_second_day_stay_an_incident() -> None:
    row = run("Turkish drones struck SDF positions near the town of Tal Tamr for a second day on Monday.")
    assert kinds(row) == ["drone_strike"]


def test_since_with_a_count_stays_a_total() -> None:
    row = run("Since the start of the year, 31 soldiers have died in ambushes laid by ISIS around the Homs desert.")
    assert row["incidents"] == []
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("regime", 31)]


@pytest.mark.parametrize("text", [
    "A former commander was found dead near Tafas this morning, after unidentified gunmen had kidnapped him the day before.",
    "The body of a pharmacist abducted by gunmen on Monday was found near the town of Nawa, bearing gunshot wounds.",
])
def test_found_dead_after_gunmen_took_him_is_no_abduction(text: str) -> None:
    assert kinds(run(text)) != ["abduction"]


@pytest.mark.parametrize("text", [
    "Since dawn today, Russian jets have launched over 30 raids on hideouts in the desert of Palmyra.",
    "Regime helicopters have dropped since this morning 16 barrel bombs on the town of Kansafra.",
    "Turkish forces have fired since the early hours some 60 shells on villages around Tal Tamr.",
])
def test_one_day_bombardment_without_toll_is_an_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == [{}]


@pytest.mark.parametrize("text", [
    "Russian jets have launched since Monday over 300 raids on hideouts in the desert of Palmyra.",
    "Since the beginning of the month, regime helicopters have dropped 160 barrel bombs on the town of Kansafra.",
    "Turkish forces have fired since yesterday some 90 shells on villages around Tal Tamr.",
])
def test_bombardment_counted_over_days_is_no_incident(text: str) -> None:
    assert run(text)["incidents"] == []


@pytest.mark.parametrize("text", [
    "SOHR monitored 87 Russian airstrikes on hideouts in the Badia during August, mostly around al-Sukhnah.",
    "Turkish forces fired more than 400 shells on villages near Tal Tamr in March, according to SOHR.",
    "In the same month, the coalition carried out 25 raids on cells near al-Shuhayl.",
])
def test_strikes_counted_over_a_month_are_no_incident(text: str) -> None:
    assert run(text)["incidents"] == []


def test_no_later_event_without_an_actor() -> None:
    row = run("ISIS cells attacked a gas field near al-Shaer on Monday, killing three guards.\n"
              "Later, explosions were heard in the hills north of the field.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "On 12 June, an officer and four militiamen were killed in two ISIS attacks on a checkpoint and a bus in the eastern "
    "countryside of Homs.",
    "Last week, nine soldiers were killed in multiple attacks by ISIS cells on military points near Ithriya.",
    "On Friday, six SDF fighters were killed in a series of ambushes on patrols in the countryside of Hajin.",
])
def test_series_with_a_joint_toll_is_an_incident_without_it(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == [{}]


def test_series_over_a_period_is_no_incident() -> None:
    row = run("Since the start of the year, nine soldiers were killed in multiple attacks by ISIS cells near Ithriya.")
    assert row["incidents"] == []


def test_a_located_first_incident_with_the_same_toll_is_not_a_lead() -> None:
    row = run("Four soldiers were killed in an ISIS attack near Ithriya on Sunday.\n"
              "Four civilians were killed when a mine exploded near Kabajib on Monday.")
    assert len(row["incidents"]) == 2


@pytest.mark.parametrize("text", [
    "A man was killed near Palmyra on Monday when a mine exploded while he was dismantling a tank destroyed during the "
    "period of ISIS control.",
    "Two children were killed near al-Sukhnah on Sunday by a shell left in a house in the days of the siege.",
    "A farmer was killed on Friday by a mine planted near Maadan in the time of ISIS rule.",
])
def test_an_era_is_no_period(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["totals"] == []


def test_during_the_period_still_makes_a_total() -> None:
    row = run("During the period, 40 soldiers were killed in ISIS attacks in the desert.")
    assert row["incidents"] == []


def test_a_lead_of_another_kind_with_the_same_toll_is_another_incident() -> None:
    row = run("Two soldiers were killed in an ISIS attack in the desert.\n"
              "Two civilians were killed by a landmine near the village of Arak on Monday.")
    assert len(row["incidents"]) == 2


def test_a_statistics_line_over_many_events_stays_a_total() -> None:
    row = run("Israeli raids in 2020\nSOHR counted 31 Israeli raids on Syria in 2020, which killed 120 people. Since "
              "January 1, 2020, the raids have hit 95 targets and killed 120 people.")
    assert row["incidents"] == []


def test_a_list_without_stops_does_not_swallow_the_next_line() -> None:
    row = run("Raqqa in May 2021: the toll\nSOHR documented 19 deaths in Raqqa during May 2021, as follows:\n"
              "• 8 civilians, among them a child\n• 6 members of the SDF\n• 5 ISIS members killed in raids\n"
              "Also in May, on the 17th, gunmen shot dead a member of the local council in al-Karamah.\n"
              "SOHR renews its call to protect civilians.")
    assert kinds(row) == ["assassination"]
    assert governorates(row) == ["Ar-Raqqa"]


def test_regional_lines_of_a_list_are_no_incidents() -> None:
    row = run("The month in the desert\nSOHR documented 40 deaths in the desert during June 2021:\n"
              "- 25 regime soldiers killed in attacks by ISIS cells\n- 15 ISIS members killed in Russian raids\n"
              "Of the soldiers, 10 were killed in Homs desert, nine in Deir ez-Zor desert and six in Hama desert.")
    assert row["incidents"] == []


@pytest.mark.parametrize("text", [
    "Since the start of 2021, ISIS has killed 140 soldiers in the desert.\nAlso, the bodies of two shepherds were found "
    "near Wadi al-Azib in the Hama desert, bearing gunshot wounds.",
    "The toll of ISIS attacks since January has risen to 90 soldiers.\nMeanwhile, the body of a militiaman was found "
    "near Ithriya in the Hama desert with stab wounds.",
    "SOHR has documented the deaths of 33 people in the desert since early March.\nElsewhere, the bodies of three men "
    "were found dumped near al-Sukhnah in the Homs desert.",
])
def test_a_body_found_after_a_total_is_an_incident(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["other"]
    assert governorates(row)[0] in ("Hama", "Homs")


def test_a_body_count_over_a_period_is_no_incident() -> None:
    row = run("Since the start of 2021, SOHR has documented 140 deaths in the desert.\nAlso, the bodies of 25 people "
              "have been found in mass graves since January.")
    assert row["incidents"] == []


@pytest.mark.parametrize("text", [
    "Regime troops clashed with rebels near Kabani in the Latakia countryside on Sunday, leaving six rebels dead. "
    "Fighters of the Second Coastal Division said they had pushed back the assault.",
    "ISIS cells attacked a post near Maadan in the Raqqa countryside on Monday, killing two soldiers. Commanders of "
    "the 17th Regiment said the post was retaken by evening.",
    "Turkish-backed factions shelled Ain Issa in the Raqqa countryside on Friday, wounding a child. Members of the "
    "Sultan Murad Brigades stated that they had hit SDF positions.",
])
def test_a_unit_named_in_a_later_sentence_adds_no_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    names = [p["name"] for p in row["incidents"][0]["places"]]
    assert not any(n.endswith(("Division", "Regiment", "Brigades")) for n in names)


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot at a Military Intelligence checkpoint near the town of Inkhil last night, killing a soldier, "
    "before fleeing to an unknown destination.",
    "Masked gunmen shot at a patrol in the city of Tafas on Thursday, wounding two policemen, then fled to an unknown "
    "destination.",
    "Two gunmen on a motorcycle fired at a car on the road near the village of Da'el yesterday, killing its driver, and "
    "escaped to an unknown destination.",
])
def test_attackers_fleeing_to_an_unknown_destination_is_no_abduction(text: str) -> None:
    row = run(text)
    assert "abduction" not in kinds(row)


@pytest.mark.parametrize("text", [
    "Turkish forces fired more than 90 shells on villages around Tal Tamr and Zirgan in the past 24 hours, the monitor "
    "said.",
    "Over the past 48 hours, Russian jets carried out 65 airstrikes on hideouts in the desert of Homs, according to "
    "SOHR.",
    "Regime forces launched at least 40 rockets at towns of Jabal al-Zawiya within the last 12 hours.",
])
def test_many_strikes_over_hours_without_a_toll_is_no_incident(text: str) -> None:
    row = run(text)
    assert row["incidents"] == []


def test_joint_toll_of_counted_raids_is_a_total() -> None:
    row = run("Russian jets launched upwards of 70 raids during the past 48 hours against ISIS hiding places in the "
              "Raqqa desert, SOHR said.\n\nAccording to the monitor, at least nine ISIS members were killed in the raids.")
    assert row["incidents"] == []
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("isis", 9)]


def test_many_shells_on_one_village_at_dawn_stay_an_incident() -> None:
    row = run("Regime forces fired more than 40 shells on the village of Kansafra at dawn today.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "Fierce clashes have been ongoing since yesterday between the SDF and tribal fighters in the town of Dhiban, amid "
    "an attempt by the tribes to advance.",
    "Clashes between regime forces and HTS have been raging since last night on the axes of Kabani and al-Tufahiyah in "
    "the countryside of Lattakia.",
    "Heavy fighting has been ongoing since dawn between the factions and the SDF near the village of Arima, east of "
    "al-Bab.",
])
def test_fight_going_on_since_yesterday_is_an_incident(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["clash"]


def test_a_toll_of_fighting_since_yesterday_is_a_total() -> None:
    row = run("Clashes have been ongoing since yesterday between the SDF and tribal fighters near the town of Dhiban, "
              "leaving 12 fighters dead since yesterday.")
    assert any(t["killed"] == 12 for t in row["totals"])
    assert all(not i["killed"] for i in row["incidents"])
