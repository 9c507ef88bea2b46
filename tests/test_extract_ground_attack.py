"""Fire or a bomb told only as the opening or the setting of a ground attack: the event is an attack
(src/observatory/extract/events_ground_attack.py). Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_attack_opening_with_rocket_fire_is_an_attack() -> None:
    assert _kind("Rebel groups launched an assault on army posts near the hill at dusk, opening with intense rocket "
                 "and mortar fire.") == "attack"


def test_attack_that_began_with_a_car_bomb_is_an_attack() -> None:
    assert _kind("The attack began with the detonation of a booby-trapped truck at the gate of the base.") == "attack"


def test_town_taken_after_bombardment_is_an_attack() -> None:
    assert _kind("Government troops took full control of the town on Monday after weeks of heavy Russian "
                 "bombardment.") == "attack"


def test_town_regained_backed_by_artillery_is_an_attack() -> None:
    assert _kind("Opposition fighters, backed by Turkish artillery, regained control of the city at dawn.") == "attack"


def test_town_entered_after_withdrawal_under_bombardment_is_an_attack() -> None:
    assert _kind("Army units entered the town overnight after the rebels pulled out of its eastern quarter under "
                 "heavy bombardment.") == "attack"


def test_shelling_told_alone_stays_shelling() -> None:
    assert _kind("Regime artillery shelled the town, killing three civilians.") == "shelling"
    assert _kind("Army rockets hit the village after the rebels captured a nearby hill.") == "shelling"


def test_bomb_of_its_own_stays_a_bomb() -> None:
    assert _kind("An explosive device went off near a patrol after the attack on the checkpoint.") == "ied_landmine"


def test_fire_with_its_own_toll_beside_a_capture_stays_fire() -> None:
    assert _kind("Five civilians were killed after Russian airstrikes hit the village, while regime forces took "
                 "control of a nearby town.") == "airstrike"
    assert _kind("Regime forces recaptured two hills, while seven civilians were killed under heavy airstrikes on "
                 "the market.") == "airstrike"
    assert _kind("Regime forces took control of the town after heavy shelling that killed five civilians.") == \
        "shelling"


def test_capture_told_only_as_background_of_fire_stays_fire() -> None:
    assert _kind("Two women were killed amid heavy shelling on the city, which the army overran in 2016.") == "shelling"
    assert _kind("Families fled under heavy shelling as army units captured the village of Tal Hamra.") == "shelling"


def test_fronted_bombardment_of_a_capture_is_an_attack() -> None:
    assert _kind("Under heavy bombardment, regime forces entered the town of Kafr Hamra at dawn.") == "attack"


def test_suicide_car_bomb_opening_an_attack_stays_suicide_bombing() -> None:
    assert _kind("The assault started with two suicide car bombs at the entrance of the base.") == "suicide_bombing"


def test_towns_reached_after_an_offensive_backed_by_airstrikes_are_an_attack() -> None:
    assert _kind(
        "Regime forces and allied militias reached the towns of Kansafra and Kafr Nabl on Wednesday, cutting the main "
        "rebel supply line, after a three-day offensive backed by hundreds of Russian airstrikes."
    ) == "attack"


def test_villages_taken_by_fighters_backed_by_artillery_are_an_attack() -> None:
    assert _kind(
        "Opposition fighters backed by Turkish tanks and artillery have since taken several villages south of the town "
        "of Kansafra, the monitor said."
    ) == "attack"


def test_town_pushed_into_under_air_strikes_is_an_attack() -> None:
    assert _kind(
        "Government troops pushed into the town of Kansafra on Thursday, backed by intense Russian air strikes, "
        "the monitor said."
    ) == "attack"


def test_offensive_with_airstrikes_that_killed_civilians_stays_airstrike() -> None:
    assert _kind(
        "Russian warplanes bombed the town of Kansafra on Friday, killing six civilians, as regime forces pressed a "
        "ground offensive nearby."
    ) == "airstrike"
