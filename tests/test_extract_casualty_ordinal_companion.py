"""One more victim of the dead's own group hurt in a sentence of his own (``casualty_ordinal_companion``): "A mine killed
two farmers ... A third passenger was seriously injured" is of the dead's side where they are all civilians, and of
unknown side where they are fighters or of no shown side. Look-alikes: a bystander, a man described apart.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_third_passenger_after_civilian_dead_is_a_civilian() -> None:
    text = ("Drone hits car near Sarmin\n\nTwo farmers were killed on Monday when a drone struck their car near Sarmin. "
            "A third passenger was seriously injured and taken to a hospital in Idlib.")
    assert injured(text) == {"civilians": 1}


def test_man_who_was_with_them_after_shepherds_is_a_civilian() -> None:
    text = ("Mine kills shepherds\n\nA landmine killed three shepherds near Uqayribat on Sunday. The monitor said a fourth "
            "man who was with them was seriously injured.")
    assert injured(text) == {"civilians": 1}


def test_man_travelling_with_them_sustained_injuries() -> None:
    text = ("Mine kills truffle hunters\n\nTwo truffle hunters were killed when a mine exploded near al-Kawm. A third man "
            "travelling with them sustained serious injuries.")
    assert injured(text) == {"civilians": 1}


def test_companion_of_fighters_stays_of_unknown_side() -> None:
    text = ("Mine kills soldiers\n\nA landmine killed two soldiers near Uqayribat on Sunday. A third man who was with them "
            "was seriously injured.")
    assert injured(text) == {"unknown": 1}


def test_bystander_and_man_described_apart_stay_of_unknown_side() -> None:
    near = ("Drone hits car near Sarmin\n\nTwo farmers were killed on Monday when a drone struck their car near Sarmin. "
            "A third person who was standing near the car was wounded.")
    apart = ("Drone hits car near Sarmin\n\nTwo farmers were killed on Monday when a drone struck their car near Sarmin. "
             "A third man in the car, whose identity is unknown, was wounded.")
    assert injured(near) == {"unknown": 1}
    assert injured(apart) == {"unknown": 1}


def test_bare_rank_after_soldiers_stays_of_their_side() -> None:
    """"A third one" names no one: counted on from the dead soldiers, like "a third", not a companion of unknown side."""
    one = ("Drone hits truck near Maarrat al-Numan\n\nTwo soldiers were killed on Monday when a drone struck their truck "
           "near Maarrat al-Numan. A third one was wounded.")
    soldier = ("Drone hits truck near Maarrat al-Numan\n\nTwo soldiers were killed on Monday when a drone struck their truck "
               "near Maarrat al-Numan. A third soldier was wounded.")
    assert injured(one) == {"regime": 1}
    assert injured(soldier) == {"regime": 1}


def test_ordinals_that_count_no_companion_stay_as_read() -> None:
    """"A third attack", "for the third time": no man counted on from the dead."""
    attack = ("Shelling on Sarmin\n\nTwo farmers were killed on Monday when a shell hit their field near Sarmin. A third attack "
              "on the town wounded two soldiers.")
    time = ("Shelling on Sarmin\n\nTwo farmers were killed on Monday when a shell hit their field near Sarmin. For the third "
            "time this week, a man was wounded.")
    assert injured(attack) == {"regime": 2}
    assert injured(time) == {"unknown": 1}
