"""A fight begun by one side's counter-attack or security operation ("The factions launched a counter-attack at dawn
and recaptured two posts", "the SDF launched a security operation in X, during which clashes erupted with a cell"):
that side's attack, not a clash. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    hit = event_type(text)
    return hit[0] if hit else None


def test_clashes_then_a_counter_attack_are_the_counter_attack() -> None:
    row = contract("Battles near Tal Malah\n\nViolent clashes continue between regime forces and the factions on the "
                   "Tal Malah axis in the northern countryside of Hama. The factions launched a counter-attack at dawn "
                   "today and recaptured two posts. Eight fighters of the factions were killed in the fighting.")
    assert kinds(row) == ["attack"]


def test_security_operation_with_clashes_is_an_attack() -> None:
    assert _kind("The Asayish launched a security operation in Al-Karama, during which clashes erupted with a cell "
                 "of gunmen.") == "attack"


def test_look_alike_clashes_without_an_opener_stay_a_clash() -> None:
    assert _kind("Clashes erupted between the SDF and a cell of gunmen in Al-Karama at dawn.") == "clash"


def test_look_alike_tried_to_advance_stays_a_clash() -> None:
    assert _kind("Clashes broke out at dawn after regime forces tried to advance on the hills near Kabani.") == "clash"
