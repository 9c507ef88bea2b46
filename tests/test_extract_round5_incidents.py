"""Round 5 of the written sets: events told inside statistics pieces, second events inside one sentence, captives
found dead, the home towns of victims, and kinds told with a setting or a time phrase.

Every paragraph here was written for these tests, in several wordings per construction; none is taken from an
evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, governorates, kinds
from observatory.extract import extract_report
from observatory.models import Report

DAY = date(2021, 9, 2)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)


# --- fighting in a besieged place is a clash: "besieged" naming the place tells where, not what was done ---------


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


def test_shelling_of_a_besieged_town_stays_shelling() -> None:
    row = run("Regime artillery shelled the besieged town of Douma on Sunday, killing three civilians.")
    assert kinds(row) == ["shelling"]


def test_troops_besieging_a_town_is_still_a_siege() -> None:
    text = ("Government troops besieged the village of Kafr Shams in the countryside of Daraa on Monday and cut its "
            "roads.")
    extraction = extract_report(Report(text=text, published=DAY))
    assert [e.event_type for e in extraction.events] == ["siege"]
    assert kinds(run(text)) == []  # (round 8) a siege with no toll is no incident of the schema: left out of the row


# --- one event told with its calendar day inside a statistics piece ----------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "gov"), [
    ("Statistics for 2020 | Israeli raids on Syria\nSOHR counted 31 Israeli raids on Syria in 2020, which killed 120 "
     "people, distributed as follows:\n- 20 soldiers of the regime army;\n- 100 members of Iranian-backed militias.\n"
     "The final raid of the year came on December 30, 2020, when Israeli jets struck an arms depot near Masyaf in the Hama countryside, "
     "causing a fire but no deaths.", "airstrike", "Hama"),
    ("Daraa in March: 22 dead in 30 attacks\nDuring March 2021, SOHR documented 30 attacks in Daraa governorate that "
     "left 22 people dead:\n• 12 civilians\n• 10 regime soldiers\nAlso in March, on the 11th, masked gunmen shot dead a "
     "local mukhtar near Jasim.\nThe chaos goes on across the province.", "assassination", "Dar'a"),
    ("Drone war in the north-east, first half of 2021\nSince the beginning of 2021, Turkish drones have carried out 40 "
     "strikes that killed 35 members of the SDF and 12 civilians. The most recent strike was on 28 June 2021, when a "
     "drone hit a car near Amuda in Hasakah province, wounding two fighters.", "drone_strike", "Al-Hasakeh"),
])
def test_dated_event_inside_a_statistics_piece(text: str, kind: str, gov: str) -> None:
    row = run(text)
    assert kinds(row) == [kind]
    assert governorates(row) == [gov]


def test_a_statistics_line_over_many_events_stays_a_total() -> None:
    row = run("Israeli raids in 2020\nSOHR counted 31 Israeli raids on Syria in 2020, which killed 120 people. Since "
              "January 1, 2020, the raids have hit 95 targets and killed 120 people.")
    assert row["incidents"] == []


# --- list items end at their line's end ---------------------------------------------------------------------------------


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


# --- bodies of captives found: an execution -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The bodies of two herders were found on Friday near Kabajib, four days after ISIS militants had seized them "
    "with their flock.",
    "Villagers found the bodies of three truck drivers in the desert south of Palmyra this morning, a week after "
    "ISIS cells captured them on the highway.",
    "The body of a National Defence fighter was found near Ithriya yesterday. ISIS cells had taken him prisoner at "
    "his post, and according to SOHR sources he was executed with a shot to the head.",
])
def test_bodies_of_captives_found_are_an_execution(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["execution"]


def test_a_body_found_after_unidentified_men_took_him_is_no_execution() -> None:
    row = run("The body of a young man was found near Nawa on Monday, hours after he was kidnapped by unidentified "
              "persons.")
    assert kinds(row) == ["other"]


# --- a second event inside one sentence ------------------------------------------------------------------------------------


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


# --- the home towns of victims are no places of the event -------------------------------------------------------------------


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


# --- a dated paragraph that names its own event again ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a policeman near Tafas today.\nOn May 4, a former fighter was killed by a bomb planted under his "
    "car near Inkhil, and his son was wounded in the blast.",
    "A drone strike hit an SDF post near Tal Tamr on Sunday, wounding two fighters.\nOn the 2nd of this month, a "
    "landmine exploded near Ain Issa, killing a shepherd, whose brother was hurt in the explosion.",
    "Regime shells fell on Ariha on Friday, wounding a child.\nOn June 9, Russian jets struck a poultry farm near "
    "Kafr Takharim, and two workers were killed in the strike.",
])
def test_a_dated_paragraph_naming_its_own_event_is_another_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2


def test_a_paragraph_pointing_back_to_the_attack_is_the_same_incident() -> None:
    row = run("ISIS cells ambushed an army bus near Palmyra on Sunday, killing six soldiers.\nThree more soldiers were "
              "wounded in the ambush, SOHR sources said.")
    assert len(row["incidents"]) == 1


# --- one person shot dead by gunmen, with a time phrase before the victim ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Masked gunmen killed at dawn today an ex-rebel commander near Dael in the countryside of Daraa, then fled on "
    "a motorbike.",
    "Unidentified gunmen killed on Monday evening a member of the 5th Corps in the town of Nawa in Daraa.",
    "Masked gunmen shot dead at noon yesterday a local official in al-Busayrah, east of Deir Ezzor.",
])
def test_gunmen_killing_one_person_after_a_time_phrase_is_an_assassination(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["assassination"]


def test_gunmen_shooting_a_shepherd_at_work_stay_an_attack() -> None:
    row = run("Unknown gunmen shot dead at dawn today a shepherd grazing his sheep near Jasim in Daraa.")
    assert kinds(row) == ["attack"]


# --- a body found, told after a total --------------------------------------------------------------------------------------


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


# --- a military unit named after "of the" is no place ------------------------------------------------------------------------


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


def test_a_place_named_after_of_the_stays_a_place() -> None:
    row = run("A landmine exploded on Tuesday on the outskirts of the town of Maadan in the Raqqa countryside, killing a "
              "shepherd.")
    assert [p["name"] for p in row["incidents"][0]["places"]][0] == "Maadan"


# --- an attack opening a fight, with a time phrase before what was hit --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "HTS fighters infiltrated at dawn on Friday positions of the army near Kabani, killing three soldiers; two of the "
    "attackers died in the clashes that followed.",
    "Rebels infiltrated late on Monday night posts of regime forces on the Ghab plain, and clashes went on for hours, "
    "leaving four soldiers dead.",
    "ISIS cells infiltrated in the early morning checkpoints of the militia near Ithriya, sparking clashes that killed "
    "five militiamen.",
])
def test_an_infiltration_with_a_time_phrase_is_an_attack(text: str) -> None:
    assert kinds(run(text)) == ["attack"]


def test_clashes_without_an_opening_attack_stay_clashes() -> None:
    assert kinds(run("Clashes broke out at dawn on Friday between HTS and regime forces near Kabani, killing three "
                     "soldiers.")) == ["clash"]
