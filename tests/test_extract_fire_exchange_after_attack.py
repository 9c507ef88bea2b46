"""An exchange of fire told after the attack that began it, in the same sentence ("militants attacked a post,
sparking an exchange of fire", "..., while an attacker died in the exchange of fire"): the side that attacked did it,
so the incident is an attack, not a clash with no clear initiator (SCHEMA). An exchange of fire with no attack verb
before it, or with the attack only spoken of as a wish ("in an attempt to attack"), stays a clash. Sentences written
for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_TITLE = "Night raid in the eastern countryside\n\n"


def test_attack_sparking_an_exchange_of_fire_is_an_attack() -> None:
    text = (_TITLE + "Late on Monday, a group of ISIS men who had slipped in from the desert attacked a military post "
            "of the SDF near the village of Jdid Ekidat, sparking a long exchange of fire that left one SDF fighter dead.")
    assert kinds(contract(text)) == ["attack"]


def test_attacker_killed_later_in_the_exchange_is_still_an_attack() -> None:
    text = (_TITLE + "Armed clansmen stormed a checkpoint of regime forces near Busra al-Harir on Sunday night, "
            "wounding two soldiers, while one of the clansmen died in the ensuing exchange of fire.")
    assert kinds(contract(text)) == ["attack"]


def test_look_alike_exchange_with_no_attack_before_stays_a_clash() -> None:
    text = (_TITLE + "Late on Monday, SDF fighters and ISIS militants traded an exchange of fire near the village of "
            "Jdid Ekidat, which left one SDF fighter dead.")
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_attack_only_intended_stays_a_clash() -> None:
    text = (_TITLE + "Late on Monday, ISIS militants crept towards a post of the SDF in order to attack it, and an "
            "exchange of fire broke out near the village of Jdid Ekidat, leaving one SDF fighter dead.")
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_attack_of_an_earlier_time_stays_a_clash() -> None:
    text = (_TITLE + "Regime troops, which attacked the hamlet of Kafr Hamra last spring, exchanged fire with HTS "
            "fighters on the front line today, killing two of the fighters.")
    assert kinds(contract(text)) == ["clash"]
