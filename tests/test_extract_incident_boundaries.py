"""Incidents: where one incident ends and the next begins.

* several incidents in one sentence: two sides striking in one sentence, two events joined by "and", a second event
  inside a sentence, while a semicolon or "and" that adds to the same event does not split it;
* another incident told after the first: a response or retaliation by the other side, "an hour later", "the same day",
  "the following day", a separate opening ("In a separate incident", "Separately", "In another attack"), another victim,
  village or barrage, the attackers' dead told on another day;
* what stays one incident: the attackers' own dead, shelling told as part of a fight, the other wounded and a later
  rescue, a victim taken before he was killed, more of the same killing without a separating opening.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident, kinds
from contract_rows import killed_per_incident as killed
from incident_cases import run
from observatory.extract.events import event_type


def test_a_long_sentence_of_two_sides_shelling_apart_is_two_incidents() -> None:
    row = run("Answering the raid, SDF fighters targeted Turkish-backed faction positions around the village of Um Shaifa "
              "in the countryside of Tal Tamr with heavy mortar rounds, injuring several fighters of the factions, while "
              "Turkish forces shelled Tal Jumaa, Tal Kefji and Abu Rasin with dozens of artillery rounds, killing an "
              "SDF member.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["shelling", "shelling"]


def test_an_exchange_of_fire_begun_by_an_attack_is_the_attack() -> None:
    hit = event_type("A soldier and two gunmen died in an exchange of fire after ISIS members stormed a post near the dam.")
    assert hit is not None and hit[0] == "attack"


def test_the_attackers_own_dead_told_apart_are_the_same_incident() -> None:
    row = run("ISIS fighters killed nine regime soldiers in an attack on a post near the town of Kabajib on Monday.\n\n"
              "Seven ISIS members also died in the battle, which ended only when Russian helicopters intervened, the "
              "monitor added.")
    assert len(row["incidents"]) == 1
    assert kinds(row) == ["attack"]
    assert row["incidents"][0]["killed"].get("isis") == 7


def test_the_attackers_dead_on_another_day_are_another_incident() -> None:
    row = run("ISIS fighters killed nine regime soldiers in an attack on a post near the town of Kabajib on Monday.\n\n"
              "On Wednesday, seven ISIS members were killed in Russian airstrikes on the desert near Doubayat.")
    assert len(row["incidents"]) == 2


def test_in_a_separate_incident_one_man_shot_after_one_man_shot_is_two_incidents() -> None:
    row = run("Gunmen shot dead a young man near his house in the town of Jasim in the northern countryside of Daraa on "
              "Sunday night.\n\nIn a separate incident, masked gunmen killed a man in his thirties near the town of "
              "Inkhil with several bullets.")
    assert len(row["incidents"]) == 2


def test_separately_opening_a_second_killing_is_two_incidents() -> None:
    row = run("Unknown assailants opened fire on a former rebel commander in Busra al-Sham on Thursday, killing him "
              "on the spot.\n\nSeparately, unidentified gunmen on a motorbike killed a man near Saida.")
    assert len(row["incidents"]) == 2


def test_in_another_attack_on_the_same_day_is_two_incidents() -> None:
    row = run("Gunmen killed a municipal employee in the town of Tafas on Monday. In another attack, gunmen shot dead "
              "one man near Muzayrib.")
    assert len(row["incidents"]) == 2


def test_a_separate_incident_keeps_one_victim_each_as_an_assassination() -> None:
    row = run("Unknown gunmen shot dead a former rebel fighter near his home in the town of Nawa on Tuesday.\n\n"
              "In a separate incident, unidentified gunmen shot dead a man in the town of Dael.")
    assert kinds(row) == ["assassination", "assassination"]


def test_more_of_the_same_killing_without_a_separating_opening_stays_one() -> None:
    # look-alike: the same man told again, with no opening that sets the event apart
    row = run("Gunmen shot dead a young man near his house in the town of Jasim on Sunday night. The man, a former "
              "rebel fighter, was killed with several bullets.")
    assert len(row["incidents"]) == 1


def test_a_separate_opening_naming_the_same_event_stays_one() -> None:
    # look-alike: "separately" about the attack told before, in no other place
    row = run("An IED exploded at a regime checkpoint near the town of Sanamayn on Friday, killing two soldiers.\n\n"
              "Separately, SOHR sources said the explosion also wounded two soldiers.")
    assert len(row["incidents"]) == 1


def test_clashes_set_off_by_gunmen_storming_a_post_are_their_attack() -> None:
    row = run("A police officer was killed and three gunmen were wounded in clashes that broke out in the city of Jasim on "
              "Tuesday, after gunmen from a local group stormed the police station to free a detainee.")
    assert kinds(row) == ["attack"]


def test_dead_of_the_fight_that_followed_the_attack_are_its_own() -> None:
    row = run("ISIS cells attacked a checkpoint of the National Defence near the town of al-Sukhnah on Monday, killing "
              "three militiamen. Four ISIS members were also killed in the clashes that followed the attack, which went on "
              "for about three hours before the cells withdrew.")
    assert len(row["incidents"]) == 1


def test_two_sides_striking_in_one_sentence_are_two_incidents() -> None:
    row = run("Three civilians were killed in Russian airstrikes on the town of Ihsim in the countryside of Idlib on "
              "Saturday, while regime warplanes dropped bombs on Maarat al-Nu'man and Kafr Ruma.")
    assert len(row["incidents"]) == 2


def test_a_strike_answering_an_event_of_its_own_day_is_two_incidents() -> None:
    row = run("Coalition warplanes struck militia positions near al-Mayadeen last night, killing six fighters of Iraqi "
              "militias.\nThe strikes came after a drone launched by the militias hit the Conoco field base yesterday "
              "morning, injuring two US soldiers.")
    assert kinds(row) == ["airstrike", "drone_strike"]


def test_an_answer_to_the_sources_of_fire_is_an_incident_of_its_own() -> None:
    row = run("Turkish forces shelled villages near the town of Abu Rasin on Sunday, wounding three civilians.\n"
              "The SDF said that its forces responded to the sources of fire near Tal Halaf, killing four members of the "
              "factions.")
    assert kinds(row) == ["shelling", "shelling"]


def test_an_attack_days_before_with_its_own_dead_is_another_incident() -> None:
    row = run("Three SDF fighters were killed on Sunday when ISIS cells attacked their checkpoint near the town of "
              "Diban, a week after five fighters were killed in a similar attack in the same area.")
    assert sorted(sum(k.values()) for k in killed_per_incident(row)) == [3, 5]


def test_dead_of_the_raids_just_told_in_one_town_are_their_toll() -> None:
    row = run("Security forces stormed the village of Al-Musayfirah on Monday and searched several houses. Local sources "
              "said that two young men were shot dead by the security forces during the raids.")
    assert killed_per_incident(row) == [{"unknown": 2}]
    assert row["totals"] == []


def test_another_kind_by_another_actor_at_the_same_time_is_its_own_incident() -> None:
    row = run("A Russian drone struck a car carrying HTS members near the village of Kansafra in Idlib countryside on "
              "Monday, killing two of them.\n\n"
              "At the same time, regime forces pounded Kansafra and nearby hills with artillery, with no casualties "
              "reported.")
    assert sorted(kinds(row)) == ["drone_strike", "shelling"]


def test_the_other_side_striking_back_after_a_shelling_stays_its_own_incident() -> None:
    row = contract("Regime shelling kills woman in Sarmin, HTS hits checkpoint near Sarmin\n\n"
              "Regime artillery shelled the town of Sarmin in the eastern countryside of Idlib on Tuesday, killing a "
              "woman and wounding her two sons.\n\n"
              "In the evening, HTS fighters attacked a regime checkpoint near Sarmin with heavy machine guns, killing "
              "three soldiers.")
    assert sorted(kinds(row)) == ["attack", "shelling"]
    assert sorted(map(sorted, (k.items() for k in killed_per_incident(row)))) == [[("civilians", 1)], [("regime", 3)]]


def test_one_side_also_shelling_after_a_fight_is_its_own_incident() -> None:
    row = run("Fierce clashes broke out at dawn on Sunday between regime forces and HTS on the Tal Hawash front in the "
              "north-western countryside of Hama, leaving three soldiers and two HTS fighters dead.\n\n"
              "Regime forces also fired dozens of rockets on the surroundings of Tal Hawash, with no casualties reported.")
    assert sorted(kinds(row)) == ["clash", "shelling"]


def test_one_sides_shelling_told_as_part_of_the_fight_stays_in_it() -> None:
    row = run("Fierce clashes broke out at dawn on Sunday between regime forces and HTS on the Tal Hawash front in the "
              "north-western countryside of Hama, leaving three soldiers and two HTS fighters dead.\n\n"
              "Regime forces then fired dozens of rockets on the surroundings of Tal Hawash.")
    assert kinds(row) == ["clash"]


def test_the_same_actor_striking_other_victims_in_the_same_context_is_its_own_incident() -> None:
    row = run("Russian warplanes struck a busy market in the town of Ariha in the southern countryside of Idlib on "
              "Monday, killing six civilians.\n\n"
              "In the same context, Russian warplanes struck a position of HTS near the town of Ariha, killing three HTS "
              "members.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_the_attackers_dead_in_the_exchange_of_fire_are_of_the_same_incident() -> None:
    row = run("ISIS cells attacked an army post near Al-Sukhnah town, east of Homs, on "
              "Monday. Five soldiers were killed in the attack, while two attackers were also killed in the exchange "
              "of fire.")
    assert kinds(row) == ["attack"]
    assert killed_per_incident(row) == [{"regime": 5, "isis": 2}]


def test_dead_of_a_strike_told_after_while_are_still_apart() -> None:
    row = run("ISIS cells attacked an army post near Al-Sukhnah town, east of Homs, on "
              "Monday, killing five soldiers, while two civilians were killed by a landmine near the town of Palmyra.")
    assert sorted(kinds(row)) == ["attack", "ied_landmine"]


def test_a_strike_told_hours_later_is_another_incident() -> None:
    row = run("Israeli warplanes struck positions of Iranian-backed militias near the town of Al-Mayadin in the "
              "eastern countryside of Deir Ezzor last night, killing seven militiamen.\n\n"
              "Hours later, a drone targeted a car near Al-Shibli farms, killing two militiamen.")
    assert len(kinds(row)) == 2


def test_shells_fired_on_another_village_later_are_another_incident() -> None:
    row = run("A child was killed on Friday when Turkish forces and their allied Syrian factions shelled the village of "
              "Um al-Kaif in the countryside of Tal Tamr.\n\n"
              "Hours later, Turkish shells hit the village of Tal Shamiram, wounding two women.")
    assert kinds(row) == ["shelling", "shelling"]


def test_a_murder_within_a_family_in_a_new_paragraph_is_its_own_incident() -> None:
    row = run("Three people were killed in clashes between two families in the town of Al-Shaddadi in the southern "
              "countryside of Al-Hasakah yesterday.\n\n"
              "In Qamishli city, a young man killed his brother in Al-Hilaliyah neighbourhood over an inheritance "
              "dispute.")
    assert kinds(row) == ["clash", "other"]


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


def test_meanwhile_another_kind_elsewhere_with_the_same_toll() -> None:
    row = run("Regime artillery shelled the town of Tafas today, killing two civilians.\n\n"
              "Meanwhile, local gunmen attacked a checkpoint of the Military Security in the town of Sahem al-Golan, killing two "
              "civilians who were passing by.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["shelling", "attack"]


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


def test_while_another_member_was_killed_elsewhere() -> None:
    row = run("A member of the SDF was killed and two others were injured in an attack by ISIS cells on a checkpoint in "
              "the town of al-Busayrah, while another SDF member was killed by a sniper in Dhiban.")
    assert len(row["incidents"]) == 2
    assert killed(row)[1] == {"sdf": 1}


def test_while_another_civilian_died_in_shelling_elsewhere() -> None:
    row = run("Two civilians were killed by regime shelling on the town of Sarmin, whereas another civilian was killed "
              "by shelling on the village of Afes.")
    assert len(row["incidents"]) == 2


def test_the_side_that_responded_is_the_perpetrator() -> None:
    row = run("Turkish drones struck a vehicle near Qamishli on Sunday, killing two SDF fighters. The SDF responded by "
              "shelling Turkish positions near Ras al-Ain.")
    assert [i["perpetrator"] for i in row["incidents"]] == ["turkey_factions", "sdf"]


def test_a_soldier_killed_elsewhere_as_well_is_another_incident() -> None:
    row = run("Two civilians were killed by regime shelling on Kansafra today. A soldier was killed in Mizanaz as well.")
    assert len(row["incidents"]) == 2


def test_part_of_the_toll_on_the_same_side_stays_one_incident() -> None:
    row = run("Regime shelling on Kansafra and Fleifel killed five civilians today. Two children were killed in Fleifel.")
    assert len(row["incidents"]) == 1
    assert killed(row) == [{"civilians": 5}]


@pytest.mark.parametrize("second", [
    "Another Russian airstrike on an HTS position on the outskirts of Idlib city killed four HTS members.",
    "Another Russian air raid hit HTS positions in Idlib, killing four HTS members.",
    "A second strike by Russian jets, on an HTS post in Idlib, killed four HTS members.",
    "Another raid by Russian jets on an HTS base in Idlib killed four HTS members.",
])
def test_another_event_starts_another_incident(second: str) -> None:
    row = run("Russian warplanes struck a market in Jisr al-Shughour in Idlib this morning, killing nine civilians.\n\n" + second)
    assert killed(row) == [{"civilians": 9}, {"hts_rebels": 4}]


def test_another_barrage_starts_another_incident() -> None:
    row = run("Regime artillery pounded the town of Sarmin on Sunday, killing three civilians. Another barrage of regime "
              "rockets on Idlib city left two children dead.")
    assert killed(row) == [{"civilians": 3}, {"civilians": 2}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Daraa: a former fighter was shot dead by unknown gunmen in the city of Jasim, and two regime soldiers were killed and "
     "three others were injured when an IED exploded in their vehicle near the town of Inkhil.",
     [{"hts_rebels": 1}, {"regime": 2}]),
    ("On Tuesday, gunmen shot dead a teacher in the town of Tafas, and a landmine killed two children near the village of Nawa.",
     [{"civilians": 1}, {"civilians": 2}]),
    ("Two civilians were killed by regime shelling on the town of Sarmin on Monday, and a soldier was killed when an IED "
     "went off near Saraqib.", [{"civilians": 2}, {"regime": 1}]),
    ("A Turkish drone struck a car near Qamishli on Monday, killing two SDF fighters; and three civilians were wounded when "
     "a car bomb exploded in the city of Azaz.", [{"sdf": 2}, {}]),
])
def test_two_events_joined_by_and(text: str, expected: list[dict[str, int]]) -> None:
    row = run(text)
    assert killed(row) == expected
    assert len({k for k in kinds(row)}) == 2


@pytest.mark.parametrize("text", [
    "Clashes broke out between the SDF and tribal gunmen in the town of Dhiban on Friday, and two civilians were killed "
    "by stray bullets in the nearby village of al-Hawayij.",
    "Regime forces shelled the town of Sarmin on Monday, and three civilians were killed in the shelling.",
    "An IED exploded in a vehicle near the town of Inkhil, and two soldiers were killed in the blast near Inkhil.",
])
def test_one_event_joined_by_and_stays_whole(text: str) -> None:
    assert len(run(text)["incidents"]) == 1


@pytest.mark.parametrize(("text", "count"), [
    ("ISIS cells launched attacks on regime positions near Ithriyah in the eastern countryside of Hama, in the vicinity "
     "of the T3 station east of Palmyra, and on the Sukhnah road, in addition to an ambush against a bus near al-Taybah.", 4),
    ("Gunmen carried out attacks on checkpoints near the town of Sanamayn, on the outskirts of Jasim and around Nawa "
     "on Monday.", 3),
    ("HTS fighters mounted assaults on regime posts near Kabana, and in the vicinity of Jourin.", 2),
    ("ISIS cells attacked a military post near al-Shula, in addition to an ambush on a convoy near Kabajeb.", 2),
])
def test_attacks_on_listed_places_are_one_incident_each(text: str, count: int) -> None:
    row = run(text)
    assert len(row["incidents"]) == count
    assert all(i["perpetrator"] == row["incidents"][0]["perpetrator"] for i in row["incidents"])


@pytest.mark.parametrize("text", [
    "Regime forces shelled the villages of Kansafra, Fleifel and Sufuhon with artillery on Monday, wounding two civilians.",
    "Russian warplanes carried out airstrikes on hideouts near al-Rasafa, and in the vicinity of Ithriyah, on Tuesday.",
    "ISIS attacks near Ithriyah in the eastern countryside of Hama left three soldiers dead on Monday.",
])
def test_one_bombardment_of_several_places_stays_one_incident(text: str) -> None:
    assert len(run(text)["incidents"]) == 1


def test_weapon_that_wounded_after_and_is_another_incident() -> None:
    row = run("Gunmen killed a shepherd near the village of Umm Batna on Monday, and a roadside bomb wounded three soldiers "
              "near the town of Khan Arnabah.")
    assert killed(row) == [{"civilians": 1}, {}]
    assert row["incidents"][1]["injured"] == {"regime": 3}


@pytest.mark.parametrize("opener", ["One more Russian airstrike", "Yet another Russian airstrike", "A further Russian airstrike"])
def test_one_more_strike_is_another_incident(opener: str) -> None:
    row = run("Russian jets struck a market in Ariha on Monday, killing five civilians. " + opener +
              " hit a poultry farm near Kafr Takharim, wounding two workers.")
    assert len(row["incidents"]) == 2


def test_attacks_on_listed_places_with_one_toll_stay_one_account() -> None:
    row = run("ISIS cells carried out attacks on army posts near al-Sukhnah, near Arak and around al-Taybah on Monday, "
              "killing five soldiers.")
    assert len(row["incidents"]) == 1


def test_semicolon_between_parts_of_one_toll_stays_whole() -> None:
    row = run("Regime shelling hit the village of Kansafra on Monday, killing a woman; two of her children were injured "
              "in the shelling.")
    assert len(row["incidents"]) == 1


def test_mine_beside_a_shooting_has_no_perpetrator_of_its_own() -> None:
    row = run("Unknown gunmen shot dead a former fighter in the town of Jasim yesterday, and a landmine killed two children "
              "near Nawa.")
    assert [i["perpetrator"] for i in row["incidents"]] == ["unknown", None]


def test_another_shell_on_the_same_house_is_the_same_bombardment() -> None:
    row = run("A regime shell hit a house in the village of Kansafra on Monday, killing a man. Another shell hit the same "
              "house minutes later, killing his son.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "A woman was shot dead by unknown gunmen in the camp of al-Hol on Monday night.\n"
    "The following morning, guards found the body of a man with gunshot wounds near the camp's market.",
    "Gunmen killed a teacher in the town of Tafas on Sunday.\n"
    "The next day, residents found the body of a young man on the road near the town.",
    "A landmine killed a soldier near the village of Arak on Thursday.\n"
    "The following evening, a shepherd was killed by another mine in the same area.",
])
def test_following_day_with_someone_else_is_another_incident(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


@pytest.mark.parametrize(("text", "second"), [
    ("ISIS cells attacked posts of the National Defence Forces near the village of Kabajib on Monday, killing five.\n"
     "Russian helicopters later struck the desert hills south of Kabajib.", "airstrike"),
    ("HTS fighters attacked regime positions near Kafr Nabl on Tuesday, killing three soldiers.\n"
     "Regime artillery subsequently shelled the town of Kansafra.", "shelling"),
    ("A roadside bomb hit a Turkish patrol near Tal Abyad on Wednesday, wounding two soldiers.\n"
     "Turkish drones then struck a car near the village of Ain Issa.", "drone_strike"),
])
def test_another_sides_later_event_is_its_own(text: str, second: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert kinds(row)[1] == second


def test_shelling_in_a_fight_stays_in_the_fight() -> None:
    row = run("Clashes broke out between HTS and regime forces near Kafr Nabl on Tuesday, killing three soldiers.\n"
              "Regime artillery then shelled the surroundings of the town.")
    assert kinds(row) == ["clash"]


@pytest.mark.parametrize("text", [
    "ISIS cells kidnapped five truffle hunters near Kabajib on Monday, before executing three of them.",
    "Gunmen abducted a teacher in the town of Tafas on Sunday and then shot him dead.",
    "Cells of the organisation seized two shepherds while they grazed their flock near Ithriya on Friday, and executed them "
    "hours later.",
])
def test_abducted_then_killed_is_one_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row)[0] in ("execution", "assassination", "attack")


def test_a_killing_elsewhere_after_an_abduction_is_its_own() -> None:
    row = run("Gunmen kidnapped a merchant in the town of Sanamayn on Sunday.\n"
              "In the village of Kahil, gunmen attacked a checkpoint of the Eighth Brigade, killing two members.")
    assert kinds(row) == ["abduction", "attack"]


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead a man in the town of Sanamayn this morning.\n"
    "In the city of Nawa, gunmen opened fire on a young man accused of theft, killing him.",
    "Gunmen killed a member of the Eighth Brigade in the town of Busra al-Sham on Monday.\n"
    "In the village of Kahil, unknown gunmen shot a young man dead.",
    "A civilian was shot dead by gunmen near the town of Jasim on Sunday.\n"
    "In the town of Tafas, a man was killed by gunmen riding a motorcycle.",
])
def test_new_paragraph_with_own_place_and_victim_is_another_killing(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


@pytest.mark.parametrize("text", [
    "Regime forces shelled the town of Kansafra on Monday, killing two civilians. Regime forces later shelled the town "
    "of Kafr Nabl, wounding three.",
    "Turkish drones struck a car near Amuda on Friday, killing two SDF fighters. The drones later hit a motorcycle near "
    "Derbasiyah, killing a civilian.",
    "Gunmen attacked a checkpoint near the town of Jasim on Sunday, wounding two soldiers. The gunmen subsequently "
    "attacked a patrol near Nawa, killing one soldier.",
])
def test_same_actor_later_elsewhere_with_own_toll_is_another(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


def test_same_actor_later_on_the_same_town_stays_one() -> None:
    row = run("Regime forces shelled the town of Kansafra on Monday, killing two civilians. Regime forces later shelled "
              "the same town again, wounding three.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "A man was killed by a landmine near Palmyra on Monday.\nAnother child was killed by a mine near the village of Kabajib.",
    "A shepherd was killed by a mine near Ithriya on Sunday. Another shepherd died when a mine exploded near Athriya.",
    "A soldier was shot dead by a sniper near Kabani on Friday.\nAnother soldier was killed by sniper fire near Jurin.",
])
def test_another_victim_elsewhere_is_another_incident(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


def test_another_victim_in_the_same_place_stays_one() -> None:
    row = run("A man was killed by a landmine near Palmyra on Monday. Another man was wounded in the same blast.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("ISIS cells attacked an army post near Arak at dawn on Sunday, killing three soldiers. It was the second such attack "
     "this week; on Wednesday, two militiamen were wounded when a landmine went off under their car near Palmyra.",
     ["attack", "ied_landmine"]),
    ("A Turkish drone struck a car near Qamishli on Monday, killing an SDF commander. Last week a drone hit a truck "
     "near Amuda, wounding its driver, and a second strike hit a farm in the countryside of Derbasiyah without "
     "casualties.", ["drone_strike", "drone_strike", "drone_strike"]),
    ("Regime artillery shelled Kansafra on Tuesday, wounding a woman. This follows an earlier bombardment; on Saturday, "
     "three children were killed when a rocket hit their home in Maarat al-Numan.", ["shelling", "shelling"]),
])
def test_a_second_event_inside_one_sentence(text: str, expected: list[str]) -> None:
    row = run(text)
    assert kinds(row) == expected


def test_a_semicolon_that_adds_to_the_same_event_does_not_split() -> None:
    row = run("ISIS cells attacked an army post near Arak at dawn on Sunday; three soldiers were killed and two others "
              "were wounded.")
    assert kinds(row) == ["attack"]


@pytest.mark.parametrize("text", [
    "Violent clashes broke out at dawn today when ISIS cells attacked army posts near Al-Sukhnah, leaving four soldiers "
    "dead. Three of the attackers were killed as well, while Russian warplanes pounded the area with dozens of strikes.",
    "Heavy fighting erupted on Sunday between the SDF and tribal gunmen in the town of Dhiban, killing two gunmen, "
    "whereas regime artillery shelled the surroundings of the area from across the river.",
    "Clashes raged yesterday on the Kabani axis in the countryside of Lattakia, where five HTS fighters were killed, "
    "while regime forces targeted the vicinity with surface-to-surface missiles.",
])
def test_counter_fire_in_a_fight_is_the_fight(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row)[0] != "shelling"


def test_shelling_after_a_one_sided_killing_is_its_own_event() -> None:
    row = run("A regime sniper shot dead a young man in the town of Kansafra yesterday evening, while rebel forces "
              "shelled the surroundings of the area with mortars, with no news of casualties.")
    assert len(row["incidents"]) == 2


def test_lead_then_a_toll_of_another_size_elsewhere_is_another_incident() -> None:
    row = run("At least nine people were killed on Sunday in an attack in the desert south of Raqqa, a war monitor "
              "said.\n\nIn a separate incident, a landmine killed two shepherds and a soldier near the town of "
              "Maadan on Saturday.")
    assert len(row["incidents"]) == 2


@pytest.mark.parametrize("text", [
    "Residents found the body of a young man bearing gunshot wounds near the town of Nawa on Thursday. The man had "
    "been kidnapped by unknown gunmen three days earlier on his way home.",
    "The bodies of two shepherds were found on Monday in the desert east of Salamiyah, shot in the head. Locals said "
    "the shepherds had been seized by ISIS cells while grazing their sheep last week.",
    "Gunmen killed a member of the Fifth Corps in the town of Busra al-Sham yesterday and dumped his body on the road. "
    "He had been abducted from his house the night before.",
])
def test_victim_taken_before_the_killing_is_one_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row) != ["abduction"]


def test_an_abduction_of_someone_else_elsewhere_stays_apart() -> None:
    row = run("Residents found the body of a young man bearing gunshot wounds near the town of Nawa on Thursday.\n\n"
              "In a separate incident, gunmen kidnapped two merchants in the city of Jasim on Friday.")
    assert len(row["incidents"]) == 2


@pytest.mark.parametrize("text", [
    "Gunmen of a local tribe, who crossed the river at night, attacked an army checkpoint near the town of Busra "
    "al-Harir yesterday, sparking clashes that left three soldiers dead.",
    "Armed men stormed a post of the Asayish in the town of Shaddadi on Monday, triggering clashes in which two "
    "members of the force were killed.",
    "At dawn today, militants attacked SDF positions near the village of al-Busayrah, which sparked fierce fighting "
    "that killed four of the attackers.",
])
def test_attack_that_sparked_clashes_is_an_attack(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["attack"]


def test_dead_of_the_blasts_told_in_a_paragraph_of_their_own_stay_with_the_bombing() -> None:
    # "in the blasts" (plural) names back the bombing told before, as "in the blast" does
    row = contract("Suicide attack on an army post\n\n"
                   "ISIS militants stormed army positions near the town of Arak this morning, opening the assault with "
                   "two car bombs driven into a checkpoint.\n\n"
                   "A field source said that five soldiers were killed in the blasts and the firefight that followed.")
    assert killed_per_incident(row) == [{"regime": 5}]
