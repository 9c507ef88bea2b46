"""An incident that names no place of its own (the place is in the headline or a sentence before), in a report that
names one governorate more than once and whose placed incidents all lie in it: that governorate. Not for an event on
a border, in a desert spanning provinces, a span that goes on telling an incident told before it, or an event told as
a new scene. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates

_LEAD = ("Hama countryside\n\nA landmine killed two shepherds on a farm by Ithriyah, in rural eastern "
         "Hama on Monday.\n\n")


def test_placeless_incident_takes_the_one_governorate_named() -> None:
    row = contract(_LEAD + "On Tuesday, a gunman opened fire on a car, killing a farmer and his son.")
    assert governorates(row) == ["Hama", "Hama"]


def test_placeless_border_clash_stays_unknown() -> None:
    row = contract(_LEAD + "On Tuesday, border guards exchanged fire with smugglers at the border, killing four of "
                           "them.")
    assert governorates(row)[1] is None


def test_placeless_event_in_the_syrian_desert_stays_unknown() -> None:
    row = contract(_LEAD + "On Tuesday, a gunman opened fire on a car in the Syrian desert, killing a farmer and his "
                           "son.")
    assert governorates(row)[1] is None


def test_placeless_span_going_on_with_the_incident_before_stays_unknown() -> None:
    row = contract(_LEAD + "On Tuesday, gunmen stormed an army post at dawn and then withdrew.\nLocal activists said "
                           "that at least four soldiers were killed and two others wounded during the attack.")
    assert governorates(row)[-1] is None


def test_placeless_new_scene_stays_unknown() -> None:
    row = contract(_LEAD + "Meanwhile, rockets fired by gunmen slammed into a market quarter, killing a farmer and "
                           "his son.")
    assert governorates(row)[-1] is None
