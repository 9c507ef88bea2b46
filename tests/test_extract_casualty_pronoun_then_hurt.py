""""..., killing him and injuring his companion": the pronoun victim is counted beside the other role's figure
(``casualty_pronoun_then``); "opened fire on a tribal elder, a civilian in his sixties, ..., killing him": the
apposition makes him a civilian (``casualty_unnumbered.CIVILIAN_APPOSED``).
Look-alikes: "killing him and his son" (one verb for both) and a lone "killing him" keep their readings.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killing_him_and_injuring_his_companion() -> None:
    text = ("IED in Inkhil\n\nAn IED exploded on Sunday under the car of a member of the Air Force Intelligence in "
            "Inkhil, killing him and wounding his companion, a civilian who was riding with him.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"civilians": 1}


def test_killing_him_and_injuring_bystanders() -> None:
    text = ("Shooting in Busra al-Sham\n\nGunmen opened fire on a member of the Eighth Brigade in Busra al-Sham on "
            "Tuesday evening, killing him and injuring three passers-by.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"civilians": 3}


def test_wounding_him_and_killing_his_brother() -> None:
    text = ("Attack in Jasim\n\nUnknown gunmen shot at a regime soldier in Jasim on Friday, wounding him and killing his "
            "brother.")
    assert killed(text) == {"unknown": 1}  # (round 69: a soldier's brother is of no side the text gives, SCHEMA's unknown)
    assert injured(text) == {"regime": 1}


def test_civilian_in_apposition_to_the_one_hit() -> None:
    text = ("SDF member killed near Hajin, and elder shot dead in Diban\n\nGunmen opened fire on a tribal elder, a "
            "civilian in his sixties, near Diban on Monday night, killing him instantly.")
    assert killed(text) == {"civilians": 1}


def test_killing_him_and_his_son_unchanged() -> None:
    text = ("Shooting in Tafas\n\nGunmen opened fire on a member of the Military Security in Tafas on Sunday, killing "
            "him and his son.")
    assert sum(killed(text).values()) == 2


def test_man_counted_as_a_figure_is_not_counted_again_for_him() -> None:
    text = ("Shooting in Deir Ezzor\n\nGunmen targeted a man near the town of Theban on Friday, killing him and injuring "
            "his nephew.")
    assert killed(text) == {"unknown": 1}
