"""Bodies counted near words of the wounded or a hospital are no wounded people (``casualty_body_words``).

* "The three bodies were taken to the military hospital": no one injured;
* "recovered 9 bodies and evacuated 14 injured people": the 14 are injured, the bodies are not;
* a plain count of the wounded is kept.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from casualty_cases import wounded
from mention_rows import mentions


def test_bodies_taken_to_hospital_are_not_wounded() -> None:
    text = (
        "Ambush near Mayadin\n\nGunmen shot dead an army captain and two soldiers near Mayadin on Monday, a monitor said. "
        "The three bodies were taken to the military hospital in Deir ez-Zor."
    )
    assert wounded(text) == {}


def test_bodies_recovered_beside_the_evacuated_wounded() -> None:
    text = (
        "Quake in Jableh\n\nRescue teams recovered 9 bodies and evacuated 14 injured people from a collapsed building in "
        "Jableh on Monday, the civil defence said."
    )
    hurt = [value for role, value, _ in mentions(text) if role == "injured"]
    assert hurt == [14]


def test_wounded_people_beside_no_bodies_are_kept() -> None:
    text = "Shelling on Ariha\n\nShelling on Ariha on Monday wounded five civilians, a monitor said."
    assert wounded(text) == {"civilians": 5}
