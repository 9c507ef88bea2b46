"""Homes the text names only as homes ("was originally from X", "a native of X", "hailing from X", "most of them from
X"), the home of one who speaks of the events ("a resident of X told ..."), and where people were displaced from: none
is where the event happened, even when the sentence names no other place. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.incident_places import event_places
from observatory.extract.places import place_mentions


def _names(text: str) -> list[str]:
    return [p.name for p in event_places(text, place_mentions(text, 0, len(text)), 0)]


def test_originally_from_a_village_in_a_countryside_is_no_place() -> None:
    assert _names("The driver, a sergeant, was originally from a village in the countryside of Baniyas.") == []


def test_hailing_from_is_no_place() -> None:
    assert _names("A soldier hailing from Masyaf died of his wounds on Monday.") == []


def test_a_native_of_is_left_out_beside_where_it_happened() -> None:
    assert _names("A teacher, a native of Saqba, was shot dead in Zamalka.") == ["Zamalka"]


def test_a_man_from_a_town_killed_keeps_the_town_when_alone() -> None:
    assert _names("A young man from Inkhil was shot dead by unknown gunmen.") == ["Inkhil"]


def test_resident_who_speaks_is_no_place() -> None:
    assert _names('"We have no water," a resident of Tell Rifaat told reporters by phone.') == []


def test_residents_who_complain_are_no_place() -> None:
    assert _names("Residents of Sarmada and Atmeh have complained about the checkpoints.") == []


def test_displaced_from_is_no_place() -> None:
    assert _names("The body of a displaced young woman from the countryside of Maarat al-Numan was found.") == []


def test_a_soldier_from_a_province_is_left_out_beside_where_he_was_shot() -> None:
    assert _names("In Jasim town, a conscript from Tartus was shot dead by gunmen near the bakery.") == ["Jasim"]


def test_an_officer_from_a_town_is_left_out_beside_where_he_was_killed() -> None:
    assert _names("An officer from Jableh was killed by a sniper in Kafr Nabudah.") == ["Kafr Nabudah"]


def test_a_home_named_with_its_province_possessive_is_left_out() -> None:
    assert _names("Gunmen seized a trader from Hama's Kafr Zita near Morek at dawn.") == ["Morek"]


def test_where_travellers_were_returning_from_is_left_out() -> None:
    assert _names("Gunmen seized a driver near Khan Arnabah while he was returning from Damascus.") == ["Khan Arnabah"]


def test_the_farmers_of_a_village_are_shelled_there() -> None:
    text = "Regime forces shelled the farmers of Qastoun while they were harvesting their land in the Ghab Plain."
    assert "Qastoun" in _names(text)
