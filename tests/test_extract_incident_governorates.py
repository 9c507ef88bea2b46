"""Incidents: the governorate of an incident.

* a village in the countryside of a town lies in that town's governorate; a city and its own countryside, a city
  district and the countryside, two towns of two governorates;
* a town named again takes the governorate it was named with; "in the same countryside" takes the one of the incident
  before; a possessive of a province;
* two governorates under one province word, two provinces after the town, an event placed only by province;
* province labels and province-led sentences open incidents of their own; strikes in two provinces are two incidents.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import governorates, place_names
from contract_rows import killed_per_incident as killed
from incident_cases import DAY, TownGeocoder, run

GEO_TOWNS = {"Ain Issa": "Ar-Raqqa", "Saida": "Dar'a", "Tal Abyad": "Ar-Raqqa", "Kafr Sajna": "Idleb"}


#: A stand-in geocoder that knows a few towns, one of them ("Saida") in another governorate than the others.
_GEOCODER = TownGeocoder(GEO_TOWNS)


def geo_run(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text="Monitor update\n\n" + text, published=DAY), _GEOCODER)
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


def test_a_town_named_later_places_an_attack_told_by_province() -> None:
    row = run("Fighters of the factions attacked regime positions in the southern countryside of Idlib at dawn on Monday, "
              "killing seven soldiers. Five fighters also died in the assault on the village of Kafr Sajna, which regime "
              "forces had captured earlier this month.")
    assert len(row["incidents"]) == 1


def test_each_province_label_opens_an_incident_of_its_own() -> None:
    row = run("Idlib: two soldiers were killed when rebels attacked a checkpoint near the town of Ariha.\n\n"
              "Hama: a man was shot dead by the gunfire of security forces at a checkpoint in the city.")
    assert governorates(row) == ["Idleb", "Hama"]


def test_paragraphs_under_one_province_label_can_stay_one_incident() -> None:
    row = run("Deir Ezzor: regime forces shelled the town of Muhasan on Friday, killing three civilians.\n\n"
              "Two more civilians were wounded in the shelling, medical sources said.")
    assert len(row["incidents"]) == 1


def test_a_town_named_again_takes_the_governorate_it_was_named_with() -> None:
    row = run("ISIS cells attacked a group of truffle hunters near the village of Abu Hanaya, south of Al-Sabkhah in "
              "the eastern countryside of Al-Raqqa, on Monday, killing two of them.\n\n"
              "On Tuesday, a landmine exploded under a car near Abu Hanaya, killing a soldier.")
    assert governorates(row) == ["Ar-Raqqa", "Ar-Raqqa"]


def test_a_town_named_again_with_a_town_named_nowhere_else_takes_no_governorate() -> None:
    row = run("ISIS cells attacked a group of truffle hunters near the village of Abu Hanaya, south of Al-Sabkhah in "
              "the eastern countryside of Al-Raqqa, on Monday, killing two of them.\n\n"
              "On Tuesday, warplanes struck the desert between Abu Hanaya and Wadi Zamlat, killing four ISIS members.")
    assert governorates(row)[1] is None


def test_in_the_same_countryside_takes_the_governorate_of_the_incident_before() -> None:
    row = run("Regime forces shelled the town of Qabtan al-Jabal in the western countryside of Aleppo this morning, "
              "killing a man and his son.\n\n"
              "In response, HTS fighters shelled regime positions on the Arnaz front in the same countryside, killing a "
              "soldier.")
    assert governorates(row) == ["Aleppo", "Aleppo"]


def test_a_place_named_with_its_provinces_possessive_takes_that_province() -> None:
    row = run("Last week, a drone strike on a car in Idlib's Sarmada killed two HTS members.")
    assert governorates(row) == ["Idleb"]


def test_a_possessive_of_no_province_names_no_province() -> None:
    row = run("Last week, a drone strike on a car in Hamza's Garage killed two HTS members near the town of Sarmada.")
    assert governorates(row) == [None]


def test_troops_sent_from_another_province_are_not_the_place() -> None:
    row = run("ISIS cells attacked an army post near the village of Khirbet Ghazi on Friday, killing two soldiers, and the "
              "army dispatched troops from Homs to the area.")
    assert "Homs" not in [p["name"] for p in row["incidents"][0]["places"]]


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


def test_a_city_and_its_own_countryside_keep_their_governorate() -> None:
    row = run("Regime shelling hit the outskirts of Idlib city and villages in Idlib countryside, killing two civilians.")
    assert [i["governorate"] for i in row["incidents"]] == ["Idleb"]


@pytest.mark.parametrize("line", [
    "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis; a child was killed by regime shelling on the "
    "village of Kansafra.",
    "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis; a landmine killed a child near the village of "
    "Kansafra.",
])
def test_semicolon_between_two_events_of_a_province_line(line: str) -> None:
    row = run("SOHR has documented the death of 3 people across Syria on Thursday, distributed as follows:\n" + line)
    assert killed(row) == [{"regime": 2}, {"civilians": 1}]


@pytest.mark.parametrize("second", [
    "A shell hit a house in the town of Darat Izza in the western countryside of Aleppo this morning, killing five civilians.",
    "Five civilians were killed this morning when a rocket struck the village of Kafr Nouran, in Aleppo's western "
    "countryside.",
])
def test_province_of_the_town_wins_over_an_earlier_province(second: str) -> None:
    row = run("Regime forces responded with intense artillery shelling on Idlib countryside. " + second)
    assert row["incidents"][-1]["governorate"] == "Aleppo"


def test_two_provinces_after_the_town_leave_the_governorate_open() -> None:
    row = run("Russian jets carried out nearly 20 airstrikes on ISIS hideouts in al-Rasafa desert in Raqqa province and in "
              "Deir Ezzor desert on Monday.")
    assert row["incidents"][0]["governorate"] is None


@pytest.mark.parametrize("second", [
    "In Homs, ISIS cells killed four soldiers near the Arak gas field.",
    "In the eastern countryside of Homs, ISIS cells killed four soldiers near Arak.",
    "Elsewhere in Homs province, cells of the group killed four soldiers near Arak.",
])
def test_sentence_led_by_another_province_is_another_incident(second: str) -> None:
    row = run("SOHR has documented 5 deaths across Syria on Thursday. In Daraa, a former opposition fighter was shot dead "
              "by unknown gunmen in Jasim. " + second)
    assert killed(row) == [{"hts_rebels": 1}, {"regime": 4}]


def test_sentence_led_by_the_same_province_adds_to_the_incident() -> None:
    row = run("ISIS cells attacked an army post near Arak in the Homs desert on Monday, killing four soldiers. In Homs, the "
              "attackers also seized weapons and a vehicle before withdrawing.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("text", [
    "Warplanes struck positions in the countryside of Idlib and Lattakia on Tuesday, killing six fighters.",
    "On June 3, rockets fired by the factions on the countryside of Hama and Aleppo killed two soldiers.",
    "Drone strikes on the deserts of Raqqa and Deir Ezzor killed four ISIS members on Friday.",
    "Landmines exploded in the provinces of Daraa and Quneitra yesterday, killing three shepherds.",
])
def test_two_governorates_under_one_province_word_leave_it_open(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert governorates(row) == [None]


@pytest.mark.parametrize(("text", "gov"), [
    ("Regime shelling on the town of Kafr Nabl in the countryside of Idlib killed two civilians on Monday.", "Idleb"),
    ("A mine exploded near the village of Ithriya in the countryside of Hama and killed a shepherd yesterday.", "Hama"),
    ("Gunmen shot a soldier dead on Sunday near the border between the provinces of Daraa and Sweida, in the town of "
     "Busra al-Harir.", "Dar'a"),
])
def test_one_province_or_a_border_keeps_its_governorate(text: str, gov: str) -> None:
    row = run(text)
    assert governorates(row)[:1] == [gov]
