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
