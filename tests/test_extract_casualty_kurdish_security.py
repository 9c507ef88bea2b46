"""Plain "security forces" in a sentence of the Kurdish-led forces are theirs (``casualty_kurdish_security``).

* "the Asayish said" or "the Kurdish-led administration said" beside plain "security forces": sdf;
* "Syrian security forces", or a sentence that also names the regime, keeps the regime's side;
* a sentence with no Kurdish-led force keeps the regime's side; so does one written after the regime fell.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from casualty_cases import wounded
from contract_rows import killed_sums as killed


def test_wounded_security_men_in_an_asayish_statement() -> None:
    text = (
        "Raid in Shaddadi\n\nDuring a search of a house in Shaddadi on Tuesday, the Asayish said, a wanted ISIS member "
        "was killed and three members of the security forces were slightly wounded."
    )
    assert wounded(text) == {"sdf": 3}


def test_dead_security_men_told_by_the_kurdish_led_administration() -> None:
    text = (
        "Drone strike near Qamishli\n\nA drone struck a checkpoint near Qamishli on Friday, killing four members of the "
        "security forces, the Kurdish-led administration said."
    )
    assert killed(text) == {"sdf": 4}


def test_security_men_beside_the_regime_keep_its_side() -> None:
    text = (
        "Clash in Qamishli\n\nSDF fighters clashed with regime soldiers near the airport of Qamishli on Friday, and two "
        "members of the security forces were wounded."
    )
    assert wounded(text) != {"sdf": 2}


def test_security_men_with_no_kurdish_force_named() -> None:
    text = (
        "Bomb in Jableh\n\nA bomb went off near a checkpoint in Jableh on Friday, wounding three members of the security "
        "forces, a monitor said."
    )
    assert wounded(text) == {"regime": 3}


def test_security_men_after_the_regime_fell_are_not_read() -> None:
    text = (
        "Clash near Deir Hafer\n\nThe SDF said on Friday that two members of the security forces were wounded near "
        "Deir Hafer."
    )
    assert "sdf" not in wounded(text, published=date(2025, 3, 2))
