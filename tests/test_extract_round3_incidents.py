"""Round 3 of the blind, written sets: incidents (where one ends and another begins, dates, kinds, places).

Every sentence here was written for these tests, in several wordings per construction; none is taken from an
evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, kinds
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names

DAY = date(2023, 7, 28)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)


# --- words that are no places: abbreviated months, weapons' acronyms, offices, "<Place>-backed" ----------------------


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
    "It was the second bombing near the shrine in six months, after a car bomb killed one person near the same shrine on Feb 15.",
    "The explosion came weeks after an IED killed two soldiers near the same road on Sept. 3.",
])
def test_abbreviated_month_is_no_place(text: str) -> None:
    row = run(text)
    assert all(n not in ("Feb", "Sept", "Sept.") for ns in names(row) for n in ns)


@pytest.mark.parametrize("text", [
    "Russian jets struck the desert between al-Rasafa and the administrative border with Deir Ezzor on Friday, killing four "
    "ISIS members.",
    "Warplanes bombed hideouts near al-Rasafa, close to the administrative boundary of Deir Ezzor, on Friday, killing four "
    "ISIS members.",
])
def test_administrative_border_is_no_place_of_the_event(text: str) -> None:
    row = run(text)
    assert names(row) == [["al-Rasafa"]]


# --- days: "on the 9th of this month" -----------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "day"), [
    ("On the 9th of this month", date(2023, 7, 9)),
    ("On the 3rd of the month", date(2023, 7, 3)),
    ("On the 28th of last month", date(2023, 6, 28)),
    ("On the 2nd of the current month", date(2023, 7, 2)),
])
def test_day_of_this_month(phrase: str, day: date) -> None:
    from observatory.extract.dates import find_dates

    text = f"{phrase}, an explosive device went off near the bus station, wounding four people."
    found = find_dates(text, 0, len(text), DAY)
    assert found and found[0].value == day


@pytest.mark.parametrize("second", [
    "On the 9th of this month, an explosive device went off near the Mayadin bus station, wounding four people.",
    "On the 14th of last month, a motorcycle bomb exploded outside the Mayadin bus station, wounding four people.",
])
def test_day_of_this_month_starts_another_incident(second: str) -> None:
    row = run("Clashes broke out between two factions in al-Bab yesterday, killing three fighters.\n\n"
              "The explosion is the third in Mayadin this month. " + second)
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["injured"] == {"unknown": 4}


# --- an earlier report recalled ("SOHR reported on June 10 that ...") -------------------------------------------------


@pytest.mark.parametrize("second", [
    "It is worth noting that SOHR reported on June 10 that regime shelling on the same village killed 13 civilians.",
    "The Observatory had documented on May 3 that an airstrike on the same village killed 13 civilians.",
    "SOHR had reported on the 2nd of May that a rocket attack on the same village killed 13 civilians.",
    "Notably, the Syrian Observatory reported on 4 April that government shelling of the village killed 13 civilians.",
])
def test_earlier_report_is_an_incident_of_its_own(second: str) -> None:
    row = run("Regime forces shelled the village of Kansafra at dawn today, killing a child. " + second)
    assert killed(row) == [{"civilians": 1}, {"civilians": 13}]
    assert row["incidents"][1]["date"] is not None and row["incidents"][1]["date"] < "2023-07-01"


# --- "Another <actor> <event>", "A second <event>": one more event ----------------------------------------------------


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


# --- lines that break a period's toll down are no incidents ------------------------------------------------------------


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


# --- war remnants: old, leftover, unexploded shells and rockets ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A child was killed and his brother was injured when an old shell exploded near their home in al-Mashlab on Monday.",
    "Two farmers were killed on Friday when an unexploded rocket went off as they ploughed their land near Maarat al-Numan.",
    "A shepherd died after a leftover mortar round blew up near Tal Abyad yesterday.",
    "A boy was killed on Sunday by a shell left over from previous bombardment in the town of Ariha.",
    "Three children were wounded when a dud missile they were playing with exploded in the village of Kafr Nabl on Sunday.",
])
def test_war_remnants_are_ied_landmine(text: str) -> None:
    assert kinds(run(text)) == ["ied_landmine"]


# --- two events joined by ", and": each with its own victims, kind and place ------------------------------------------


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


# --- aircraft only seen in the sky: no strike ---------------------------------------------------------------------------


@pytest.mark.parametrize("second", [
    "The cells withdrew towards the desert, while Russian warplanes flew intensively over the area after the attack.",
    "Russian jets were seen flying over the desert after the attack.",
    "Coalition helicopters hovered over the village for hours after the attack.",
    "Drones were circling over the area after the ambush.",
])
def test_aircraft_seen_flying_is_no_strike(second: str) -> None:
    row = run("ISIS cells ambushed a regime bus near the town of al-Sukhnah at dawn today, killing nine soldiers. " + second)
    assert kinds(row) == ["ambush"]


def test_aircraft_that_flew_and_struck_is_a_strike() -> None:
    row = run("ISIS cells ambushed a regime bus near the town of al-Sukhnah at dawn today, killing nine soldiers.\n\n"
              "Later, Russian warplanes flew over the desert of Deir Ezzor and struck ISIS hideouts near al-Shula, killing "
              "three ISIS members.")
    assert kinds(row) == ["ambush", "airstrike"]


@pytest.mark.parametrize("second", [
    "Earlier, four students were killed when shells fired by the factions hit the university housing in Aleppo city.",
    "Meanwhile, regime shelling on a market in Idlib city killed four civilians.",
])
def test_event_told_as_one_after_a_total_stays_an_incident(second: str) -> None:
    row = run("SOHR has documented the deaths of 412 people since the beginning of the offensive on November 27.\n\n" + second)
    assert killed(row) == [{"civilians": 4}]


@pytest.mark.parametrize("second", [
    "It was the second attack on the shrine in six months, after a car bomb killed one person near the same shrine on Feb 15.",
    "The bombing came months after an IED killed one person near the shrine on Dec. 3.",
    "It followed a similar blast that killed one person near the shrine on 3 Sept.",
])
def test_recalled_event_with_abbreviated_month(second: str) -> None:
    row = run("A motorcycle bomb exploded near the shrine of Sayyida Zeinab on Thursday, killing six people. " + second)
    assert killed(row) == [{"unknown": 6}, {"unknown": 1}]


# --- a tally of many events over a period is no event ---------------------------------------------------------------------


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


# --- "on Dec. 3": a month's abbreviation ends no sentence; a caption's full date and the story's weekday agree -----------


def test_abbreviated_month_does_not_end_the_sentence() -> None:
    from observatory.extract.text import sentences

    text = "An IED killed one person near the shrine on Dec. 3. Two more were wounded."
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("caption", [
    "Aftermath of the car bombing, al-Bab, Oct. 6, 2020. Image credit: a local activist.",
    "Smoke rises after the blast in al-Bab on October 6, 2020 (photo: social media).",
])
def test_caption_date_and_weekday_of_the_story_are_one_day(caption: str) -> None:
    row = run(caption + "\n\nA car bomb killed 19 people in the city of al-Bab on Tuesday.", published=None)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["date"] == "2020-10-06"


# --- fighting told as going on for days, without a toll: no one event -----------------------------------------------------


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


# --- warnings and contaminated land: no event ------------------------------------------------------------------------------


@pytest.mark.parametrize("second", [
    "SOHR warns truffle hunters against heading to the desert, where vast areas remain contaminated with mines.",
    "Activists warned of more landmine deaths, as farmland is still littered with unexploded shells.",
    "The monitor warned civilians not to approach the area, which remains heavily contaminated with IEDs.",
])
def test_warning_about_mines_is_no_event(second: str) -> None:
    row = run("Yesterday, a shepherd was killed by gunfire of ISIS cells near al-Saan.\n\n" + second)
    assert kinds(row) == ["attack"]


# --- an event told before a toll over a period: the event is an incident, without the toll --------------------------------


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


# --- attacks on several places listed in one sentence: one incident per place ---------------------------------------------


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


# --- "the same village", "the camp": the place named before -------------------------------------------------------------


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


# --- another source whose dead contradict the monitor's: its wounded go too ------------------------------------------------


@pytest.mark.parametrize("text", [
    "An Israeli drone struck a car near the town of Hader on Tuesday. The Syrian Observatory said two Hezbollah members "
    "were killed. State news agency SANA said the strike killed a civilian and wounded another.",
    "The Turkish Defence Ministry said its forces killed 12 SDF fighters and wounded five near Tal Rifaat on Monday. SOHR "
    "reported that four SDF fighters were killed in the Turkish shelling.",
])
def test_contradicted_source_loses_its_wounded_too(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["injured"] == {}


def test_source_that_only_counts_wounded_keeps_them() -> None:
    row = run("State news agency SANA said 10 civilians were injured when rebels shelled the town of Suqaylabiyah on "
              "Monday. SOHR said two civilians were killed in the shelling.")
    assert row["incidents"][0]["killed"] == {"civilians": 2}
    assert row["incidents"][0]["injured"] == {"civilians": 10}


# --- a person singled out with kin or in his car: a targeted killing ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A member of the Air Force Intelligence and his brother were killed on Monday when unknown gunmen opened fire on their "
    "car near the town of Da'el.",
    "Unidentified gunmen shot dead a local commander and his driver near the town of Tafas on Monday.",
    "Two former fighters were killed on Monday after gunmen fired at their vehicle on the road near Nawa.",
])
def test_person_singled_out_with_kin_is_assassination(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


def test_gunmen_attacking_a_checkpoint_and_killing_two_is_an_attack() -> None:
    row = run("Gunmen attacked a checkpoint near the town of Tafas on Monday, killing two soldiers.")
    assert kinds(row) == ["attack"]


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


def test_as_the_monitor_reported_on_a_day_is_an_earlier_incident() -> None:
    row = run("Regime forces shelled Kansafra at dawn today, killing a child. As SOHR reported on June 10, regime shelling "
              "of the same village killed 13 civilians.")
    assert killed(row) == [{"civilians": 1}, {"civilians": 13}]


def test_attacks_on_listed_places_with_one_toll_stay_one_account() -> None:
    row = run("ISIS cells carried out attacks on army posts near al-Sukhnah, near Arak and around al-Taybah on Monday, "
              "killing five soldiers.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize("line", [
    "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis; a child was killed by regime shelling on the "
    "village of Kansafra.",
    "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis; a landmine killed a child near the village of "
    "Kansafra.",
])
def test_semicolon_between_two_events_of_a_province_line(line: str) -> None:
    row = run("SOHR has documented the death of 3 people across Syria on Thursday, distributed as follows:\n" + line)
    assert killed(row) == [{"regime": 2}, {"civilians": 1}]


def test_semicolon_between_parts_of_one_toll_stays_whole() -> None:
    row = run("Regime shelling hit the village of Kansafra on Monday, killing a woman; two of her children were injured "
              "in the shelling.")
    assert len(row["incidents"]) == 1


# --- several provinces named: the province of the one town ----------------------------------------------------------------


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


def test_mine_beside_a_shooting_has_no_perpetrator_of_its_own() -> None:
    row = run("Unknown gunmen shot dead a former fighter in the town of Jasim yesterday, and a landmine killed two children "
              "near Nawa.")
    assert [i["perpetrator"] for i in row["incidents"]] == ["unknown", None]


def test_strikes_on_a_named_town_for_a_second_day_stay_an_incident() -> None:
    row = run("Turkish drones struck SDF positions near the town of Tal Tamr for a second day on Monday.")
    assert kinds(row) == ["drone_strike"]


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


# --- "the road between A and B": one province when both ends lie in it, else none ------------------------------------------


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


def test_another_shell_on_the_same_house_is_the_same_bombardment() -> None:
    row = run("A regime shell hit a house in the village of Kansafra on Monday, killing a man. Another shell hit the same "
              "house minutes later, killing his son.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("phrase", "day"), [
    ("On Saturday, March 4", date(2023, 3, 4)),
    ("On Thursday, June 8, 2023", date(2023, 6, 8)),
    ("On the night of the 9th", date(2023, 7, 9)),
    ("On the morning of the 21st of last month", date(2023, 6, 21)),
])
def test_weekday_with_its_date_and_parts_of_a_day(phrase: str, day: date) -> None:
    from observatory.extract.dates import find_dates

    text = f"{phrase}, gunmen shot dead a man in the town of Tafas."
    found = find_dates(text, 0, len(text), DAY)
    assert [d.value for d in found] == [day]


@pytest.mark.parametrize("intro", [
    "SOHR has documented the death of 9 people across Syria on Thursday, June 8, 2023. Deaths were distributed as follows:",
    "On June 8, 2023, SOHR documented 9 deaths across Syrian territory, distributed as follows:",
])
def test_province_lines_take_the_day_of_the_roundup(intro: str) -> None:
    row = run(intro + "\nDaraa: a man was shot dead by unknown gunmen in the town of Tafas.\n"
                      "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis.", published=date(2023, 6, 9))
    assert [i["date"] for i in row["incidents"]] == ["2023-06-08", "2023-06-08"]


# --- a roundup turning to another province --------------------------------------------------------------------------------


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
