"""Round 2 of the blind, written sets: where one incident ends and another begins, missing incidents, dates and types.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def killed(row: dict) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


# --- "X responded by shelling ...": the other side's answer is another event ---------------------------------------


def test_forces_responded_by_shelling_is_another_incident() -> None:
    row = run("Shells fired by the factions fell on the town of Nubl on Monday, injuring four civilians.\n\n"
              "Regime forces responded by shelling the villages of Kafr Nouran and Mizanaz, with no casualties reported.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["injured"] == {}


def test_retaliated_with_rockets_is_another_incident() -> None:
    row = run("Turkish drones struck a car near Qamishli on Friday, killing two SDF fighters. "
              "The SDF retaliated with rockets on a Turkish base near Kafr Janneh, killing a Turkish soldier.")
    assert len(row["incidents"]) == 2
    assert killed(row) == [{"sdf": 2}, {"turkey_factions": 1}]


def test_army_responded_by_firing_missiles() -> None:
    row = run("HTS fighters fired rockets at the town of Jourin on Sunday, killing a soldier.\n\n"
              "The regime army responded by firing missiles at Sarmin, killing two civilians.")
    assert killed(row) == [{"regime": 1}, {"civilians": 2}]


# --- "On the same day, <another actor> ...": another event of that day -----------------------------------------------


def test_on_the_same_day_another_perpetrator_in_other_villages() -> None:
    row = run("Nine civilians were killed on Friday in Russian airstrikes on the town of Kafr Zita in the northern countryside "
              "of Hama.\n\nOn the same day, regime helicopters dropped barrel bombs on Latamna and Morek, killing a woman and "
              "her daughter in Latamna.")
    assert len(row["incidents"]) == 2
    assert killed(row) == [{"civilians": 9}, {"civilians": 2}]


def test_the_same_day_with_another_actor_and_fewer_dead() -> None:
    row = run("Regime shelling killed six civilians in the town of Ariha on Wednesday.\n\n"
              "On the same day, Russian jets struck Kansafra and Maarzita, killing a child in Kansafra.")
    assert len(row["incidents"]) == 2
    assert killed(row)[1] == {"civilians": 1}


def test_later_paragraph_with_other_perpetrator_and_fewer_dead() -> None:
    row = run("Turkish drones killed five SDF fighters near Ain Issa on Saturday.\n\n"
              "Regime artillery shelled Tal Tamr and Zarkan, killing a civilian in Zarkan.")
    assert len(row["incidents"]) == 2


# --- "An hour later, ...": another event -------------------------------------------------------------------------------


def test_an_hour_later_another_bomb() -> None:
    row = run("A car bomb exploded in the centre of Azaz on Sunday, killing three civilians.\n\n"
              "An hour later, an explosive device went off near a checkpoint at the entrance of Azaz, wounding two policemen.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] == {"civilians": 3}


def test_half_an_hour_later_another_blast() -> None:
    row = run("An IED exploded near a bakery in al-Bab on Tuesday morning, killing two civilians. "
              "Half an hour later, a second device went off near the hospital of al-Bab, injuring four people.")
    assert len(row["incidents"]) == 2


def test_an_hour_later_gunmen_attacked() -> None:
    row = run("A landmine killed a shepherd near Maadan on Monday.\n\n"
              "An hour later, ISIS gunmen attacked a checkpoint near Maadan, killing two soldiers.")
    assert killed(row) == [{"civilians": 1}, {"regime": 2}]


# --- a rising toll that names an earlier event of the report goes to that event ----------------------------------------


def test_toll_of_the_car_bomb_rises_after_a_second_blast() -> None:
    row = run("A car bomb exploded in the market of Afrin on Sunday, killing three civilians and injuring eight others.\n\n"
              "Two hours later, an IED went off near a police post in Afrin, wounding two policemen.\n\n"
              "One of the injured civilians later died, raising the death toll of the car bomb to four.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] == {"civilians": 4}
    assert row["incidents"][1]["killed"] == {}


def test_toll_of_the_airstrike_rises_after_a_shelling() -> None:
    row = run("Russian warplanes struck the village of Kansafra on Monday, killing five civilians.\n\n"
              "Meanwhile, HTS shelled regime positions in Kafr Nabouda, injuring two soldiers.\n\n"
              "Later, the death toll of the airstrike rose to seven after two wounded civilians died.")
    assert killed(row) == [{"civilians": 7}, {}]


def test_toll_of_the_ambush_rises_after_a_landmine() -> None:
    row = run("ISIS cells ambushed a regime bus near al-Sukhnah on Thursday, killing six soldiers.\n\n"
              "Separately, a landmine killed a shepherd near Uqayribat.\n\n"
              "The toll of the ambush has risen to nine soldiers.")
    assert killed(row) == [{"regime": 9}, {"civilians": 1}]


# --- a transition to another kind of event in another place, with the same number of dead ------------------------------


def test_meanwhile_another_kind_elsewhere_with_the_same_toll() -> None:
    row = run("Regime artillery shelled the town of Tafas today, killing two civilians.\n\n"
              "Meanwhile, local gunmen attacked a checkpoint of the Military Security in the town of Sahem al-Golan, killing two "
              "civilians who were passing by.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["shelling", "attack"]


def test_also_today_a_mine_elsewhere_after_a_clash() -> None:
    row = run("Two members of the Eighth Brigade were killed in a clash with gunmen near Busra al-Harir this afternoon.\n\n"
              "One of the attackers also died.\n\n"
              "Also today, a child was killed when a landmine exploded in the town of Inkhil.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["clash", "ied_landmine"]


def test_elsewhere_an_airstrike_after_an_ambush_with_one_dead_each() -> None:
    row = run("ISIS cells ambushed a patrol near Maadan on Tuesday, killing a soldier.\n\n"
              "Elsewhere, Russian jets bombed a shepherds' tent in the Bishri mountains, killing a soldier who was visiting.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["ambush", "airstrike"]


# --- an earlier event recalled with a full date of its own ("after X accused Y of killing Z on March 3, 2021") ---------


def test_clashes_after_an_accusation_of_a_killing_on_a_named_day() -> None:
    row = run("Clashes erupted on Monday between the Sultan Murad Division and Ahrar al-Sharqiya near the town of Azaz, "
              "killing three fighters, after Ahrar al-Sharqiya accused the Sultan Murad Division of assassinating a commander in "
              "Marea on March 3, 2021.", date(2021, 3, 10))
    assert len(row["incidents"]) == 2
    assert [i["date"] for i in row["incidents"]] == ["2021-03-08", "2021-03-03"]
    assert kinds(row) == ["clash", "assassination"]


def test_strikes_in_response_to_a_dated_drone_attack_abroad() -> None:
    row = run("Coalition jets bombed militia positions near al-Mayadin overnight, killing nine Iranian-backed militiamen.\n\n"
              "The raids came in response to a drone attack on a base in Iraq on May 2, 2023 that killed two soldiers.",
              date(2023, 5, 6))
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["date"] == "2023-05-02"
    assert row["incidents"][1]["type"] == "drone_strike"
    assert row["incidents"][0]["killed"] == {"pro_iran_foreign": 9}


def test_shelling_following_an_assassination_on_a_named_day() -> None:
    row = run("Regime forces shelled the town of Tafas on Saturday, wounding four civilians, following the assassination of "
              "an officer near Tafas on the 2nd of July 2022.", date(2022, 7, 5))
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["date"] == "2022-07-02"
    assert kinds(row) == ["shelling", "assassination"]


def test_a_recall_without_a_named_day_stays_one_incident() -> None:
    row = run("Regime forces shelled the town of Tafas on Saturday, wounding four civilians, after gunmen attacked a "
              "checkpoint there.", date(2022, 7, 5))
    assert len(row["incidents"]) == 1


# --- an explicit full date wins over a weekday resolved from the publication day ---------------------------------------


def test_full_date_beats_the_weekday_in_the_same_sentence() -> None:
    row = run("Gunmen shot dead a shop owner in the town of Jasim on Monday, October 3, 2022.", date(2022, 10, 20))
    assert row["incidents"][0]["date"] == "2022-10-03"


def test_full_date_told_later_beats_the_weekday() -> None:
    row = run("An IED exploded under a car in the city of Daraa on Tuesday, killing a soldier. "
              "The explosion took place on November 8, 2022 near the stadium.", date(2022, 11, 20))
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["date"] == "2022-11-08"


def test_the_toll_after_a_recall_belongs_to_the_event_told() -> None:
    row = run("Fighting broke out on Sunday between two factions in the village of Kafr Jannah, after one of them accused "
              "the other of assassinating its commander in Azaz on April 4, 2022.\n\n"
              "The clashes left four fighters dead.", date(2022, 4, 12))
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] != {}
    assert row["incidents"][1]["killed"] == {}


def test_meanwhile_after_a_recall_takes_no_day_from_it() -> None:
    row = run("Coalition jets struck militia positions near al-Quriyah overnight, killing five Iranian-backed militiamen. "
              "The raids came in retaliation for a rocket attack on a US base in Iraq on June 1, 2023.\n\n"
              "Meanwhile, militiamen shelled the village of Jadid Ekeidat, injuring two civilians.", date(2023, 6, 9))
    assert [i["date"] for i in row["incidents"]][1:] == ["2023-06-01", "2023-06-08"]


# --- "so far" that counts nothing ("no information about the killers so far") ------------------------------------------


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


# --- a byline "Hama | March 3, 2020" gives the governorate of incidents in villages the gazetteer does not know --------


def test_byline_governorate_for_an_unknown_village() -> None:
    row = run("Regime shelling kills a child\nSOHR\nHama | March 3, 2020\n\n"
              "Regime forces shelled the village of Tell Zawiyat al-Gharbi this morning, killing a child.")
    assert [i["governorate"] for i in row["incidents"]] == ["Hama"]


def test_byline_with_the_date_first() -> None:
    row = run("IED kills two soldiers\nSyrian Observatory for Human Rights\n4 May 2021 | Deir Ezzor | 2 comments\n\n"
              "An IED exploded under a military car near the village of Khirbet Umm Zarzur, killing two soldiers.")
    assert [i["governorate"] for i in row["incidents"]] == ["Deir-ez-Zor"]


def test_a_title_with_a_pipe_is_no_byline() -> None:
    row = run("Security chaos | Gunmen kill a man\nSOHR\n\n"
              "Gunmen shot dead a man in the village of Tell Zawiyat al-Gharbi this morning.")
    assert [i["governorate"] for i in row["incidents"]] == [None]


# --- an attack told before ", while X brought reinforcements / arrested ...": still an event ----------------------------


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


def test_where_reinforcements_came_from_is_not_the_place() -> None:
    row = run("Tribal gunmen attacked SDF posts in the town of Gharanij with machine guns and RPGs, while the SDF brought "
              "reinforcements from Raqqa.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Gharanij"]


def test_troops_sent_from_another_province_are_not_the_place() -> None:
    row = run("ISIS cells attacked an army post near the village of Khirbet Ghazi on Friday, killing two soldiers, and the "
              "army dispatched troops from Homs to the area.")
    assert "Homs" not in [p["name"] for p in row["incidents"][0]["places"]]


# --- a drone shot down is "other"; an attempt to advance that meets clashes is an attack ------------------------------


def test_air_defences_shot_down_a_drone() -> None:
    row = run("On Sunday evening, regime air defences shot down a drone launched by the factions over the town of Suqaylabiyah.")
    assert kinds(row) == ["other"]


def test_drone_intercepted_near_a_base() -> None:
    row = run("Russian forces intercepted two drones near Hmeimim airbase in Jableh countryside late on Friday.")
    assert kinds(row) == ["other"]


def test_a_drone_that_struck_is_still_a_drone_strike() -> None:
    row = run("A Turkish drone struck a car near Amuda on Monday, killing two SDF members.")
    assert kinds(row) == ["drone_strike"]


def test_attempt_to_advance_amid_clashes_is_an_attack() -> None:
    row = run("Regime forces launched an attempt to advance on the axis of Kafr Tun in the countryside of Hama at dawn, "
              "amid violent clashes with the factions, killing three fighters.")
    assert kinds(row) == ["attack"]


def test_attempts_to_storm_a_village_is_an_attack() -> None:
    row = run("ISIS fighters made two attempts to storm the village of Abu Hardoub on Tuesday, and clashes went on for "
              "hours, leaving four SDF members dead.")
    assert kinds(row) == ["attack"]


# --- a rising toll over a breakdown by sides: the rise is the overall figure, the increment goes to its side -----------


def test_two_more_bodies_of_civilians_raise_the_overall_toll() -> None:
    row = run("The toll of the ISIS attack on workers near the town of Uqayribat yesterday has risen after the bodies of "
              "two more people were found.\n"
              "Twenty people had been killed in the attack, namely 14 civilians and six members of the National Defence "
              "Forces. With the new bodies, both of them civilians, the death toll rises to 22.")
    assert killed(row) == [{"civilians": 16, "regime": 6}]


def test_one_more_soldier_raises_the_overall_toll() -> None:
    row = run("Nine people were killed when an IED struck a bus near the town of Palmyra on Sunday, namely five soldiers "
              "and four civilians. One more soldier died of his wounds, raising the toll to ten.")
    assert killed(row) == [{"regime": 6, "civilians": 4}]


def test_an_earlier_count_of_people_gives_way_to_the_risen_breakdown() -> None:
    row = run("Twelve people were killed in a car bomb explosion in the town of Azaz on Friday.\n"
              "The toll later rose to 15: ten civilians and five members of the factions.")
    assert len(row["incidents"]) == 1
    assert "unknown" not in row["incidents"][0]["killed"]
    assert row["incidents"][0]["killed"]["civilians"] == 10


# --- a body found stays a murder ("other") when a later sentence names gunmen; a checkpoint shooting is an attack ------


def test_body_found_then_killed_by_gunmen_stays_other() -> None:
    row = run("The body of a young woman was found on Monday in the third sector of al-Hol camp, bearing gunshot wounds. "
              "SOHR said she was killed by gunmen believed to be ISIS members.")
    assert kinds(row) == ["other"]


def test_man_found_dead_then_gunmen_suspected() -> None:
    row = run("A man was found dead near the town of Busra al-Sham on Sunday. Local sources said unidentified gunmen had "
              "shot him.")
    assert kinds(row) == ["other"]


def test_soldier_shot_dead_at_a_checkpoint_is_an_attack() -> None:
    row = run("A soldier of the Air Force Intelligence was shot dead by gunmen at a checkpoint near the town of Sahwa on "
              "Tuesday.")
    assert kinds(row) == ["attack"]


def test_gunmen_opened_fire_on_a_checkpoint_killing_a_soldier() -> None:
    row = run("Unknown gunmen opened fire on a checkpoint of the Fourth Division near the town of Muzayrib, killing a "
              "soldier.")
    assert kinds(row) == ["attack"]


def test_commander_shot_near_his_house_is_still_an_assassination() -> None:
    row = run("Gunmen shot dead a former commander near his house in the town of Nawa on Friday.")
    assert kinds(row) == ["assassination"]


# --- strikes on places in two provinces, with a joint toll that is a total: one incident per province -----------------


def test_strikes_in_two_provinces_with_a_total_toll_are_two_incidents() -> None:
    row = run("Russian jets have carried out 30 airstrikes since dawn on ISIS hideouts in the desert of Maadan in the eastern "
              "countryside of Raqqa and the area of Uqayribat in the eastern countryside of Hama. Six ISIS members have been "
              "killed so far.")
    assert len(row["incidents"]) == 2
    assert all(i["killed"] == {} for i in row["incidents"])



def test_drone_strikes_on_a_village_in_each_of_two_provinces() -> None:
    row = run("Turkish drones carried out 12 strikes since the morning on SDF positions in the village of Tal Tamr in the "
              "countryside of Al-Hasakah and the village of Ain Issa in the northern countryside of Raqqa. Three SDF "
              "fighters have been killed so far.")
    assert sorted(i["governorate"] for i in row["incidents"]) == ["Al-Hasakeh", "Ar-Raqqa"]


def test_shelling_on_the_town_of_one_province_and_the_area_of_another() -> None:
    row = run("Regime artillery fired dozens of shells since midnight on the town of Kansafra in the southern countryside "
              "of Idlib and the area of Ziyarah in the western countryside of Hama, according to SOHR.")
    assert len(row["incidents"]) == 2


# --- an event with a toll of its own recalled inside a sentence of totals ("following the drone attack on X which
# killed 89 people, SOHR has documented ...") ---------------------------------------------------------------------------


def _tolls(row: dict) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


def test_car_bomb_recalled_inside_a_running_total() -> None:
    row = run("Since the escalation began on May 3, following the car bomb explosion in the market of Azaz which killed "
              "14 people, SOHR has documented the death of 40 civilians, including 12 children, in shelling on the "
              "countryside of Aleppo, as well as 25 fighters of the factions.")
    assert {"unknown": 14} in _tolls(row)
    assert [i["type"] for i in row["incidents"] if i["killed"] == {"unknown": 14}] == ["ied_landmine"]


def test_massacre_by_airstrike_recalled_inside_a_total() -> None:
    row = run("Since the start of the campaign, after the airstrike on the market of Ariha that killed 21 civilians, the "
              "Observatory has documented the death of 150 civilians and 60 fighters in Idlib and its countryside, "
              "according to its statistics.")
    assert {"civilians": 21} in _tolls(row)


def test_a_total_without_a_recalled_event_gives_no_incident() -> None:
    row = run("Since the escalation began on May 3, SOHR has documented the death of 40 civilians, including 12 children, "
              "in shelling on the countryside of Aleppo, as well as 25 fighters of the factions, according to its "
              "statistics, which are updated daily by activists on the ground.")
    assert row["incidents"] == []


# --- "Earlier on Sunday, ..." with the same kind of event in another place: another event ------------------------------


def test_earlier_on_the_same_day_another_strike_elsewhere() -> None:
    row = run("Israeli strikes near Masyaf late on Sunday killed a soldier, a monitor said. A health official said one "
              "more person had been killed.\n\n"
              "Earlier on Sunday, an Israeli strike hit a car near Al-Qusayr, killing a Hezbollah member.")
    assert len(row["incidents"]) == 2


def test_later_that_day_another_shelling_elsewhere() -> None:
    row = run("Regime shelling on the town of Ariha killed a child on Monday.\n\n"
              "Later on Monday, regime shelling hit the village of Sarja, killing a child.")
    assert len(row["incidents"]) == 2


def test_the_same_day_without_on_opens_another_incident() -> None:
    row = run("Eight civilians were killed on Sunday in Russian airstrikes on the town of Ariha.\n\n"
              "The same day, regime helicopters dropped barrel bombs on Kafr Lata and Mhambal, killing a man in Mhambal.")
    assert len(row["incidents"]) == 2


def test_retaliated_against_positions_is_another_incident() -> None:
    row = run("Regime forces shelled the town of Darat Izza on Friday, injuring five civilians.\n\n"
              "The factions retaliated against regime positions in Kafr Halab with rockets, killing two soldiers.")
    assert len(row["incidents"]) == 2


def test_on_the_same_night_takes_the_day_told_before() -> None:
    row = run("Unknown gunmen killed a man in the town of Jasim on Saturday evening.\n\n"
              "On the same night, an IED exploded near a checkpoint in Inkhil, injuring three soldiers.", date(2023, 3, 10))
    assert [i["date"] for i in row["incidents"]] == ["2023-03-04", "2023-03-04"]


def test_a_full_date_of_a_recalled_cause_does_not_date_the_event() -> None:
    row = run("Clashes erupted between the SDF and tribal gunmen in the town of Dhiban today, leaving three gunmen dead, "
              "after the SDF arrested a tribal leader on August 27, 2023.", date(2023, 8, 30))
    assert [i["date"] for i in row["incidents"]] == ["2023-08-30"]


def test_a_full_date_after_since_does_not_date_the_event() -> None:
    row = run("Gunmen shot dead a shepherd near the village of Uqayribat on Monday, the first such killing since "
              "October 3, 2022.", date(2022, 11, 20))
    assert [i["date"] for i in row["incidents"]] == ["2022-11-14"]


def test_where_attackers_withdrew_to_is_not_the_place() -> None:
    row = run("Local gunmen attacked a convoy of the Fourth Division near the town of Sahwa on Thursday, killing two "
              "soldiers, and then withdrew toward the town of Inkhil.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Sahwa"]


def test_where_gunmen_fled_to_is_not_the_place() -> None:
    row = run("Gunmen opened fire on a shop in the village of Kafr Shams, wounding its owner, before fleeing to the "
              "town of Aqraba.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Kafr Shams"]


def test_hours_later_takes_the_day_told_before() -> None:
    row = run("Turkish drones targeted a car near Amuda on Monday, killing two SDF members.\n\n"
              "Hours later, another Turkish drone struck a position near Tal Tamr, injuring three fighters.",
              date(2023, 11, 15))
    assert [i["date"] for i in row["incidents"]] == ["2023-11-13", "2023-11-13"]


# --- "detonated" names an explosive attack; "while another X was killed by ... in Y" is a second event ---------------


def test_detonated_a_tunnel_under_positions() -> None:
    row = run("Regime soldiers were killed on Thursday when HTS fighters detonated a tunnel under their positions near "
              "Kafr Nabudah. Five soldiers died.")
    assert kinds(row) == ["ied_landmine"]
    assert killed(row) == [{"regime": 5}]


def test_militants_detonated_a_device_near_a_patrol() -> None:
    row = run("Militants detonated a device near a patrol of the Military Police in the town of Tal Abyad on Sunday, "
              "wounding two policemen.")
    assert kinds(row) == ["ied_landmine"]


def test_while_another_member_was_killed_elsewhere() -> None:
    row = run("A member of the SDF was killed and two others were injured in an attack by ISIS cells on a checkpoint in "
              "the town of al-Busayrah, while another SDF member was killed by a sniper in Dhiban.")
    assert len(row["incidents"]) == 2
    assert killed(row)[1] == {"sdf": 1}


def test_while_another_civilian_died_in_shelling_elsewhere() -> None:
    row = run("Two civilians were killed by regime shelling on the town of Sarmin, whereas another civilian was killed "
              "by shelling on the village of Afes.")
    assert len(row["incidents"]) == 2


def test_later_in_the_day_takes_the_day_told_before() -> None:
    row = run("Two children were killed this morning by regime shelling on the town of Kafr Zita.\n\n"
              "Later in the day, Russian warplanes carried out airstrikes on Al-Lataminah, with no casualties reported.",
              date(2020, 5, 12))
    assert [i["date"] for i in row["incidents"]] == ["2020-05-12", "2020-05-12"]


def test_in_the_evening_takes_the_day_told_before() -> None:
    row = run("A landmine killed a shepherd near the village of Rahjan on Tuesday.\n\n"
              "In the evening, ISIS cells attacked an army post near Ithriya, killing a soldier.", date(2020, 5, 14))
    assert [i["date"] for i in row["incidents"]] == ["2020-05-12", "2020-05-12"]


def test_since_the_massacre_when_a_car_bomb_killed() -> None:
    row = run("Since the massacre on June 3, when a car bomb killed 19 people in the market of Azaz, SOHR has documented "
              "45 deaths in bombings in the northern countryside of Aleppo.", date(2023, 9, 23))
    assert {"unknown": 19} in _tolls(row)


def test_since_the_ambush_that_killed_soldiers() -> None:
    row = run("Since the ambush on a military bus near Palmyra that killed 23 soldiers, ISIS cells have killed 61 regime "
              "members in the Syrian desert, according to SOHR statistics.", date(2023, 9, 23))
    assert {"regime": 23} in _tolls(row)


# --- the victim of a passive sentence is no perpetrator ("a regime soldier was killed by a landmine") ----------------


def test_soldier_killed_by_a_landmine_has_no_perpetrator() -> None:
    row = run("A regime soldier was killed by a landmine explosion near al-Sukhnah on Tuesday.")
    assert row["incidents"][0]["perpetrator"] is None


def test_man_killed_with_a_pistol_is_a_murder() -> None:
    row = run("On Tuesday, a Syrian man was killed with a silenced pistol in the fifth sector of al-Hol camp.")
    assert kinds(row) == ["other"]


def test_active_voice_still_names_the_perpetrator() -> None:
    row = run("Regime forces killed two civilians in the town of Jasim on Monday.")
    assert row["incidents"][0]["perpetrator"] == "regime"


# --- word forms: "sniped", "a drone of unknown origin hit", "arresting" ----------------------------------------------


def test_sniped_a_soldier_is_an_attack() -> None:
    row = run("HTS fighters sniped a regime soldier on the frontline of Kafr Nabl on Sunday.")
    assert kinds(row) == ["attack"]


def test_drone_of_unknown_origin_hit_a_car() -> None:
    row = run("A drone of unknown origin hit a car carrying militiamen in al-Bukamal on Friday, killing three of them.")
    assert kinds(row) == ["drone_strike"]


def test_a_raid_arresting_suspects_is_no_incident() -> None:
    row = run("SDF forces launched a raid on hideouts near the town of Hajin on Monday, arresting four suspects.")
    assert row["incidents"] == []


def test_a_raid_killing_and_arresting_is_an_incident() -> None:
    row = run("SDF forces launched a raid on hideouts near the town of Hajin on Monday, killing an ISIS member and "
              "arresting four suspects.")
    assert kinds(row) == ["attack"]


def test_title_label_gives_the_governorate_of_an_unknown_village() -> None:
    row = run("Deir Ezzor | ISIS kills two SDF members\nSOHR\n\n"
              "ISIS cells killed two SDF members in an attack on their post in the village of Khirbet Umm Zarzur tonight.")
    assert [i["governorate"] for i in row["incidents"]] == ["Deir-ez-Zor"]


def test_title_label_that_is_no_governorate_gives_none() -> None:
    row = run("Security chaos | Gunmen kill a man\nSOHR\n\n"
              "Gunmen shot dead a man in the village of Khirbet Umm Zarzur this morning.")
    assert [i["governorate"] for i in row["incidents"]] == [None]


def test_the_side_that_responded_is_the_perpetrator() -> None:
    row = run("Turkish drones struck a vehicle near Qamishli on Sunday, killing two SDF fighters. The SDF responded by "
              "shelling Turkish positions near Ras al-Ain.")
    assert [i["perpetrator"] for i in row["incidents"]] == ["turkey_factions", "sdf"]


def test_a_city_and_its_own_countryside_keep_their_governorate() -> None:
    row = run("Regime shelling hit the outskirts of Idlib city and villages in Idlib countryside, killing two civilians.")
    assert [i["governorate"] for i in row["incidents"]] == ["Idleb"]


# --- one person shot dead: an assassination by gunmen (or by unknown hands), an attack by an armed group's members ---


def test_fighter_shot_dead_by_cell_members_is_an_attack() -> None:
    row = run("An SDF fighter was shot dead by ISIS cell members in the town of Hajin on Friday.")
    assert kinds(row) == ["attack"]


def test_soldier_shot_dead_by_gunmen_of_a_cell_is_an_assassination() -> None:
    row = run("A soldier of the Fourth Division was shot dead by gunmen from ISIS cells riding a motorcycle near a school "
              "in the city of Mayadin on Sunday.")
    assert kinds(row) == ["assassination"]


def test_man_shot_dead_by_unknown_assailants_is_an_assassination() -> None:
    row = run("A young man was shot dead by unidentified assailants in the town of Nawa on Monday.")
    assert kinds(row) == ["assassination"]


def test_killed_while_trying_to_infiltrate_positions_is_an_attack() -> None:
    row = run("Three HTS fighters were killed on Monday night while trying to infiltrate regime positions on the Kabani "
              "axis in the Latakia countryside.")
    assert kinds(row) == ["attack"]


def test_attempting_to_infiltrate_is_an_attack() -> None:
    row = run("Regime forces repelled ISIS members attempting to infiltrate their posts near the town of al-Sukhnah on "
              "Sunday, killing four of them.")
    assert kinds(row) == ["attack"]


# --- a death on another side, in another place, is no part of the toll told ("A soldier was killed in B as well") ------


def test_a_soldier_killed_elsewhere_as_well_is_another_incident() -> None:
    row = run("Two civilians were killed by regime shelling on Kansafra today. A soldier was killed in Mizanaz as well.")
    assert len(row["incidents"]) == 2


def test_part_of_the_toll_on_the_same_side_stays_one_incident() -> None:
    row = run("Regime shelling on Kansafra and Fleifel killed five civilians today. Two children were killed in Fleifel.")
    assert len(row["incidents"]) == 1
    assert killed(row) == [{"civilians": 5}]


def test_a_fighter_also_killed_in_another_village() -> None:
    row = run("Turkish shelling killed two civilians in the village of Tal Jijan on Friday. An SDF fighter was also killed "
              "in the village of Umm al-Kaif.")
    assert len(row["incidents"]) == 2


# --- a later breakdown by side that adds up to an earlier count of "people" replaces it -------------------------------


def test_the_dead_included_replaces_the_count_of_people() -> None:
    row = run("Turkish drones struck a car near Amuda on Sunday, killing four people. The dead included two SDF fighters "
              "and two civilians.")
    assert killed(row) == [{"sdf": 2, "civilians": 2}]


def test_a_breakdown_that_falls_short_keeps_the_people() -> None:
    row = run("Israeli strikes near Masyaf on Friday killed 12 people. The dead included four soldiers and five "
              "civilians.")
    assert "unknown" in killed(row)[0]


def test_the_victims_were_replaces_the_count_of_people() -> None:
    row = run("An IED exploded under a bus near the town of Sanamayn on Monday, killing six people. The victims were four "
              "soldiers and two civilians.")
    assert killed(row) == [{"regime": 4, "civilians": 2}]


def test_toll_of_the_explosion_stays_with_the_blast_just_told() -> None:
    row = run("A landmine explosion killed a shepherd near the village of Rahjan on Monday.\n\n"
              "On Tuesday, a car bomb exploded in the town of Azaz, killing three civilians. "
              "The toll of the explosion later rose to five.")
    assert killed(row) == [{"civilians": 1}, {"civilians": 5}]


def test_a_body_found_then_told_as_a_civilian_is_one_incident() -> None:
    row = run("HASAKAH, Syria - The body of a woman was found on Thursday in al-Hol camp, bearing gunshot wounds.\n"
              "SOHR said the woman, a refugee, was killed by gunmen believed to belong to ISIS cells.")
    assert len(row["incidents"]) == 1


def test_a_woman_found_dead_then_told_as_a_refugee_is_counted_once() -> None:
    row = run("The body of a woman was found on Sunday in al-Hol camp, bearing gunshot wounds.\n"
              "SOHR said the woman, a refugee in her thirties, was killed by gunmen believed to belong to ISIS cells.")
    assert killed(row) == [{"civilians": 1}]


def test_a_soldier_also_killed_keeps_the_earlier_people() -> None:
    row = run("Two people were killed when a shell hit the town of Sarmin on Monday. A soldier was also killed in the "
              "shelling of Sarmin.")
    assert sum(sum(k.values()) for k in killed(row)) == 3
