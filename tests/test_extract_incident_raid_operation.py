"""Incidents: one raid of a side on the ground told as an operation ("carried out a security operation", "during a
joint security operation", "in a joint operation with the coalition") is that side's attack, whatever exchange of
fire it led to; the partner named "in coordination with" or "with the support of" is neither who did it nor the
target, and two sides named doing it together ("X and Y forces carried out") are led by the first.

Look-alikes: a fight with no operation stays a clash; "clashes between A and B" keeps no joint doer.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.core import default_lexicon
from observatory.extract.events import event_type, roles
from observatory.models import Report


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.perpetrator_side, e.target_side) for e in extract_report(Report(text=text)).events]


def _roles(text: str) -> tuple[str | None, str | None]:
    who = roles(text, 0, len(text), default_lexicon(), None)
    return (who.perpetrator.side if who.perpetrator else None, who.target.side if who.target else None)


def test_operation_carried_out_that_led_to_an_exchange_of_fire_is_an_attack() -> None:
    text = ("Syrian Observatory for Human Rights\nRaid in Deir Ezzor\n\n"
            "At dawn on Friday, SDF fighters carried out a security operation in the village of Al-Jurdi, during which "
            "three men believed to be ISIS members were killed in an exchange of fire.")
    assert [t for t, _, _ in _events(text)] == ["attack"]


def test_killed_during_a_joint_operation_is_an_attack() -> None:
    hit = event_type("Two wanted men were killed on Monday in an exchange of fire with the Asayish during a joint "
                     "security operation in the camp.")
    assert hit is not None and hit[0] == "attack"


def test_conducted_a_combing_operation_is_an_attack() -> None:
    hit = event_type("Regime troops conducted a combing operation near the village, where a fire fight left two "
                     "gunmen dead.")
    assert hit is not None and hit[0] == "attack"


def test_partner_in_coordination_with_is_not_the_doer() -> None:
    assert _roles("The Syrian Democratic Forces, in coordination with the International Coalition, carried out a raid "
                  "on a house in the town, targeting an ISIS cell.") == ("sdf", "isis")


def test_partner_with_the_support_of_is_not_the_doer() -> None:
    assert _roles("Regime forces, with the support of Russian helicopters, stormed the hideout of an ISIS cell.")[0] \
        == "regime"


def test_two_sides_named_together_are_led_by_the_first() -> None:
    assert _roles("SDF and US-led International Coalition forces raided a farm used by ISIS cells near the river.")[0] \
        == "sdf"


def test_look_alike_operations_in_the_plural_are_no_raid() -> None:
    hit = event_type("Clashes broke out after the SDF security operations in the region over the past months.")
    assert hit is not None and hit[0] == "clash"


def test_look_alike_clashes_between_two_sides_have_no_joint_doer() -> None:
    perp, _ = _roles("Clashes between regime forces and HTS fighters erupted near the town.")
    assert perp != "regime" or perp is None
