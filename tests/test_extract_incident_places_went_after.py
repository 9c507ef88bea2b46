"""Where people went after the event (the wounded airlifted to a base, attackers pulling back towards a desert,
ambulances heading to hospitals in a town) is not where it happened: such a place starts no incident of its own.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def _names(row: dict) -> list[list[str]]:
    return [[p["name"] for p in i["places"]] for i in row["incidents"]]


def test_wounded_airlifted_to_a_base_is_no_new_incident() -> None:
    row = contract("A roadside bomb hit a Russian patrol near the town of Maadan in the Raqqa desert on Sunday, "
                   "killing a soldier. Two other soldiers were wounded and were airlifted to Qamishli airport for "
                   "treatment.")
    assert len(row["incidents"]) == 1
    assert "Qamishli" not in _names(row)[0]


def test_captives_flown_to_a_base_at_an_oil_field_is_no_new_incident() -> None:
    row = contract("Coalition helicopters landed near a house in the town of Gharanij at dawn, and the force killed a "
                   "wanted man in an exchange of fire. Two other men were captured and flown to the coalition base at "
                   "the Conoco gas field.")
    assert len(row["incidents"]) == 1


def test_attackers_withdrawing_towards_a_desert_stay_in_the_attack() -> None:
    row = contract("ISIS cells attacked a checkpoint of the regime army near the town of Kabajab on Friday, killing "
                   "three soldiers. An ISIS member was also killed in the clashes before the attackers withdrew towards "
                   "the desert of Palmyra.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"].get("isis") == 1


def test_ambulances_heading_to_hospitals_in_a_town_is_no_new_incident() -> None:
    row = contract("Unidentified warplanes struck a weapons depot near the town of al-Quriyah after midnight, killing "
                   "five militiamen. Explosions were heard for an hour, and ambulances were seen heading towards "
                   "hospitals in Albu Kamal.")
    assert len(row["incidents"]) == 1


def test_a_strike_towards_a_town_still_happens_there() -> None:
    row = contract("Regime forces fired rockets towards the town of Sarmin on Monday, killing a woman.")
    assert _names(row)[0][0] == "Sarmin"


def test_a_victim_heading_to_a_town_was_hit_on_the_way_there() -> None:
    row = contract("Unknown gunmen shot dead a police officer on Tuesday while he was heading to his home in the town of "
                   "Nawa in the western countryside of Daraa.")
    assert "Nawa" in _names(row)[0]


def test_wounded_taken_to_a_military_hospital_in_a_city_is_not_a_place_of_the_attack() -> None:
    row = contract("ISIS cells ambushed an army bus near the town of Arak at dawn, killing four soldiers. Two other "
                   "soldiers were wounded and were taken to a military hospital in Homs city.")
    assert len(row["incidents"]) == 1
    assert "Homs city" not in _names(row)[0]
