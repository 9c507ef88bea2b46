"""Event types: "similar strikes targeted farms" after air strikes told before are air strikes too (the kind the
report named last), like a bare "strike"; men killed "by fire from Jordanian border guards" or "by Jandarma fire" were
shot by a side (an attack), though no verb of shooting is used.

Look-alikes: "fearing similar strikes" tells no strike; "the fire of war" names no shooter.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def test_similar_strikes_after_air_strikes_are_air_strikes() -> None:
    row = contract("Monitor update\n\nAir strikes believed to be Jordanian killed four people in a farm near Tal Shihab "
                   "on Monday, the monitor said.\n\nLast month, similar strikes targeted two houses on the outskirts of "
                   "Nasib, causing only material damage.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_fire_from_border_guards_is_an_attack() -> None:
    found = event_type("Three smugglers were killed at dawn by fire from Jordanian border guards near the fence.")
    assert found is not None and found[0] == "attack"


def test_jandarma_fire_is_an_attack() -> None:
    found = event_type("A woman from Harem was wounded by Jandarma fire near the wall on Friday.")
    assert found is not None and found[0] == "attack"
