"""Incidents: which words name the place of an event, and which place it is.

* no places: acronyms of weapons, offices, "<Place>-backed", administrative borders, quoted operation names, bodies and
  outlets;
* not where it happened: where attackers withdrew or fled to, where reinforcements or the weapon came from, the hospital
  a victim died in, where a victim was going, victims' home towns, where those blamed are based;
* where it happened: a strike west of a town, a hospital that was hit, a place named by a later sentence, the same
  village or landmark named again, a road between two towns, the area of an event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import governorates, kinds, place_names
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names
from incident_cases import DAY, run
from observatory.extract import extract_report, to_contract
from observatory.models import Report


def test_a_long_sentence_of_one_side_shelling_two_places_stays_whole() -> None:
    row = run("Regime forces targeted the outskirts of the town of Kafr Nabl in the southern countryside of Idlib with "
              "heavy artillery and rocket launchers on Monday afternoon, wounding two civilians, while the same "
              "forces shelled the nearby villages of Maarzaf and Hass, causing material damage to homes.")
    assert len(row["incidents"]) == 1


def test_where_a_victim_accused_of_a_deed_was_shot_is_the_place() -> None:
    row = run("Gunmen shot dead a young man accused of selling drugs in Nawa in the western countryside of "
              "Daraa on Monday.")
    assert "Nawa" in place_names(row)[0]


def test_where_a_victim_accused_of_dealing_was_shot_is_its_own_incident() -> None:
    row = run("An IED exploded near a patrol of the 5th Corps near the town of Da'el, killing a soldier.\n\n"
              "Gunmen shot dead a man accused of dealing drugs in Tafas town, before fleeing.")
    assert len(row["incidents"]) == 2


def test_where_those_blamed_are_based_is_still_left_out() -> None:
    row = run("A car bomb exploded near a market in the city of Azaz on Friday, killing six civilians, and the local "
              "council accused cells based in Manbij of planting it.")
    assert place_names(row) == [["Azaz"]]


def test_a_missile_hitting_elsewhere_after_missile_strikes_is_the_same_strikes() -> None:
    row = run("Israeli missiles struck arms depots of Iranian-backed groups near the airport of Mezzeh on Sunday night, "
              "killing four militiamen. Two soldiers were also wounded when a missile fell on their post near Qatana.")
    assert len(row["incidents"]) == 1


def test_the_sea_a_strike_came_from_west_of_a_town_is_not_where_it_hit() -> None:
    row = run("Israeli jets fired missiles from the direction of the sea, west of Tartus, at a radar base near the town "
              "of Masyaf on Sunday, wounding three soldiers.")
    assert "Tartus" not in place_names(row)[0]


def test_a_strike_west_of_a_town_is_placed_there() -> None:
    row = run("Israeli jets fired missiles at a radar base west of Tartus on Sunday, wounding three soldiers.")
    assert "Tartus" in place_names(row)[0]


def test_the_toll_of_an_earlier_event_named_by_its_place_is_its_own() -> None:
    row = run("A child was killed on Friday when Turkish forces shelled the village of Tal Tawil near Ain Issa.\n"
              "On Thursday, an IED exploded in a vehicle of the SDF near the town of Shaddadi, killing two fighters.\n"
              "SOHR confirmed the toll of the Tal Tawil shelling and said that the shelling also hit the village of Saida.")
    assert kinds(row) == ["shelling", "ied_landmine"]


def test_a_district_named_after_the_capitals_is_a_place() -> None:
    row = run("SOHR documented the deaths of 40 civilians in the past 24 hours.\n"
              "Mortar shells fired by the factions on the capital's Abbasiyyin neighbourhood killed a woman and wounded "
              "three others.")
    assert [[p["name"] for p in i["places"]] for i in row["incidents"]] == [["Abbasiyyin"]]


def test_where_those_accused_are_based_is_not_where_it_happened() -> None:
    row = run("A car bomb exploded near a mosque in the city of Jableh in the countryside of Lattakia on Friday, killing "
              "eleven people. State media accused 'terrorist groups' in Idlib of planting the bomb.")
    assert [i["governorate"] for i in row["incidents"]] == ["Lattakia"]


def test_where_the_monitor_said_the_shells_came_from_is_the_same_incident() -> None:
    row = run("A child was killed on Friday when Turkish forces and their allied Syrian factions shelled the village of "
              "Um al-Kaif in the countryside of Tal Tamr.\n\n"
              "SOHR said the rockets were launched from positions held by Turkish-backed factions near Ras al-Ain.")
    assert kinds(row) == ["shelling"]


def test_the_hospital_a_victim_died_in_is_not_where_the_event_happened() -> None:
    row = run("The death toll of the ISIS ambush on an army convoy near Al-Rasafa in the southern countryside of "
              "Al-Raqqa has risen to nine, after two soldiers died of their wounds in a military hospital in Homs.")
    assert governorates(row) == ["Ar-Raqqa"]


def test_where_a_victim_was_going_is_not_where_the_event_happened() -> None:
    from observatory.geo import Geocoder

    row = to_contract("t", extract_report(Report(text="Monitor update\n\nThe body of a young man was found this morning near "
                                                     "the town of Jasim, three days after he went missing on his way to "
                                                     "Damascus."), Geocoder.default()))
    assert governorates(row) == ["Dar'a"]


def test_a_hospital_that_was_hit_is_where_the_event_happened() -> None:
    row = run("Regime warplanes struck a hospital in Kafr Nabl in the southern countryside of Idlib on Monday, killing "
              "two nurses.")
    assert governorates(row) == ["Idleb"]


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


def test_where_reinforcements_came_from_is_not_the_place() -> None:
    row = run("Tribal gunmen attacked SDF posts in the town of Gharanij with machine guns and RPGs, while the SDF brought "
              "reinforcements from Raqqa.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Gharanij"]


def test_where_attackers_withdrew_to_is_not_the_place() -> None:
    row = run("Local gunmen attacked a convoy of the Fourth Division near the town of Sahwa on Thursday, killing two "
              "soldiers, and then withdrew toward the town of Inkhil.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Sahwa"]


def test_where_gunmen_fled_to_is_not_the_place() -> None:
    row = run("Gunmen opened fire on a shop in the village of Kafr Shams, wounding its owner, before fleeing to the "
              "town of Aqraba.")
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Kafr Shams"]


def test_the_dead_included_replaces_the_count_of_people() -> None:
    row = run("Turkish drones struck a car near Amuda on Sunday, killing four people. The dead included two SDF fighters "
              "and two civilians.")
    assert killed(row) == [{"sdf": 2, "civilians": 2}]


def test_the_victims_were_replaces_the_count_of_people() -> None:
    row = run("An IED exploded under a bus near the town of Sanamayn on Monday, killing six people. The victims were four "
              "soldiers and two civilians.")
    assert killed(row) == [{"regime": 4, "civilians": 2}]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire with RPG launchers and PKM machine guns on a checkpoint near Mayadin yesterday, killing two soldiers.",
    "Fighters hit a tank with a TOW missile and ATGM rounds near Kabani on Monday, killing three soldiers.",
    "A drone hit the college courtyard in Homs city on Thursday, minutes after the Defence Minister left, killing 20 people.",
    "The blast at the Interior Ministry building in Damascus on Tuesday killed four people.",
])
def test_acronyms_and_offices_are_no_places(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    for name in ("RPG", "PKM", "TOW", "ATGM", "Defence", "Defense", "Interior", "Minister"):
        assert all(not n.startswith(name) for n in names(row)[0])


@pytest.mark.parametrize("text", [
    "Damascus-backed militias shelled the town of Dhiban on Monday, wounding two civilians.",
    "Ankara-backed factions and Aleppo-based gunmen stormed the village of Tal Tamr on Monday, wounding two civilians.",
    "Idlib-based HTS fighters shelled the town of Kafranbel on Monday, wounding two civilians.",
])
def test_place_adjective_is_no_place(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert all(n not in ("Damascus", "Aleppo", "Idlib", "Ankara") for n in names(row)[0])


@pytest.mark.parametrize("text", [
    "Russian jets struck the desert between al-Rasafa and the administrative border with Deir Ezzor on Friday, killing four "
    "ISIS members.",
    "Warplanes bombed hideouts near al-Rasafa, close to the administrative boundary of Deir Ezzor, on Friday, killing four "
    "ISIS members.",
])
def test_administrative_border_is_no_place_of_the_event(text: str) -> None:
    row = run(text)
    assert names(row) == [["al-Rasafa"]]


@pytest.mark.parametrize(("text", "place"), [
    ("Regime forces shelled the village of Iblin at dawn today, killing a child.\n\n"
     "On June 10, regime shelling on the same village killed 13 civilians.", "Iblin"),
    ("An Iraqi woman was found murdered in al-Hol camp this morning.\n\n"
     "Yesterday evening, gunmen shot dead a man in the first sector of the camp.", "al-Hol"),
    ("A landmine exploded near the town of Tafas on Monday, killing a farmer.\n\n"
     "On Sunday, gunmen killed a teacher in the same town.", "Tafas"),
])
def test_the_same_village_is_the_place_named_before(text: str, place: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert names(row)[1][:1] == [place]


def test_the_area_alone_takes_no_place() -> None:
    row = run("A landmine exploded near the town of Tafas on Monday, killing a farmer.\n\n"
              "On Sunday, gunmen killed a teacher who was passing through the area of his work.")
    assert all("Tafas" not in ns for ns in names(row)[1:])


@pytest.mark.parametrize("text", [
    'Meanwhile, factions of the "Dawn of Freedom" operation clashed with the SDF near Tal Rifaat on Monday.',
    "Factions of the “Deterrence of Aggression” operation stormed the town of Khan Tuman on Monday.",
    "Turkish forces of 'Operation Peace Spring' shelled the village of Tal Tamr on Monday.",
])
def test_quoted_operation_name_is_no_place(text: str) -> None:
    row = run(text)
    assert all(n not in ("Freedom", "Aggression", "Peace Spring") for ns in names(row) for n in ns)


@pytest.mark.parametrize(("text", "place"), [
    ("A motorcycle bomb exploded near the shrine of Sayyida Zeinab on Thursday, killing six people. It was the second "
     "attack there, after a car bomb killed one person near the Shia shrine on Feb 15.", "Sayyida Zeinab"),
    ("Drones struck a hangar at the Kweires airbase on Monday, killing two soldiers.\n\n"
     "On Saturday, a rocket hit the same airbase, wounding three soldiers.", "Kweires"),
    ("A shell hit the market of Sarmin on Monday, killing three people.\n\n"
     "On Friday, a car bomb went off in the crowded market, killing four people.", "Sarmin"),
])
def test_a_landmark_named_again_is_the_place_named_before(text: str, place: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert names(row)[1][:1] == [place]


@pytest.mark.parametrize(("text", "governorate"), [
    ("ISIS ambushed a bus on the road between Palmyra and al-Sukhnah on Wednesday, killing three soldiers.", "Homs"),
    ("ISIS ambushed a bus on the highway linking al-Mayadeen and Palmyra on Wednesday, killing three soldiers.", None),
    ("ISIS ambushed a bus on the road connecting Salamiyah to Palmyra on Wednesday, killing three soldiers.", None),
])
def test_road_between_two_towns(text: str, governorate: str | None) -> None:
    from observatory.extract import extract_report, to_contract
    from observatory.geo import Geocoder
    from observatory.models import Report

    row = to_contract("t", extract_report(Report(text=text, published=DAY), Geocoder.default()))  # type: ignore[arg-type]
    assert [i["governorate"] for i in row["incidents"]] == [governorate]


@pytest.mark.parametrize("text", [
    "A car bomb killed 19 people in the city of al-Bab on Tuesday, according to the White Helmets.",
    "Gunmen shot dead a soldier of the regime's 47th Regiment near the town of Tafas on Monday, Zaman al-Wasl reported.",
    "A bomb killed two people in the town of Azaz on Monday, an analyst at the Middle East Institute said.",
])
def test_bodies_and_outlets_are_no_places(text: str) -> None:
    row = run(text)
    assert all(n not in ("White Helmets", "Regiment", "Zaman al-Wasl", "Middle East Institute") for ns in names(row) for n in ns)


@pytest.mark.parametrize("second", [
    "An IED killed three soldiers in the Syrian desert.",
    "A drone strike killed two SDF fighters in the countryside of Hasakah.",
])
def test_one_event_after_a_total_stays_an_incident_though_vaguely_placed(second: str) -> None:
    row = run("SOHR documented the deaths of 96 people in March.\n\n" + second)
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("text", "place"), [
    ("Twenty militiamen died when Israeli jets bombed their bases during the night in the east of the country, a monitor said.\n"
     "The strikes hit weapons depots from al-Mayadin to al-Bukamal, the monitor added.", "al-Mayadin"),
    ("Six soldiers were killed in an attack overnight on a military post, a war monitor said.\n"
     "The attack took place near the village of Kabajib, according to the monitor.", "Kabajib"),
    ("Four fighters were killed in Russian air raids at dawn on Friday, a monitor said.\n"
     "The raids targeted a camp near Kafr Takharim, the monitor said.", "Kafr Takharim"),
])
def test_event_placed_by_a_later_sentence(text: str, place: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert place in names(row)[0]


def test_a_place_told_of_something_else_is_not_taken() -> None:
    row = run("Twenty militiamen died when Israeli jets bombed their bases during the night in the east of the country, a monitor said.\n"
              "Militias have been deployed around al-Mayadin since 2017.")
    assert names(row) == [[]]


@pytest.mark.parametrize("text", [
    "ISIS cells attacked a checkpoint near the village of Kabajib in the Deir Ezzor desert on Monday, killing five soldiers.\n"
    "Russian helicopters later fired missiles at the desert areas into which the attackers withdrew.",
    "In the countryside of Lattakia, an HTS sniper shot dead a soldier near Kabani yesterday, while regime troops pounded "
    "the surroundings of the area with mortars.",
    "A drone struck a car near the town of Amuda in Hasakah on Sunday, killing two SDF fighters.\n"
    "Turkish artillery later shelled the vicinity of the town.",
    "ISIS cells attacked a post near the village of Kabajib in the Deir Ezzor desert on Monday, killing three soldiers.\n"
    "Regime artillery later shelled the hills surrounding the area.",
])
def test_an_event_in_the_area_takes_its_place(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert names(row)[1] and names(row)[1][0] == names(row)[0][0]
    assert governorates(row)[1] == governorates(row)[0]


def test_a_clause_about_the_place_is_no_habit() -> None:
    row = run("Regime jets carried out 12 airstrikes on the village of Kansafra on Monday, where HTS fighters have been "
              "gathering in recent days.")
    assert kinds(row) == ["airstrike"]


def test_the_same_victim_named_again_in_his_town_stays_one() -> None:
    row = run("Gunmen shot dead a man in the town of Sanamayn this morning.\n"
              "The man, a former fighter, was killed near his home in Sanamayn.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "ISIS cells attacked a gas field near al-Shaer on Monday, killing three guards.\n"
    "Afterwards, Russian jets carried out 15 raids on the mountains north of the field.",
    "HTS fighters stormed a regime post near Kafr Nabl on Tuesday, killing four soldiers.\n"
    "Regime warplanes subsequently bombed the hills behind the front.",
    "An ISIS ambush killed six soldiers near Kabajib on Sunday. Russian jets later pounded the desert hideouts of the "
    "cells.",
])
def test_later_strikes_without_a_place_are_kept(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert kinds(row)[1] == "airstrike"


@pytest.mark.parametrize("text", [
    "Four Syrian militiamen have been killed by ISIS amid rising attacks in the desert.\n"
    "Four members of militias loyal to the Revolutionary Guard were killed in an ISIS attack near Ithriya on Sunday.",
    "Three fighters were killed by a Turkish drone, a monitor said.\n"
    "Three SDF members were killed when a Turkish drone struck their car near Amuda on Tuesday.",
    "Six soldiers killed in ambush.\nSix members of regime forces were killed in an ISIS ambush near Kabajib on Friday.",
])
def test_lead_toll_restated_with_day_and_place_is_one(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) in (3, 4, 6)


@pytest.mark.parametrize("text", [
    "Israeli missiles struck a depot near Kisweh on Monday, killing three militiamen. State media said the missiles were "
    "fired from the occupied Golan Heights.",
    "Rockets hit the town of Jableh on Friday, wounding two civilians; they were launched from the Idlib countryside.",
    "A drone struck a car near Amuda on Sunday, killing two fighters; it came from Turkish territory near Nusaybin.",
])
def test_where_the_weapon_came_from_is_no_place_of_the_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert not any(n in ("Golan", "Golan Heights", "Idlib", "Nusaybin") for n in names(row)[0])


def test_a_wounded_victim_dying_later_elsewhere_is_the_same_incident() -> None:
    row = run("Regime shelling on the town of Kansafra killed two civilians and wounded three on Monday. One of the "
              "wounded later died in hospital in the city of Idlib.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "A car bomb killed two officers in the town of Azaz on Monday. The bombing is similar to the attack on a market in "
    "al-Bab last year, when a drone struck a crowd.",
    "Gunmen shot dead a judge near the town of Nawa on Sunday. The killing was reminiscent of the assassination of a "
    "mayor in Tafas, whose car was hit by an airstrike.",
    "An Israeli strike hit a flat in the Kafr Sousa area of Damascus on Friday, killing two men, in a repeat of the "
    "drone attack on an office in Beirut.",
])
def test_the_event_compared_with_lends_no_kind_or_place(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row)[0] in ("ied_landmine", "assassination", "attack", "airstrike")
    assert kinds(row)[0] != "drone_strike"
    assert not any(n in ("al-Bab", "Tafas", "Beirut") for n in names(row)[0])


@pytest.mark.parametrize("text", [
    "Heavy clashes erupted on Monday between regime troops and local fighters in the besieged town of Madaya, killing "
    "five fighters.",
    "Fierce fighting raged today on the edges of the besieged neighbourhood of Jobar, amid intense shelling, and left "
    "seven soldiers dead.",
    "Clashes went on today between the army and local fighters in besieged eastern Ghouta, where three fighters "
    "were killed.",
])
def test_fighting_in_a_besieged_place_is_a_clash(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["clash"]


@pytest.mark.parametrize(("text", "gov"), [
    ("ISIS gunmen killed 12 truffle hunters near al-Sukhnah in the Homs desert on Friday. The victims were civilians, "
     "most of them from the countryside of Hama and Idlib.", "Homs"),
    ("A landmine killed four workers near Ithriya in the Hama desert on Monday; all of whom came originally from "
     "Manbij and al-Bab, east of Aleppo.", "Hama"),
    ("Gunmen shot dead three men on the road near Busra al-Sham in Daraa yesterday. The men, who were from Sweida "
     "and Damascus, were driving home.", "Dar'a"),
])
def test_home_towns_of_victims_are_not_where_it_happened(text: str, gov: str) -> None:
    row = run(text)
    assert governorates(row) == [gov]


def test_a_man_from_a_town_with_no_other_place_keeps_it() -> None:
    row = run("A man from Kafr Nubl was killed by a landmine on Tuesday in the countryside of Idlib.")
    assert governorates(row) == ["Idleb"]


def test_a_place_named_after_of_the_stays_a_place() -> None:
    row = run("A landmine exploded on Tuesday on the outskirts of the town of Maadan in the Raqqa countryside, killing a "
              "shepherd.")
    assert [p["name"] for p in row["incidents"][0]["places"]][0] == "Maadan"


def test_shelling_of_a_named_place_during_a_fight_is_its_own_event() -> None:
    row = run("Clashes broke out today between regime forces and HTS near Kafranbel, killing three soldiers, while "
              "Russian jets struck the town of Maarat al-Numan, killing two civilians.")
    assert len(row["incidents"]) == 2


def test_the_ground_drones_were_launched_from_is_not_where_they_were_downed() -> None:
    row = run("Air defences at the Russian airbase of Hmeimim in the Latakia countryside downed two drones on Friday "
              "that were launched from areas held by the armed factions in Idlib, with no casualties reported.")
    assert governorates(row) == ["Lattakia"]
    assert "Idlib" not in place_names(row)[0]


def test_the_positions_rockets_were_fired_from_are_not_where_they_fell() -> None:
    row = run("Three civilians were wounded on Monday when rockets fired by regime forces from their positions in the "
              "southern countryside of Idlib fell on the village of Jurin in the Sahl al-Ghab plain, west of Hama.")
    assert "Idlib" not in place_names(row)[0]


def test_a_town_fired_from_without_held_ground_is_still_the_place() -> None:
    row = run("Gunmen fired from a passing car at a shop in the town of Jasim in the northern countryside of Daraa on "
              "Sunday, killing its owner.")
    assert governorates(row) == ["Dar'a"]
