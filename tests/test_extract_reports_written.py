"""Whole reports in the styles a monitor publishes, written for these tests (issue #4): does the extractor split
them into the right incidents and totals, following the conventions of the shared SCHEMA (background events with
a date are incidents; tolls over a month are totals; a rising toll gives the incident its latest figure)?

Every report here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def killed(row: dict) -> list[dict]:
    return [i["killed"] for i in row["incidents"]]


def injured(row: dict) -> list[dict]:
    return [i["injured"] for i in row["incidents"]]


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def govs(row: dict) -> list[str | None]:
    return [i["governorate"] for i in row["incidents"]]


def totals(row: dict) -> list[tuple[str, int]]:
    return [(t["side"], t["killed"]) for t in row["totals"]]

ROUNDUP = (
    'Daily roundup of violence across Syrian governorates on March 11.\n'
    '\n'
    'In Deir Ezzor countryside, two SDF fighters were killed when gunmen opened fire on their checkpoint '
    'in Thiban town on Monday.\n'
    '\n'
    'In Daraa, a young man was shot dead by unknown gunmen in the town of Jasim.\n'
    '\n'
    'In Idlib countryside, regime forces shelled the town of Kansafra, injuring three civilians '
    'including a child.\n'
    '\n'
    'In Aleppo, a landmine explosion killed a shepherd near the town of Maskanah in the eastern '
    'countryside.'
)
ROUNDUP_ON = date(2024, 3, 12)

BACKGROUND = (
    'Cell members kill four regime soldiers in Homs desert\n'
    '\n'
    'Four regime soldiers were killed and two others were injured today when ISIS cells ambushed their '
    'bus near al-Sukhnah in the eastern Homs desert. The bus was carrying soldiers back from their '
    'positions near Palmyra. SOHR sources said the attackers fled into the desert after the ambush.\n'
    '\n'
    'It is worth noting that on April 9, ISIS cells killed seven regime soldiers in an attack on a '
    'military post in the same area.'
)
BACKGROUND_ON = date(2024, 5, 20)

MONTHLY = (
    'SOHR has documented the deaths of 312 people across Syria in January 2024. The toll includes 98 '
    'civilians, among them 21 children and 11 women. It also includes 87 regime soldiers and 40 members '
    'of Iranian-backed militias of non-Syrian nationalities. Meanwhile, 35 ISIS members were killed in '
    'the Syrian desert during the month.\n'
    '\n'
    'On Wednesday morning, a regime soldier was killed by sniper fire from HTS on the frontline of Jabal '
    'al-Zawiya in southern Idlib.'
)
MONTHLY_ON = date(2024, 2, 1)

TWO_SOURCES = (
    'Turkish drones struck a position of the SDF near Tal Tamr in the countryside of Hasakah on Tuesday. '
    'According to SOHR, three SDF fighters were killed and five others were injured in the strike. The '
    'Syrian state news agency SANA said two people were killed in the attack. SOHR documented that the '
    'strike also destroyed a military vehicle.'
)
TWO_SOURCES_ON = date(2024, 7, 3)

NUMBERED = (
    'SOHR documented the following attacks in Daraa governorate on Saturday:\n'
    '1- Gunmen shot dead a former rebel commander in the town of Tafas.\n'
    '2- A regime soldier was killed when an IED exploded in his car in Nawa city.\n'
    '3- Unknown gunmen killed a civilian in al-Sanamayn city.\n'
    '4- Two regime soldiers were injured in an attack on a checkpoint near Inkhil.'
)
NUMBERED_ON = date(2024, 9, 15)

UPDATE = (
    'Three civilians were killed and six others were injured on Monday when a car bomb exploded in the '
    'market of al-Bab city in the eastern countryside of Aleppo. The blast caused heavy damage to shops. '
    'Later on, the death toll of the explosion has risen to five civilians after two of the injured died '
    'of their wounds.'
)
UPDATE_ON = date(2024, 10, 8)

NEIGHBOURHOOD = (
    'A civilian was killed and two others were injured by gunfire from unidentified gunmen in al-Kalasa '
    'neighbourhood in Aleppo city on Friday. In a separate incident, gunmen shot dead a member of the '
    "regime's military security in al-Qusour neighbourhood in Homs city."
)
NEIGHBOURHOOD_ON = date(2024, 11, 2)

ISRAELI = (
    'Israeli warplanes targeted a building near the Iranian embassy in al-Mazzeh neighbourhood of '
    'Damascus on Monday, killing seven members of the Iranian Revolutionary Guard. In retaliation, '
    'Iranian-backed militias fired rockets from Syrian territory towards the occupied Golan on Tuesday, '
    'causing no casualties. Israeli artillery then shelled the outskirts of Jubata al-Khashab in '
    'Quneitra countryside.'
)
ISRAELI_ON = date(2024, 4, 2)

CLASH = (
    "Violent clashes broke out on Monday night between SDF fighters and members of tribal forces in Dhiban, a town "
    "east of Deir Ezzor city. The fighting left three SDF fighters and two tribal gunmen dead, "
    "while four others were wounded. The clashes came after tribal fighters attacked an SDF checkpoint on the outskirts "
    "of the town."
)
CLASH_ON = date(2024, 8, 6)

TWO_DAYS = (
    "ISIS cells attacked regime positions near al-Sukhnah on Saturday, and attacked a military convoy near Palmyra on "
    "Sunday. Six regime soldiers were killed in the two attacks in the eastern Homs desert."
)
TWO_DAYS_ON = date(2024, 6, 10)

# --- (1) a daily roundup: one incident per paragraph, each in its own governorate ------------------------------------


def test_a_daily_roundup_gives_one_incident_per_paragraph() -> None:
    row = run(ROUNDUP, ROUNDUP_ON)
    assert govs(row) == ["Deir-ez-Zor", "Dar'a", "Idleb", "Aleppo"]
    assert kinds(row)[2:] == ["shelling", "ied_landmine"]
    assert killed(row)[0] == {"sdf": 2}
    assert sum(killed(row)[1].values()) == 1
    assert injured(row)[2] == {"civilians": 3}
    assert killed(row)[3] == {"civilians": 1}
    assert row["totals"] == []


# --- (2) headline, body and a background paragraph with an older dated event -----------------------------------------


def test_a_dated_background_event_is_an_incident_of_its_own_and_not_merged() -> None:
    row = run(BACKGROUND, BACKGROUND_ON)  # SCHEMA: background events the text dates are incidents
    assert killed(row) == [{"regime": 4}, {"regime": 7}]
    assert injured(row)[0] == {"regime": 2}
    assert kinds(row)[0] == "ambush"
    assert govs(row)[0] == "Homs"
    assert row["incidents"][1]["date"] == "2024-04-09"
    assert row["totals"] == []


# --- (3) a monthly statistics report with one fresh attack at the end ------------------------------------------------


def test_a_monthly_report_gives_totals_and_only_the_fresh_attack_as_an_incident() -> None:
    row = run(MONTHLY, MONTHLY_ON)
    assert killed(row) == [{"regime": 1}]
    assert govs(row) == ["Idleb"]
    assert ("isis", 35) in totals(row)
    assert 312 in [k for _, k in totals(row)]


def test_a_monthly_report_gives_its_breakdown_by_side() -> None:
    row = run(MONTHLY, MONTHLY_ON)
    assert {("civilians", 98), ("regime", 87), ("pro_iran_foreign", 40)} <= set(totals(row))


# --- (4) one incident told by two sources with different figures -----------------------------------------------------


def test_two_sources_give_one_incident_with_the_monitors_figures() -> None:
    row = run(TWO_SOURCES, TWO_SOURCES_ON)
    assert killed(row) == [{"sdf": 3}]
    assert injured(row) == [{"sdf": 5}]
    assert kinds(row) == ["drone_strike"]
    assert govs(row) == ["Al-Hasakeh"]


# --- (5) a numbered list of attacks under a line that names the governorate -------------------------------------------


def test_a_numbered_list_gives_one_incident_per_item_in_the_governorate_of_its_intro() -> None:
    row = run(NUMBERED, NUMBERED_ON)
    assert len(row["incidents"]) == 4
    assert govs(row) == ["Dar'a"] * 4
    assert [i["places"][0]["name"] for i in row["incidents"]] == ["Tafas", "Nawa", "al-Sanamayn", "Inkhil"]
    assert killed(row)[1:] == [{"regime": 1}, {"civilians": 1}, {}]
    assert injured(row)[3] == {"regime": 2}
    assert kinds(row)[1] == "ied_landmine"


# --- (6) a toll that rises later in the same report ------------------------------------------------------------------


def test_a_risen_toll_updates_the_same_incident() -> None:
    row = run(UPDATE, UPDATE_ON)
    assert killed(row) == [{"civilians": 5}]
    assert govs(row) == ["Aleppo"]
    assert row["totals"] == []


# --- (7) neighbourhoods of cities, spelled with the Arabic article ----------------------------------------------------


def test_neighbourhoods_with_the_arabic_article_give_two_incidents_in_their_cities() -> None:
    row = run(NEIGHBOURHOOD, NEIGHBOURHOOD_ON)
    assert govs(row) == ["Aleppo", "Homs"]
    assert [i["places"][0]["name"] for i in row["incidents"]] == ["al-Kalasa", "al-Qusour"]
    assert killed(row) == [{"civilians": 1}, {"regime": 1}]
    assert injured(row)[0] == {"civilians": 2}


# --- (8) an Israeli strike and the retaliation ----------------------------------------------------------------------


def test_an_israeli_strike_is_an_airstrike_on_iranian_forces_in_damascus() -> None:
    row = run(ISRAELI, ISRAELI_ON)
    assert kinds(row)[0] == "airstrike"
    assert killed(row)[0] == {"pro_iran_foreign": 7}
    assert govs(row)[0] == "Damascus"
    assert govs(row)[-1] == "Quneitra"


@pytest.mark.xfail(strict=True, reason="the rockets fired 'towards the occupied Golan' (no place read) and the next "
                                       "sentence's Israeli shelling of a named village merge: a later sentence that places "
                                       "an unplaced event wins over their different perpetrators")
def test_the_retaliation_without_casualties_is_an_incident_too() -> None:
    row = run(ISRAELI, ISRAELI_ON)
    assert len(row["incidents"]) == 3


# --- (9) clashes between two sides, with the attack that started them ------------------------------------------------


def test_clashes_and_the_attack_that_started_them_are_one_incident() -> None:
    row = run(CLASH, CLASH_ON)
    assert len(row["incidents"]) == 1
    assert kinds(row) == ["clash"]
    assert govs(row) == ["Deir-ez-Zor"]
    assert killed(row)[0]["sdf"] == 3


def test_clashes_count_the_dead_of_both_sides() -> None:
    row = run(CLASH, CLASH_ON)
    assert sum(killed(row)[0].values()) == 5


# --- (10) attacks on two days with one joint toll ------------------------------------------------------------------


def test_a_joint_toll_of_two_attacks_is_a_total() -> None:
    row = run(TWO_DAYS, TWO_DAYS_ON)
    assert totals(row) == [("regime", 6)]
    assert all(k == {} for k in killed(row))


def test_attacks_on_two_days_are_two_incidents_without_tolls() -> None:
    row = run(TWO_DAYS, TWO_DAYS_ON)  # SCHEMA: attacks on two days with one joint toll: each attack an incident, toll a total
    assert [i["places"][0]["name"] for i in row["incidents"]] == ["al-Sukhnah", "Palmyra"]
    assert [i["date"] for i in row["incidents"]] == ["2024-06-08", "2024-06-09"]
    assert kinds(row) == ["attack", "attack"]


@pytest.mark.xfail(strict=True, reason="without a geocoder the towns give no governorate, and 'the eastern Homs desert' "
                                       "is told only in the sentence of the joint toll, which does not locate incidents")
def test_attacks_on_two_days_are_in_the_province_of_the_joint_toll() -> None:
    row = run(TWO_DAYS, TWO_DAYS_ON)
    assert govs(row) == ["Homs", "Homs"]
