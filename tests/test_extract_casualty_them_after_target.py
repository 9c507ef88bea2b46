""""Gunmen opened fire on three members of the Asayish ..., killing them": the figure the attack was aimed at is the one
killed, of its side (``casualty_them``). Look-alikes: "attacked two villages ..., killing them" is no count of people;
"ambushed two shepherds ... and wounded them" (read before this rule too) stays as it was;
a figure with its own role word is read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killing_them_after_the_target() -> None:
    text = ("Attack in Al-Shuhail\n\nISIS gunmen opened fire on three members of the Asayish near Al-Shuhail on Saturday "
            "evening, while they were returning from their checkpoint, killing them instantly.")
    assert killed(text) == {"sdf": 3}


def test_wounding_them_after_an_ambush() -> None:
    text = ("Attack in Al-Shuhail\n\nUnknown gunmen ambushed two shepherds near Al-Shuhail on Saturday and wounded them.")
    assert injured(text) == {"civilians": 2}


def test_killing_them_after_places_is_no_count() -> None:
    text = ("Attack in Al-Shuhail\n\nISIS cells attacked two villages near Al-Shuhail on Saturday, killing them.")
    assert killed(text) == {}
