""""The death toll of the IED planted in the car of a regime officer ... has risen to three": a count word inside the
attack's description ("a regime officer") does not hide the toll word from the risen figure
(``casualty_rises.toll_past_figures``); the one who "succumbed" after it explains the rise, no more dead.
Look-alike: "rose to" with no toll word before it stays no casualty figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_risen_toll_past_a_victim_in_the_description() -> None:
    text = ("Toll of blast in Sanamayn rises\n\nSOHR has learned that the death toll of the explosion of an IED planted "
            "under the car of a regime colonel in Sanamayn on Sunday has risen to four, after a soldier died of his "
            "wounds in hospital.")
    assert killed(text) == {"regime": 4}


def test_risen_toll_past_a_member_targeted() -> None:
    text = ("Toll of attack in Tafas rises\n\nThe death toll of the attack by gunmen on a member of the Eighth Brigade "
            "near Tafas yesterday has risen to three, SOHR said.")
    assert sum(killed(text).values()) == 3


def test_prices_rose_to_is_no_toll() -> None:
    text = ("Market in Sanamayn\n\nThe price of a car of a regime officer rose to three million pounds, while an IED "
            "killed two soldiers near Sanamayn on Sunday.")
    assert killed(text) == {"regime": 2}
