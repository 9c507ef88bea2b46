"""Final fixes on incidents: "bombing" as an event word, a joint-looking toll with nothing before it, the rising toll of
one named event, and a sentence of two events split the same way whichever comes first.

Every sentence here was written for these tests; the places are real Syrian names or invented ones.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.extract.events import event_type
from observatory.extract.incident_strikes_toll import unanchored_joint_toll
from observatory.extract.segment import is_total
from observatory.extract.text import Sentence, clauses
from observatory.models import Report

DAY = date(2024, 5, 10)


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=DAY)))


def incidents(text: str) -> list[tuple[str, dict, dict]]:
    return [(i["type"], i["killed"], i["injured"]) for i in run(text)["incidents"]]


# --- 1. "bombing" is an event word -----------------------------------------------------------------------------------


def test_bombing_of_a_place_is_an_attack() -> None:
    hit = event_type("the bombing of the bakery left the street in ruins")
    assert hit is not None and hit[0] == "attack"


def test_killed_in_a_bombing_with_no_place_is_an_incident() -> None:
    assert incidents("Some 20 civilians were killed in the bombing of the bazaar on Tuesday") == \
        [("attack", {"civilians": 20}, {})]


def test_killed_in_a_bombing_with_neither_place_nor_day_is_an_incident() -> None:
    row = to_contract("t", extract_report(Report(text="Nearly 30 people were killed in the bombing of the mosque.")))
    assert [(i["type"], i["killed"]) for i in row["incidents"]] == [("attack", {"unknown": 30})]


def test_killed_and_injured_in_a_bombing_keep_both_figures() -> None:
    assert incidents("Six people were killed and 25 injured in the bombing of a bus station.") == \
        [("attack", {"unknown": 6}, {"unknown": 25})]


def test_bombing_by_aircraft_is_an_airstrike() -> None:
    kinds = [k for k, _, _ in incidents("Four civilians were killed in the bombing of a bakery in Ariha by warplanes.")]
    assert kinds == ["airstrike"]


def test_car_bombing_stays_an_ied() -> None:
    kinds = [k for k, _, _ in incidents("Three children were killed in the car bombing of a market in Azaz.")]
    assert kinds == ["ied_landmine"]


def test_shelling_outranks_bombing() -> None:
    hit = event_type("the shelling and bombing of the town went on all night")
    assert hit is not None and hit[0] == "shelling"


# --- 2. "the strikes" with nothing told before -----------------------------------------------------------------------


def test_first_sentence_toll_of_the_strikes_is_an_incident() -> None:
    row = run("Eighteen Hezbollah fighters were killed in the Israeli strikes on Al-Qusayr.")
    assert [(i["type"], i["killed"]) for i in row["incidents"]] == [("airstrike", {"pro_iran_foreign": 18})]
    assert row["totals"] == []


def test_toll_of_the_strikes_after_an_event_is_still_shared() -> None:
    row = run("Israeli jets hit a depot near Al-Qusayr on Monday and a convoy on Tuesday. "
              "Seven Hezbollah fighters were killed in the strikes.")
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("pro_iran_foreign", 7)]


def test_unanchored_joint_toll_needs_the_definite_plural() -> None:
    # (round 69: "in the Russian raids on Kafr Zita" names the one place bombarded, the toll of that bombardment and no
    # joint toll at all, so the helper is asked about the raids with no place)
    assert unanchored_joint_toll("Nine soldiers were killed in the Russian raids.")
    assert not unanchored_joint_toll("Nine soldiers were killed in a raid on Kafr Zita.")
    assert not unanchored_joint_toll("Since January, 90 soldiers were killed in the raids on Kafr Zita.")


# --- 3. the rising toll of one named event ---------------------------------------------------------------------------


def test_rising_toll_of_a_massacre_is_not_a_period_total() -> None:
    assert not is_total("The number of those killed in the massacre in Tell Ghazal has risen to 17 civilians.")
    assert not is_total("The death toll of the explosion at the Bab al-Salama crossing rose to 11 people.")


def test_rising_toll_with_a_period_is_still_a_total() -> None:
    assert is_total("The number of those killed in the massacre in Tell Ghazal since the start of the year has "
                    "risen to 17 civilians.")
    assert is_total("The number of civilians killed in airstrikes in Idlib has risen to 300 this month.")


def test_rising_toll_of_a_massacre_gives_an_incident() -> None:
    row = run("The number of those killed in the massacre in Tell Ghazal has risen to 17 civilians.")
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 17}]
    assert row["totals"] == []


def test_rising_toll_of_an_airstrike_gives_an_airstrike() -> None:
    row = run("The number of those killed in the Russian airstrike on the bakery of Saraqib has risen to 14 civilians.")
    assert [(i["type"], i["killed"]) for i in row["incidents"]] == [("airstrike", {"civilians": 14})]


# --- 4. two events in one sentence, in either order ------------------------------------------------------------------

SHELLED = "Turkish forces shelled the village of Um Harmala in Hasakah"
DRONE = "a Turkish drone hit a van near the village of Abu Rasin"


def _split(text: str) -> list[str]:
    parts = clauses(text, Sentence(0, len(text), 0, False, False, True))
    return [text[p.start:p.end] for p in parts]


def test_drone_clause_second_is_split_off() -> None:
    text = f"On Friday, {SHELLED}, and {DRONE}."
    assert len(_split(text)) == 2
    assert sorted(k for k, _, _ in incidents(text)) == ["drone_strike", "shelling"]


def test_drone_clause_first_is_split_off() -> None:
    text = f"On Friday, {DRONE}, and {SHELLED[0].lower()}{SHELLED[1:]}."
    assert len(_split(text)) == 2
    assert sorted(k for k, _, _ in incidents(text)) == ["drone_strike", "shelling"]


def test_same_kind_in_both_halves_stays_whole() -> None:
    text = "On Friday, a Turkish drone struck a car near Amuda, and a Turkish drone struck a truck near Tal Tamr."
    assert len(_split(text)) == 1
