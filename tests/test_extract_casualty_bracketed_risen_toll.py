""""The death toll ... has risen to (8) fighters": a bracketed figure after "risen to" is the risen toll
(``casualties._role``). Look-alike: a bracketed toll opening a colon list ("rose to (40): ...") is left to the list.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bracketed_risen_toll() -> None:
    text = ("Toll of the Al-Tabqa attack rises\n\nThe death toll of Sunday's ISIS attack on a checkpoint of the SDF near "
            "Al-Tabqa has risen to (8) fighters, after three of the wounded died in hospital.")
    assert killed(text) == {"sdf": 8}
