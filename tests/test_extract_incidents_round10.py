"""Round 10 of the written sets: where one incident ends and the next begins, what kind each is and where it
happened, checked on sentences written for these tests (none is taken from an evaluation set).

Each construction has a test that failed before round 10, and a look-alike whose reading must not change.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, killed_per_incident, kinds, place_names
from observatory.extract.events import event_type

DAY = date(2023, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


# --- a long sentence telling two sides' acts joined by "while" -------------------------------------------------------


def test_a_long_sentence_of_two_sides_shelling_apart_is_two_incidents() -> None:
    row = run("Answering the raid, SDF fighters targeted Turkish-backed faction positions around the village of Um Shaifa "
              "in the countryside of Tal Tamr with heavy mortar rounds, injuring several fighters of the factions, while "
              "Turkish forces shelled Tal Jumaa, Tal Kefji and Abu Rasin with dozens of artillery rounds, killing an "
              "SDF member.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["shelling", "shelling"]


def test_a_long_sentence_of_one_side_shelling_two_places_stays_whole() -> None:
    row = run("Regime forces targeted the outskirts of the town of Kafr Nabl in the southern countryside of Idlib with "
              "heavy artillery and rocket launchers on Monday afternoon, wounding two civilians, while the same "
              "forces shelled the nearby villages of Maarzaf and Hass, causing material damage to homes.")
    assert len(row["incidents"]) == 1


# --- a place named after what a victim was accused of ----------------------------------------------------------------


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


# --- an "air attack" ----------------------------------------------------------------------------------------------


def test_an_air_attack_is_an_airstrike() -> None:
    hit = event_type("The ministry said that the enemy launched an air attack on the airport at dawn.")
    assert hit is not None and hit[0] == "airstrike"
    hit = event_type("Two soldiers were killed in air attacks on their positions near the base.")
    assert hit is not None and hit[0] == "airstrike"


def test_a_cluster_bomb_remnant_is_a_war_remnant() -> None:
    hit = event_type("Two boys were wounded when a cluster bomb remnant went off while they played in an olive grove.")
    assert hit is not None and hit[0] == "ied_landmine"
    hit = event_type("A farmer lost a leg when he stepped on a submunition in his field.")
    assert hit is not None and hit[0] == "ied_landmine"


def test_cluster_bombs_dropped_by_jets_stay_an_airstrike() -> None:
    hit = event_type("Russian jets dropped cluster bombs on the outskirts of the town, wounding four civilians.")
    assert hit is not None and hit[0] == "airstrike"


def test_an_attack_by_air_defences_is_not_an_airstrike() -> None:
    hit = event_type("Gunmen attacked the air defence battalion near the town, killing a soldier.")
    assert hit is not None and hit[0] == "attack"


# --- a paragraph that opens with a shift in time ---------------------------------------------------------------------


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


# --- what decides the kind ------------------------------------------------------------------------------------------


def test_an_exchange_of_fire_begun_by_an_attack_is_the_attack() -> None:
    hit = event_type("A soldier and two gunmen died in an exchange of fire after ISIS members stormed a post near the dam.")
    assert hit is not None and hit[0] == "attack"


def test_an_exchange_of_fire_between_two_sides_stays_a_clash() -> None:
    hit = event_type("Regime forces and local gunmen exchanged fire near the town square for two hours, leaving a gunman dead.")
    assert hit is not None and hit[0] == "clash"


def test_captives_taken_in_battle_and_executed_are_an_execution() -> None:
    hit = event_type("The group executed nine men, among them four soldiers who had been taken prisoner in the fighting "
                     "near the airport.")
    assert hit is not None and hit[0] == "execution"


def test_an_execution_in_the_course_of_a_battle_stays_a_clash() -> None:
    hit = event_type("During the clashes, ISIS fighters executed two wounded soldiers they had found on the road.")
    assert hit is not None and hit[0] == "clash"


def test_a_drone_that_fired_missiles_is_a_drone_strike() -> None:
    hit = event_type("A drone thought to be operated by the international coalition fired a missile at a motorcycle near "
                     "the town.")
    assert hit is not None and hit[0] == "drone_strike"
    hit = event_type("Two men were killed by a missile fired from a drone at their car.")
    assert hit is not None and hit[0] == "drone_strike"


def test_missiles_fired_by_ground_forces_stay_shelling() -> None:
    hit = event_type("Regime forces fired missiles at the outskirts of the town, after a drone was seen over the area.")
    assert hit is not None and hit[0] == "shelling"


def test_a_body_found_shot_with_no_shooter_is_other() -> None:
    row = run("The body of a man was found with gunshot and bullet wounds near the village of Ara in the countryside of "
              "Sweida on Monday.")
    assert kinds(row) == ["other"]


def test_a_child_hit_by_stray_bullets_is_other() -> None:
    row = run("A girl was wounded by stray bullets in the town of Salkhad in the countryside of Sweida on Monday.")
    assert kinds(row) == ["other"]


def test_a_man_shot_by_gunmen_stays_an_assassination() -> None:
    row = run("Gunmen shot dead a man near the village of Ara in the countryside of Sweida on Monday, and his body was "
              "found by residents.")
    assert kinds(row) == ["assassination"]


def test_a_killing_and_a_kidnapping_by_one_side_is_an_attack() -> None:
    row = run("The monitor documented on Monday the killing of a truffle hunter and the abduction of three others by "
              "ISIS members in the desert of Kawkab.")
    assert kinds(row) == ["attack"]


def test_a_kidnapping_without_deaths_stays_an_abduction() -> None:
    row = run("ISIS members abducted three truffle hunters in the desert of Kawkab on Monday.")
    assert kinds(row) == ["abduction"]


def test_one_man_shot_dead_by_a_side_that_then_fled_is_an_assassination() -> None:
    row = run("ISIS members shot dead an official of the local council in the town of Hawayej on Monday and fled the "
              "scene.")
    assert kinds(row) == ["assassination"]


def test_one_soldier_shot_dead_by_a_side_in_a_fight_stays_an_attack() -> None:
    row = run("ISIS members shot dead a soldier in the town of Hawayej on Monday.")
    assert kinds(row) == ["attack"]


# --- governorates -----------------------------------------------------------------------------------------------------


GEO_TOWNS = {"Ain Issa": "Ar-Raqqa", "Saida": "Dar'a", "Tal Abyad": "Ar-Raqqa", "Kafr Sajna": "Idleb"}


class _Result:
    def __init__(self, name: str, admin1: str) -> None:
        self.name, self.admin1, self.lat, self.lon = name, admin1, 1.0, 1.0
        self.precision, self.feature_class, self.matched = 1, "populated", name


class _Geocoder:
    """A stand-in geocoder that knows a few towns, one of them ("Saida") in another governorate than the others."""

    def geocode(self, name: str, context: object = None) -> _Result:
        if name not in GEO_TOWNS:
            raise LookupError(name)
        return _Result(name, GEO_TOWNS[name])


def geo_run(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text="Monitor update\n\n" + text, published=DAY), _Geocoder())
    return [e.location.admin1 for e in extraction.events]


def test_a_village_in_the_countryside_of_a_town_lies_in_that_towns_governorate() -> None:
    assert geo_run("In the countryside of Ain Issa, a Turkish drone struck a car near the village of Saida on Monday, "
                   "killing two SDF fighters.") == ["Ar-Raqqa"]


def test_two_towns_of_two_governorates_without_a_countryside_stay_split() -> None:
    assert geo_run("A Turkish drone struck a car near Ain Issa on Monday, and another hit a house near the village of "
                   "Saida, killing two SDF fighters.")[0] is None


def test_a_clause_cut_off_an_incident_lies_in_its_governorate() -> None:
    govs = geo_run("Near the village of Kafr Sajna in the southern countryside of Idlib, an HTS sniper shot dead a regime "
                   "soldier on Monday, while regime forces shelled Marwaha and Hazzarin with dozens of artillery rounds.")
    assert govs == ["Idleb", "Idleb"]


def test_a_new_sentence_with_unknown_towns_takes_no_governorate_from_the_one_before() -> None:
    govs = geo_run("Near the village of Kafr Sajna in the southern countryside of Idlib, an HTS sniper shot dead a regime "
                   "soldier on Monday.\n\nOn Tuesday, unknown gunmen shot dead a man in Marwaha.")
    assert govs == ["Idleb", None]


def test_the_wider_war_in_other_provinces_does_not_unplace_an_incident() -> None:
    govs = geo_run("Five civilians were killed on Monday when regime warplanes struck a market in the town of Kafr Sajna "
                   "in the countryside of Idlib. Idlib and adjacent parts of Hama, Aleppo and Latakia have been under "
                   "heavy bombardment since the spring, the monitor added.")
    assert govs == ["Idleb"]


def test_an_event_placed_only_by_province_keeps_the_other_provinces_it_hit() -> None:
    row = run("Israeli missiles struck positions in the countryside of Damascus on Monday night. The strikes also hit "
              "military sites in Daraa and Quneitra, killing three soldiers.")
    assert {"Daraa", "Quneitra"} <= set(place_names(row)[0])


def test_damascus_province_then_its_countryside_is_rural_damascus() -> None:
    row = run("Damascus province: regime forces shelled the towns of Zamalka and Arbin in the Damascus countryside, "
              "killing a man.")
    assert [i["governorate"] for i in row["incidents"]] == ["Rural Damascus"]


def test_a_city_district_and_the_countryside_stay_split() -> None:
    row = run("Israeli missiles struck a building in the Mezzeh neighbourhood in Damascus and positions near Kiswah in "
              "Rural Damascus on Monday, killing four soldiers.")
    assert [i["governorate"] for i in row["incidents"]] == [None]


# --- the attackers' own losses --------------------------------------------------------------------------------------


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


# --- statistics told like events ------------------------------------------------------------------------------------


def test_thousands_of_strikes_over_several_provinces_are_no_incident() -> None:
    row = run("Throughout 2022 the badia stayed the main theatre of ISIS activity. ISIS cells launched raids on army "
              "posts, while Russian jets conducted over 3,200 air strikes on the deserts of Homs, Hama and Deir ez-Zor "
              "to hunt them down.")
    assert "airstrike" not in kinds(row)


def test_dozens_of_strikes_on_a_town_stay_an_incident() -> None:
    row = run("Russian jets conducted 45 air strikes on the outskirts of the town of Maarat al-Numan and nearby "
              "villages in the countryside of Idlib on Monday.")
    assert kinds(row) == ["airstrike"]


# --- a lead placed nowhere that sums the incidents after it; raids told for their arrests ------------------------------


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


def test_raids_whose_dead_are_told_after_them_stay_an_incident() -> None:
    row = run("Security forces raided homes in the town of Inkhil on Monday and arrested eleven young men.\n"
              "Two of the wanted men were killed in an exchange of fire during the raids.")
    assert len(row["incidents"]) == 1


# --- one more hit of the same strikes ---------------------------------------------------------------------------------


def test_a_missile_hitting_elsewhere_after_missile_strikes_is_the_same_strikes() -> None:
    row = run("Israeli missiles struck arms depots of Iranian-backed groups near the airport of Mezzeh on Sunday night, "
              "killing four militiamen. Two soldiers were also wounded when a missile fell on their post near Qatana.")
    assert len(row["incidents"]) == 1


def test_regime_rockets_after_missile_strikes_are_their_own_incident() -> None:
    row = run("Israeli missiles struck arms depots of Iranian-backed groups near the airport of Mezzeh on Sunday night, "
              "killing four militiamen. Regime forces also fired rockets at the village of Qatana, wounding two.")
    assert len(row["incidents"]) == 2


def test_the_sea_a_strike_came_from_west_of_a_town_is_not_where_it_hit() -> None:
    row = run("Israeli jets fired missiles from the direction of the sea, west of Tartus, at a radar base near the town "
              "of Masyaf on Sunday, wounding three soldiers.")
    assert "Tartus" not in place_names(row)[0]


def test_a_strike_west_of_a_town_is_placed_there() -> None:
    row = run("Israeli jets fired missiles at a radar base west of Tartus on Sunday, wounding three soldiers.")
    assert "Tartus" in place_names(row)[0]


# --- an earlier event someone told of --------------------------------------------------------------------------------


def test_an_event_someone_said_had_killed_people_is_its_own_incident() -> None:
    row = run("A Turkish drone struck a car near the town of Amuda on Monday, killing two SDF fighters.\n\n"
              "The strike came amid a wave of Turkish attacks on the region that began last week, after the Turkish "
              "ministry announced that six of its soldiers had been killed in an attack by Kurdish fighters in "
              "northern Iraq.")
    assert len(row["incidents"]) == 2


def test_an_event_someone_said_had_killed_people_in_a_sentence_of_no_event_stays_whole() -> None:
    row = run("A Turkish drone struck a car near the town of Amuda on Monday, killing two SDF fighters.\n\n"
              "Ankara has been on alert since the ministry announced that six of its soldiers had been killed.")
    assert len(row["incidents"]) == 1


# --- a rescue service's or health authority's figure ----------------------------------------------------------------


def test_a_rescue_service_toll_yields_to_the_monitors() -> None:
    row = run("The monitor said four civilians were killed when rockets hit a bakery in the town of Atarib, while "
              "Russian jets killed five civilians in strikes on the outskirts of Binnish.\n\n"
              "The Syrian Civil Defence put the death toll from Monday's bombardment at 12, with more than 30 injured.")
    assert killed_per_incident(row) == [{"civilians": 4}, {"civilians": 5}]


def test_a_rescue_service_telling_its_own_incident_keeps_its_figures() -> None:
    row = run("Three children were killed on Monday when a war remnant exploded near their home in the village of "
              "Tadef, according to the Syrian Civil Defence.")
    assert row["incidents"][0]["killed"] == {"civilians": 3}
