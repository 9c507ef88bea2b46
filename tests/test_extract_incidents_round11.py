"""Round 11 of the written sets: where one incident ends and the next begins, checked on sentences written for these
tests (none is taken from an evaluation set).

* an opening that tells the event as another one ("In a separate incident,", "Separately,", "Elsewhere,", "In
  another attack,") starts another incident even when its toll matches the one told before (one man killed, then
  another man killed);
* stray bullets or shells that hit houses, harming no one ("stray bullets hit several homes"): no incident;
* a lead over several places whose toll the incidents told next, each in one of them, add up to ("the blasts that
  hit A and B killed twelve", then A's seven and B's five): no incident of its own;
* strikes counted with no toll and over no span of time ("jets carried out dozens of airstrikes on X in the
  afternoon"), told after a total: one bombardment, an incident;
* a body found after an abduction by people of no known side ("abducted by unknown men"): a murder (`other`), not an
  assassination;
* captives set free ("released four kidnapped men", "freed the abducted women"): a release, no abduction incident.

Each construction has a test that failed before round 11, and a look-alike whose reading must not change.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, kinds
from observatory.extract.events import event_type
from observatory.extract.incident_kinds import killing_kind
from observatory.extract.incident_units import one_day_bombardment

DAY = date(2023, 5, 9)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


# --- an opening that tells another event, with a toll like the one before -------------------------------------------


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


# --- stray fire that harmed no one -----------------------------------------------------------------------------------


def test_stray_bullets_hitting_homes_after_a_clash_is_no_incident() -> None:
    row = run("Clashes broke out between two factions in the town of Azaz on Sunday, leaving three fighters dead.\n\n"
              "People in the town said stray bullets struck a number of shops and homes overnight.")
    assert len(row["incidents"]) == 1


def test_a_stray_bullet_that_kills_is_still_counted() -> None:
    # look-alike: a stray bullet that harms someone is an event of its own
    row = run("A child was killed by a stray bullet in the town of Jindires on Saturday.")
    assert len(row["incidents"]) == 1


# --- captives set free -------------------------------------------------------------------------------------------------


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


# --- a lead over several places, then each place's incident -----------------------------------------------------------


LEAD = ("The toll of the coordinated bombings that struck the towns of Azaz and Afrin has climbed to 12 people, SOHR "
        "said on Monday.\n\nOn Sunday morning, a car bomb went off near the vegetable market in Azaz, killing seven "
        "people.\n\n")


def test_a_lead_over_two_towns_summed_by_their_incidents_is_no_incident() -> None:
    row = run(LEAD + "Hours later, a suicide bomber blew himself up at a checkpoint in Afrin, killing five people.")
    assert sorted(sum(i["killed"].values()) for i in row["incidents"]) == [5, 7]


def test_a_lead_over_two_towns_that_its_incidents_do_not_add_up_to_stays() -> None:
    # look-alike: the incidents told next add up to less than the lead's toll
    row = run(LEAD + "Hours later, a suicide bomber blew himself up at a checkpoint in Afrin, killing three people.")
    assert sorted(sum(i["killed"].values()) for i in row["incidents"]) == [3, 7, 12]



# --- strikes counted with no toll, after a total -------------------------------------------------------------------------


TOLL = ("Regime shelling on the town of Maarat al-Numan killed three civilians on Monday.\n\nThereby, the number of "
        "civilians killed by regime shelling on the town since the start of the month rises to 40. ")


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


# --- a body found after an abduction by unknown people ------------------------------------------------------------------


def test_body_found_after_abduction_by_unknown_men_is_a_murder() -> None:
    row = run("The body of a man, who had been accused of smuggling drugs, was found bearing bullet wounds near the town "
              "of Izraa on Sunday, a day after he had been kidnapped by unidentified persons.")
    assert kinds(row) == ["other"]


def test_killing_of_captives_by_a_named_side_stays_typed_by_the_killing() -> None:
    # look-alike: an abduction with dead by a named side is that side's attack
    assert killing_kind("abduction", 2, "isis") == "attack"
    assert killing_kind("abduction", 0, "unknown") == "abduction"
