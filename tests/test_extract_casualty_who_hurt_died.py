""""a shepherd who had been injured on Thursday by a mine blast ..., died of his wounds": one told hurt in a relative
clause and dead of those wounds in the main clause is dead, not hurt as well (``casualty_hurt_then_died``); another
person named between keeps the hurt.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

_OPEN = ("Mines in the Hama desert\n\nA landmine exploded on Monday near Ithriyah, east of Hama, killing two civilians "
         "who were collecting truffles, the Syrian Observatory for Human Rights said. ")


def test_relative_hurt_then_died_of_wounds() -> None:
    text = _OPEN + ("Separately, a shepherd who had been injured on Saturday by a mine near Wadi al-Azib, while he was "
                    "grazing his sheep, died of his wounds.")
    assert killed_sums(text) == {"civilians": 3}
    assert injured_sums(text) == {}


def test_relative_hurt_then_succumbed_today() -> None:
    text = _OPEN + "Separately, a farmer who was seriously wounded in a blast near Uqayribat last week succumbed today to his injuries."
    assert killed_sums(text) == {"civilians": 3}
    assert injured_sums(text) == {}


def test_relative_hurt_with_comma_then_died_in_hospital() -> None:
    text = _OPEN + "Separately, a child who had been hurt in the shelling of Ariha on Friday, died of her wounds in hospital."
    assert killed_sums(text) == {"civilians": 3}
    assert injured_sums(text) == {}


def test_another_person_between_keeps_the_hurt() -> None:
    text = _OPEN + "Separately, a farmer who was wounded in a blast near Uqayribat said another man died of his wounds."
    assert injured_sums(text) == {"civilians": 1}
