"""A side storming a place it shelled or bombed, told with its dead in one sentence ("army units stormed the hamlet
after pounding it with mortars and helicopters, killing 40 villagers"; "rebels launched an assault on the airbase and
shelled it heavily, leaving six guards dead"; "nine farmers were killed by shelling and gunfire as troops stormed the
valley"): the ground assault is the event, an attack, not shelling or an airstrike. Near it and left alone: the fire
as the main clause, with the storming in a clause of its own after it ("shelled the hamlet, which troops later
stormed"); a storming only tried ("tried to storm ... after shelling it": a repelled attempt, labelled both ways); a
storming with no fire; a storming whose dead come later with their own weapon. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_TITLE = "Assault on Kafr Tamra | Villagers killed\n\n"


def test_storming_after_shelling_with_helicopters_is_an_attack() -> None:
    text = (_TITLE + "On March 3, army units and allied militiamen stormed the hamlet of Kafr Tamra in the Hama countryside "
            "after pounding it with mortars and helicopters, killing 40 villagers, among them eight children.")
    assert kinds(contract(text)) == ["attack"]


def test_assault_and_shelling_joined_is_an_attack() -> None:
    text = (_TITLE + "At noon today rebel fighters launched an assault on the Kafr Tamra airbase in the Hama countryside "
            "and shelled it heavily, leaving six guards and two fighters dead.")
    assert kinds(contract(text)) == ["attack"]


def test_dead_of_shelling_while_troops_stormed_is_an_attack() -> None:
    text = (_TITLE + "In the Hama countryside, nine farmers were killed by shelling and gunfire as government troops "
            "stormed the Kafr Tamra valley at dawn.")
    assert kinds(contract(text)) == ["attack"]


def test_look_alike_shelling_with_later_storming_clause_stays_shelling() -> None:
    text = (_TITLE + "In the Hama countryside, nine farmers were killed when government troops shelled Kafr Tamra, "
            "which army units later stormed amid heavy gunfire.")
    assert kinds(contract(text)) == ["shelling"]


def test_look_alike_storming_only_tried_stays_shelling() -> None:
    text = (_TITLE + "Government troops shelled Kafr Tamra in the Hama countryside this morning, killing nine farmers, "
            "while rebels repelled their attempt to storm the valley from the north.")
    assert kinds(contract(text)) == ["shelling"]


def test_look_alike_bombing_after_a_storming_elsewhere_stays_an_airstrike() -> None:
    text = (_TITLE + "Government warplanes struck Kafr Tamra in the Hama countryside this morning, killing nine farmers, "
            "a day after rebel fighters stormed a checkpoint near the town.")
    assert kinds(contract(text)) == ["airstrike"]


def test_look_alike_one_sides_shelling_while_another_storms_elsewhere_stays_shelling() -> None:
    text = (_TITLE + "Three civilians were killed by regime shelling on Kafr Tamra while rebels stormed a checkpoint "
            "near Tell Qarah in the Hama countryside.")
    assert kinds(contract(text)) == ["shelling"]
