"""The other side's reply told with no toll and no place of its own ("Regime forces responded by shelling the
outskirts of the village, without information on casualties"): an incident of its own, of the party that replies,
in the province of the incident it answers (``incident_reply_fire``). Fire answered on "the area" of the fight told
before stays part of that fight.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, governorates, kinds


def _parties(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.get("perpetrator"), i.get("target")) for i in contract(text)["incidents"]]


def test_reply_by_shelling_without_toll_is_its_own_incident() -> None:
    text = ("Gunmen kill two soldiers near Tafas\n\nTwo regime soldiers were shot dead by local gunmen at a checkpoint "
            "near Tafas on Friday evening. Regime forces responded by shelling the western farms of the town with "
            "mortars, without information on casualties.")
    parties = _parties(text)
    assert len(parties) == 2
    assert parties[1][0] == "regime"


def test_reply_with_heavy_shelling_named_party() -> None:
    text = ("Rockets hit Azaz market\n\nRockets fired by SDF fighters fell on a crowded street in Azaz on Monday, "
            "killing four civilians. Ankara responded with artillery and drone strikes on SDF positions.")
    parties = _parties(text)
    assert len(parties) == 2
    assert parties[1][0] == "turkey_factions"


def test_reply_takes_province_of_answered_incident() -> None:
    text = ("Barrel bombs on Aleppo\n\nIn Aleppo, regime helicopters dropped barrel bombs on the Tariq al-Bab district "
            "on Saturday, killing five civilians. Opposition fighters responded by firing homemade rockets at a "
            "regime-held quarter, with no word on casualties.")
    row = contract(text)
    assert kinds(row) == ["airstrike", "shelling"]
    assert governorates(row) == ["Aleppo", "Aleppo"]


def test_reply_on_the_area_stays_with_the_fight() -> None:
    text = ("Infiltration near Kafr Nabl\n\nTwo soldiers and a jihadist were killed on Sunday when HTS fighters tried "
            "to sneak into army posts near Kafr Nabl in southern Idlib. Regime forces responded by pounding the area "
            "with rocket launchers.")
    assert len(contract(text)["incidents"]) == 1
