"""Round 6 of the written sets: constructions of wire copy and relaying outlets that tell several incidents, each
checked on paragraphs of several wordings written for these tests (none is taken from an evaluation set).
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, governorates, kinds

DAY = date(2022, 5, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)


# --- two governorates under one province word: an event over both has no one governorate ------------------------


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


# --- the other side's fire on the spot of a fight is part of the fight -----------------------------------------------


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


def test_shelling_of_a_named_place_during_a_fight_is_its_own_event() -> None:
    row = run("Clashes broke out today between regime forces and HTS near Kafranbel, killing three soldiers, while "
              "Russian jets struck the town of Maarat al-Numan, killing two civilians.")
    assert len(row["incidents"]) == 2


# --- a dated wire lead of "N people" killed, told again side by side in the monitor's account ------------------------


@pytest.mark.parametrize(("text", "killed"), [
    ("At least nine people were killed on Sunday in an attack in the desert south of Raqqa, a war monitor said.\n\n"
     "The Observatory said gunmen opened fire on a bus near the village of Ghanem al-Ali, killing six civilians and "
     "three soldiers who were guarding it.", {"civilians": 6, "regime": 3}),
    ("Twelve people died on Tuesday when a car bomb went off in the countryside of Aleppo, the monitor reported.\n\n"
     "According to the Britain-based group, the blast near the town of Jindires killed eight civilians and four "
     "members of the Hamza Division.", {"civilians": 8, "turkey_factions": 4}),
    ("Seven people were killed overnight in drone strikes on the countryside of Deir Ezzor, a war monitor said.\n\n"
     "The strikes hit a depot near the town of al-Quriyah, killing five Iraqi militiamen and two Syrian soldiers, the "
     "monitor said.", {"pro_iran_foreign": 5, "regime": 2}),
])
def test_dated_lead_told_again_side_by_side_is_one_incident(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == killed


def test_lead_then_a_toll_of_another_size_elsewhere_is_another_incident() -> None:
    row = run("At least nine people were killed on Sunday in an attack in the desert south of Raqqa, a war monitor "
              "said.\n\nIn a separate incident, a landmine killed two shepherds and a soldier near the town of "
              "Maadan on Saturday.")
    assert len(row["incidents"]) == 2


# --- the taking of the dead told after their killing: the killing of captives, one incident ----------------------------


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


# --- an attack that sparked clashes stays an attack; attackers fleeing "to an unknown destination" took no one --------


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


def test_clashes_with_gunmen_stay_a_clash() -> None:
    row = run("Clashes broke out on Sunday between regime forces and local gunmen in the town of Jasim, killing two "
              "soldiers.")
    assert kinds(row) == ["clash"]


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot at a Military Intelligence checkpoint near the town of Inkhil last night, killing a soldier, "
    "before fleeing to an unknown destination.",
    "Masked gunmen shot at a patrol in the city of Tafas on Thursday, wounding two policemen, then fled to an unknown "
    "destination.",
    "Two gunmen on a motorcycle fired at a car on the road near the village of Da'el yesterday, killing its driver, and "
    "escaped to an unknown destination.",
])
def test_attackers_fleeing_to_an_unknown_destination_is_no_abduction(text: str) -> None:
    row = run(text)
    assert "abduction" not in kinds(row)


def test_someone_taken_to_an_unknown_destination_is_an_abduction() -> None:
    row = run("Gunmen seized a teacher in the town of Jasim on Monday and took him to an unknown destination.")
    assert kinds(row) == ["abduction"]


# --- many strikes or shells over the past hours, no toll: a tally, not an incident; "the raids" then point back -------


@pytest.mark.parametrize("text", [
    "Turkish forces fired more than 90 shells on villages around Tal Tamr and Zirgan in the past 24 hours, the monitor "
    "said.",
    "Over the past 48 hours, Russian jets carried out 65 airstrikes on hideouts in the desert of Homs, according to "
    "SOHR.",
    "Regime forces launched at least 40 rockets at towns of Jabal al-Zawiya within the last 12 hours.",
])
def test_many_strikes_over_hours_without_a_toll_is_no_incident(text: str) -> None:
    row = run(text)
    assert row["incidents"] == []


def test_joint_toll_of_counted_raids_is_a_total() -> None:
    row = run("Russian jets launched upwards of 70 raids during the past 48 hours against ISIS hiding places in the "
              "Raqqa desert, SOHR said.\n\nAccording to the monitor, at least nine ISIS members were killed in the raids.")
    assert row["incidents"] == []
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("isis", 9)]


def test_many_shells_on_one_village_at_dawn_stay_an_incident() -> None:
    row = run("Regime forces fired more than 40 shells on the village of Kansafra at dawn today.")
    assert len(row["incidents"]) == 1


# --- a risen toll of no side, then its parts by side that add up to it: the parts are kept ----------------------------


@pytest.mark.parametrize(("text", "killed"), [
    ("Two more of the wounded died on Monday, bringing the death toll of the car bomb in the town of Azaz to 14. The "
     "victims are 11 civilians and three members of the Levant Front.", {"civilians": 11, "turkey_factions": 3}),
    ("The toll of Sunday's ISIS attack on truck drivers near al-Sukhnah has risen to 20 people, after four of the "
     "wounded died. The dead are 16 civilians and four soldiers of the regime army.", {"civilians": 16, "regime": 4}),
    ("The number of people killed in the Israeli strike on a building in the Mazzeh district of Damascus has risen to "
     "seven. The dead were four Iranian officers and three Syrian soldiers.", {"pro_iran_foreign": 4, "regime": 3}),
])
def test_sided_parts_that_add_up_to_a_risen_toll_are_kept(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


def test_a_risen_toll_above_its_named_parts_stays() -> None:
    row = run("The death toll of the shelling on the village of Kafr Laha has risen to nine people. Among them were "
              "five civilians.")
    assert sum(row["incidents"][0]["killed"].values()) >= 9


# --- a fight going on since yesterday, told without a toll: one incident (its toll, when given, is a total) ----------


@pytest.mark.parametrize("text", [
    "Fierce clashes have been ongoing since yesterday between the SDF and tribal fighters in the town of Dhiban, amid "
    "an attempt by the tribes to advance.",
    "Clashes between regime forces and HTS have been raging since last night on the axes of Kabani and al-Tufahiyah in "
    "the countryside of Lattakia.",
    "Heavy fighting has been ongoing since dawn between the factions and the SDF near the village of Arima, east of "
    "al-Bab.",
])
def test_fight_going_on_since_yesterday_is_an_incident(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["clash"]


def test_a_toll_of_fighting_since_yesterday_is_a_total() -> None:
    row = run("Clashes have been ongoing since yesterday between the SDF and tribal fighters near the town of Dhiban, "
              "leaving 12 fighters dead since yesterday.")
    assert any(t["killed"] == 12 for t in row["totals"])
    assert all(not i["killed"] for i in row["incidents"])
