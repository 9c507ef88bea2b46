"""Round 7 of the written sets: where one incident ends and the next begins, and what kind each is, checked on
sentences written for these tests (none is taken from an evaluation set)."""

from __future__ import annotations

from datetime import date

from contract_rows import contract, kinds

DAY = date(2023, 6, 20)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


def perpetrators(row: dict) -> list[str | None]:
    return [i["perpetrator"] for i in row["incidents"]]


# --- kinds of event ----------------------------------------------------------------------------------------------------


def test_an_execution_for_fighting_on_a_side_is_no_clash() -> None:
    row = run("HTS members executed four young men in a square of the town of Sarmada on Friday, on charges of fighting "
              "alongside regime forces.")
    assert kinds(row) == ["execution"]


def test_a_man_and_a_passer_by_shot_by_gunmen_is_an_assassination() -> None:
    row = run("A member of the Fifth Corps and a passer-by were killed by gunfire of unknown gunmen in the town of Inkhil in "
              "the countryside of Daraa on Sunday.")
    assert kinds(row) == ["assassination"]


def test_weapons_held_in_the_depots_struck_are_no_event_of_their_own() -> None:
    row = run("Three IRGC members were killed when Israeli missiles hit warehouses near Damascus airport after midnight. "
              "Local sources said the warehouses stored rockets and drones brought in from Iraq a few days earlier.")
    assert kinds(row) == ["airstrike"]


def test_the_targeted_site_named_again_is_no_attack_of_its_own() -> None:
    row = run("Three IRGC members were killed when Israeli missiles hit warehouses near Damascus airport after midnight. "
              "Local sources said the targeted warehouses had been emptied a few days earlier.")
    assert kinds(row) == ["airstrike"]


def test_a_body_found_after_a_gang_kidnapped_him_is_an_execution() -> None:
    row = run("The body of a merchant was found in an orchard near the village of Ariqa in the western countryside of "
              "Sweida on Monday, a week after he had been kidnapped by a gang demanding a ransom.")
    assert kinds(row) == ["execution"]


def test_clashes_set_off_by_gunmen_storming_a_post_are_their_attack() -> None:
    row = run("A police officer was killed and three gunmen were wounded in clashes that broke out in the city of Jasim on "
              "Tuesday, after gunmen from a local group stormed the police station to free a detainee.")
    assert kinds(row) == ["attack"]


def test_an_actor_named_by_its_airstrikes_is_the_perpetrator() -> None:
    row = run("Two shepherds were killed in Russian airstrikes on the desert near the town of Uqayribat on Thursday.")
    assert perpetrators(row) == ["russia"]


# --- more of the incident told so far ----------------------------------------------------------------------------------


def test_air_defences_and_explosions_heard_are_the_strike_told() -> None:
    row = run("Two soldiers were killed when Israeli warplanes struck a military airport in the countryside of Homs after "
              "midnight. Syrian air defences fired missiles to intercept the attack, while the sound of explosions was heard "
              "across the city.")
    assert kinds(row) == ["airstrike"]


def test_dead_of_the_fight_that_followed_the_attack_are_its_own() -> None:
    row = run("ISIS cells attacked a checkpoint of the National Defence near the town of al-Sukhnah on Monday, killing "
              "three militiamen. Four ISIS members were also killed in the clashes that followed the attack, which went on "
              "for about three hours before the cells withdrew.")
    assert len(row["incidents"]) == 1


def test_the_monitors_earlier_figure_after_a_risen_toll_is_the_same_incident() -> None:
    row = run("The death toll of the ambush by ISIS cells on a convoy of regime forces near Palmyra on Sunday has risen to "
              "seven, after two soldiers died of their wounds.\n"
              "SOHR had reported that five soldiers were killed when the cells fired on the convoy near the town of Arak.")
    assert len(row["incidents"]) == 1


def test_the_day_a_campaign_began_is_not_a_new_day() -> None:
    row = run("Regime shelling on the town of Ariha killed three civilians on Sunday, SOHR said. The shells landed on the "
              "market of Ariha as regime forces pressed on with a campaign launched on Wednesday against the area.\n"
              "Local media said five people were killed, blaming the regime for the shelling.")
    assert len(row["incidents"]) == 1


def test_a_town_named_later_places_an_attack_told_by_province() -> None:
    row = run("Fighters of the factions attacked regime positions in the southern countryside of Idlib at dawn on Monday, "
              "killing seven soldiers. Five fighters also died in the assault on the village of Kafr Sajna, which regime "
              "forces had captured earlier this month.")
    assert len(row["incidents"]) == 1


def test_the_toll_of_an_earlier_event_named_by_its_place_is_its_own() -> None:
    row = run("A child was killed on Friday when Turkish forces shelled the village of Tal Tawil near Ain Issa.\n"
              "On Thursday, an IED exploded in a vehicle of the SDF near the town of Shaddadi, killing two fighters.\n"
              "SOHR confirmed the toll of the Tal Tawil shelling and said that the shelling also hit the village of Saida.")
    assert kinds(row) == ["shelling", "ied_landmine"]


def test_two_sides_striking_in_one_sentence_are_two_incidents() -> None:
    row = run("Three civilians were killed in Russian airstrikes on the town of Ihsim in the countryside of Idlib on "
              "Saturday, while regime warplanes dropped bombs on Maarat al-Nu'man and Kafr Ruma.")
    assert len(row["incidents"]) == 2


def test_a_strike_answering_an_event_of_its_own_day_is_two_incidents() -> None:
    row = run("Coalition warplanes struck militia positions near al-Mayadeen last night, killing six fighters of Iraqi "
              "militias.\nThe strikes came after a drone launched by the militias hit the Conoco field base yesterday "
              "morning, injuring two US soldiers.")
    assert kinds(row) == ["airstrike", "drone_strike"]


# --- no incident ---------------------------------------------------------------------------------------------------------


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


def test_the_monitors_report_of_the_day_before_after_a_risen_toll_is_the_same_incident() -> None:
    row = run("The death toll of the ISIS ambush on a bus of the 4th Division near the town of Taybeh has risen to five, "
              "after a wounded soldier died this morning.\n"
              "SOHR reported yesterday that four soldiers were killed and two others wounded when the cells opened fire on "
              "the bus.")
    assert len(row["incidents"]) == 1


def test_a_wound_in_an_exchange_of_fire_with_those_raided_is_the_raids_own() -> None:
    row = run("The SDF, backed by coalition helicopters, raided a house in the town of Hajin at dawn on Tuesday, killing an "
              "ISIS official.\n\n"
              "An SDF fighter was also injured during an exchange of fire with the wanted men, local sources said.")
    assert len(row["incidents"]) == 1


def test_strikes_made_several_times_are_no_incident() -> None:
    row = run("Israeli missiles hit a radar site near the town of Izraa on Sunday, killing two soldiers. Daraa was the most "
              "targeted area this year, while Israel also struck Mezzeh airbase several times.")
    assert len(row["incidents"]) == 1


def test_others_wounded_and_a_later_rescue_are_the_same_strike() -> None:
    row = run("Nine civilians were killed when Russian warplanes struck a bakery in the town of Kafr Batna. Dozens of others "
              "were injured, and volunteers were still digging people out of the debris three hours later.")
    assert len(row["incidents"]) == 1


def test_a_district_named_after_the_capitals_is_a_place() -> None:
    row = run("SOHR documented the deaths of 40 civilians in the past 24 hours.\n"
              "Mortar shells fired by the factions on the capital's Abbasiyyin neighbourhood killed a woman and wounded "
              "three others.")
    assert [[p["name"] for p in i["places"]] for i in row["incidents"]] == [["Abbasiyyin"]]


def test_a_drone_launched_at_a_base_is_a_drone_strike() -> None:
    row = run("Iranian-backed militias launched a drone and two rockets at the coalition base in the Conoco gas field on "
              "Friday, without casualties.")
    assert kinds(row) == ["drone_strike"]


def test_where_those_accused_are_based_is_not_where_it_happened() -> None:
    row = run("A car bomb exploded near a mosque in the city of Jableh in the countryside of Lattakia on Friday, killing "
              "eleven people. State media accused 'terrorist groups' in Idlib of planting the bomb.")
    assert [i["governorate"] for i in row["incidents"]] == ["Lattakia"]


def test_an_answer_to_the_sources_of_fire_is_an_incident_of_its_own() -> None:
    row = run("Turkish forces shelled villages near the town of Abu Rasin on Sunday, wounding three civilians.\n"
              "The SDF said that its forces responded to the sources of fire near Tal Halaf, killing four members of the "
              "factions.")
    assert kinds(row) == ["shelling", "shelling"]


def test_acts_listed_each_on_its_own_day_are_incidents_of_their_own() -> None:
    row = run("The Homs desert has seen renewed violence over the past three days: ISIS cells attacked a post of the 4th "
              "Division near the town of Arak on Monday, ambushed a patrol on the road to al-Sukhnah on Tuesday, and "
              "stormed a checkpoint near the T3 station on Wednesday.")
    assert kinds(row) == ["attack", "ambush", "attack"]
