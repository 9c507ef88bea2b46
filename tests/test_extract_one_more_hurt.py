"""One more person told hurt with no noun of his own right after people told dead ("... were killed and one was
wounded", "... were killed and another one was injured", "... and another was slightly injured"), and a victim's kin
told hurt with any of the usual adverbs ("while his wife was slightly injured", "His son was badly wounded")
(``figure_one_hurt``, ``casualty_unnumbered._KIN_VERB``).
Look-alikes: a bare "one" that restates one of the hurt already counted, one taken prisoner, "another one of the
wounded" who died, and a kin's house told badly damaged: read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_bare_one_hurt_after_dead() -> None:
    text = ("Ambush near Hajin\n\nThree SDF fighters on patrol near Hajin were killed and one was "
            "wounded on Thursday when gunmen ambushed them.")
    assert killed(text) == {"sdf": 3}
    assert injured(text) == {"sdf": 1}


def test_another_one_hurt_after_dead() -> None:
    text = ("Drone strike in Jabal al-Zawiya\n\nTwo regime soldiers at a post in Jabal al-Zawiya were killed and another "
            "one was injured on Sunday when a drone hit it.")
    assert injured(text) == {"regime": 1}


def test_another_hurt_with_an_adverb() -> None:
    text = ("Clash near Tal Tamr\n\nA member of the Syrian Democratic Forces was killed and another was slightly "
            "injured in a clash with Turkish-backed factions near Tal Tamr on Monday.")
    assert injured(text) == {"sdf": 1}


def test_kin_slightly_hurt_after_while() -> None:
    text = ("Shooting in Tafas\n\nTwo men riding a motorbike shot dead a grocer outside his shop in Tafas on Saturday "
            "evening, while his wife was slightly injured.")
    assert injured(text) == {"civilians": 1}


def test_kin_badly_hurt_opening_a_sentence() -> None:
    text = ("Shooting in Tafas\n\nTwo men riding a motorbike fired at a grocer outside his shop in Tafas on Saturday "
            "evening, killing him on the spot. His son was badly wounded.")
    assert sum(injured(text).values()) == 1


def test_look_alike_one_of_the_hurt_restated() -> None:
    # near the rule: "one" is one of the four hurt told again, not one more (no dead before it)
    text = ("Shelling on Maarat al-Numan\n\nFour civilians were wounded on Friday by regime shelling on Maarat al-Numan, "
            "and one was seriously injured.")
    assert injured(text) == {"civilians": 4}


def test_look_alike_one_taken_prisoner() -> None:
    # near the rule: the one after the dead is captured, not hurt
    text = ("Ambush near Hajin\n\nTwo SDF fighters on patrol near Hajin were killed and one was captured on Thursday "
            "when gunmen ambushed them.")
    assert injured(text) == {}


def test_look_alike_another_one_of_the_wounded() -> None:
    # near the rule: "another one of the wounded" names no one more hurt
    text = ("Drone strike in Jabal al-Zawiya\n\nTwo regime soldiers at a post in Jabal al-Zawiya were killed and another "
            "one of the wounded died later after a drone hit it.")
    assert injured(text) == {}


def test_look_alike_kin_house_badly_damaged() -> None:
    # near the rule: the adverb goes with damage to a house, no one hurt
    text = ("Shooting in Tafas\n\nTwo men riding a motorbike shot dead a grocer outside his shop in Tafas on Saturday "
            "evening, while his house was badly damaged.")
    assert injured(text) == {}


def test_bare_one_closing_and_injuring() -> None:
    text = ("Attack in Hajin\n\nISIS militants attacked an SDF checkpoint in Hajin on Friday, killing two SDF members and "
            "injuring one.")
    assert killed(text) == {"sdf": 2} and injured(text) == {"sdf": 1}


def test_bare_one_hurt_without_its_verb() -> None:
    text = ("Attack in Hajin\n\nISIS militants attacked an SDF checkpoint in Hajin on Friday. The monitor put the toll at "
            "two SDF members killed and one injured.")
    assert killed(text) == {"sdf": 2} and injured(text) == {"sdf": 1}


def test_bare_one_of_three_wounded_is_not_one_more() -> None:
    text = "Shelling on Kabani\n\nThree soldiers were wounded in shelling on Kabani on Friday, one was seriously wounded."
    assert injured(text) == {"regime": 3}
