""""His brother, riding alongside him, was wounded": a kin told with a participle between commas before his verb is
counted, as one told with a "who" clause there is ("His brother, who was riding with him, was wounded";
``casualty_unnumbered._KIN_VERB``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums

_OPEN = ("Man shot dead near Sarmada\n\nA young man was killed on Tuesday night when unidentified gunmen opened fire on "
         "him on the road between Sarmada and Bab al-Hawa, north of Idlib, the Syrian Observatory for Human Rights said. ")


def test_brother_riding_alongside_him_was_wounded() -> None:
    assert injured_sums(_OPEN + "His brother, riding alongside him, was wounded and taken to hospital.") == {"unknown": 1}


def test_son_sitting_next_to_him_sustained_injuries() -> None:
    assert injured_sums(_OPEN + "His son, sitting next to him in the car, sustained injuries.") == {"unknown": 1}


def test_cousin_travelling_with_him_was_hurt() -> None:
    assert injured_sums(_OPEN + "His cousin, travelling with him, was also hurt.") == {"unknown": 1}
