"""A sentence led by a town or city the incident does not name ("In B, a shell struck a house, killing a woman",
"In Homs city, a man was murdered"): another incident where its kind or province differs. Sentences written for
these tests."""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.places import governorate_mentions


def test_shell_on_a_town_led_sentence_after_a_drone_attack_is_another_incident() -> None:
    row = contract("Drone attack on academy\n\nThe toll of the drone attack on the police academy in Homs on Monday rose "
                   "to 40, the monitor said.\n\nGovernment forces responded by pounding villages in the northwest. "
                   "In Kafr Nouran, a shell struck a house, killing a man and his two sons.")
    assert kinds(row) == ["drone_strike", "shelling"]


def test_murder_in_a_city_of_another_province_than_as_suwaidaa_is_another_incident() -> None:
    row = contract("Murders\n\nA man was found dead with gunshot wounds near Al-Mazraa in the western countryside of "
                   "As-Suwaidaa.\n\nIn Hama city, a woman was murdered by a relative inside her home in Al-Qusour.")
    assert len(row["incidents"]) == 2


def test_as_suwaidaa_spelling_names_the_province() -> None:
    text = "near Al-Mazraa in the western countryside of As-Suwaidaa"
    assert [g.governorate for g in governorate_mentions(text, 0, len(text))] == ["As-Sweida"]


def test_look_alike_town_named_for_the_same_shelling_stays_the_incident() -> None:
    row = contract("Shelling\n\nRegime forces shelled Kafr Nouran in the countryside of Aleppo on Monday, killing two "
                   "civilians.\n\nIn Kafr Nouran, the shells also destroyed two houses.")
    assert kinds(row) == ["shelling"]
