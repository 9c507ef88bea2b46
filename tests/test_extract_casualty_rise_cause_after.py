""""The death toll of Sunday's regime shelling on Ariha has risen to five, after two injured civilians died of their
wounds": a risen toll that names no one takes the side of those whose deaths the cause clause after it tells
(``casualty_rise_cause``). Look-alikes: a cause with no death in it ("after two soldiers were arrested") gives no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_injured_civilians_died_after_the_toll() -> None:
    text = ("Shelling on Ariha\n\nThe death toll of Sunday's regime shelling on Ariha has risen to five, after two injured "
            "civilians died of their wounds.")
    assert sentence_sides(text, "The death toll") == [("killed", 5, "civilians")]


def test_one_of_the_wounded_fighters_succumbed_after_the_toll() -> None:
    text = ("Attack near Tal Tamr\n\nThe toll of Friday's Turkish drone strike near Tal Tamr climbed to four as one of the "
            "wounded SDF fighters succumbed to his injuries.")
    assert sentence_sides(text, "The toll") == [("killed", 4, "sdf")]


def test_cause_without_a_death_gives_no_side() -> None:
    text = ("Attack near Tal Tamr\n\nThe toll of Friday's attack near Tal Tamr climbed to four after two SDF fighters were "
            "arrested.")
    assert [side for _, _, side in sentence_sides(text, "The toll")] != ["sdf"]
