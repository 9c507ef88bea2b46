"""A household whose head is read as a civilian already ("a woman, her husband and their four children"): the relatives
share the side, so no relative is dropped (``casualty_households.household_civilians``); and an ordinal one ("a third")
after a semicolon counts one more person with his own verb, no part of the figure before it
(``casualty_breakdowns.parent_of``).
Look-alikes: a household of no children, a household headed by a fighter, "a third of" (a share), "a second attack" (an
event): read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

H = "Local update\n\n"


def test_woman_husband_and_children_hurt() -> None:
    text = H + "A rocket landed on a farmhouse near Kafr Takharim, wounding a woman, her husband and their three sons."
    assert injured(text) == {"civilians": 5}


def test_woman_husband_and_child_killed() -> None:
    text = H + "Regime artillery hit a home in Kansafra on Sunday, killing a woman, her husband and their daughter."
    assert killed(text) == {"civilians": 3}


def test_ordinal_after_semicolon_hurt() -> None:
    text = H + ("Gunmen on a motorbike attacked a checkpoint near Busra al-Harir and shot dead two policemen; a third "
                "was badly injured.")
    assert sum(killed(text).values()) == 2
    assert sum(injured(text).values()) == 1


def test_look_alike_household_without_children() -> None:
    # near the rule: no children in the list, the household rule does not apply
    text = H + "A shell hit a car near Ariha, wounding a woman and her husband."
    assert sum(injured(text).values()) == 2


def test_look_alike_household_of_a_fighter() -> None:
    # near the rule: the head is a fighter of a side, not a civilian
    text = H + "A Turkish drone struck a car near Ain Issa, killing an SDF commander, his wife and their two children."
    assert sum(killed(text).values()) == 4


def test_look_alike_ordinal_event() -> None:
    # near the rule: "a second" names an attack, not one more person
    text = H + "A drone killed two fighters near Sarmada on Monday; a second strike hit an empty building."
    assert sum(killed(text).values()) == 2
    assert injured(text) == {}
