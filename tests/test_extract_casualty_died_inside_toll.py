"""Deaths told as the way a toll came about are inside that toll (``casualty_died_later``): "N of whom died of
their wounds" right after the killed figure, "put the toll at N, saying a man later died of his wounds", and a risen
toll "after the bodies of N more ... were found". Look-alikes keep the ordinary reading: "N of whom were commanders",
a plain figure of killed people (no toll) followed by "adding that ... died", and bodies found in a sentence of their own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def _killed(text: str) -> list[dict[str, int]]:
    return killed_per_incident(contract(text))


def test_of_whom_died_of_wounds_is_a_part_of_the_dead() -> None:
    text = ("A Turkish drone hit a pick-up truck near Derbasiyah on Tuesday evening, killing four SDF fighters, "
            "two of whom died of their wounds at a clinic overnight, the monitor reported.")
    assert _killed(text) == [{"sdf": 4}]


def test_toll_saying_one_later_died_keeps_the_toll() -> None:
    text = ("Regime mortar fire hit the market of Tafas on Friday, killing three civilians, including a boy, activists said. "
            "The monitor put the death toll at four civilians, saying an elderly farmer later died of the wounds he had received.")
    assert _killed(text) == [{"civilians": 4}]


def test_risen_toll_after_bodies_found() -> None:
    text = ("Gunmen believed to belong to ISIS opened fire on shepherds near Kabajeb on Monday, killing seven civilians. "
            "The number of civilians killed in the attack has risen to ten, after the bodies of three more shepherds "
            "were recovered from a ravine.")
    assert _killed(text) == [{"civilians": 10}]


def test_toll_of_no_side_saying_a_plain_man_died() -> None:
    text = ("Four civilians, among them two women, were killed on Friday when regime forces fired rockets at Tafas, local "
            "sources told a reporter. The Observatory put the toll at five, saying an old man later died of wounds he "
            "received in the attack.")
    assert _killed(text) == [{"civilians": 5}]


def test_toll_of_no_side_still_takes_the_side_of_who_died() -> None:
    text = ("Regime mortar fire hit the market of Tafas on Friday, killing three civilians, including a boy, activists said. "
            "The monitor put the death toll at four, saying an elderly farmer later died of the wounds he had received.")
    assert _killed(text) == [{"civilians": 4}]


def test_of_whom_were_commanders_stays_a_label() -> None:
    text = "A Turkish drone hit a pick-up truck near Derbasiyah on Tuesday evening, killing four SDF fighters, two of whom were commanders."
    assert _killed(text) == [{"sdf": 4}]


def test_no_toll_before_adding_keeps_the_extra_death() -> None:
    text = ("Regime mortar fire on the market of Tafas on Friday killed three civilians, the monitor said, "
            "adding that a farmer later died of wounds from a landmine blast near Inkhil.")
    assert sum(sum(k.values()) for k in _killed(text)) == 4
