""""fired a missile at a motorcycle ..., killing its two riders": riders are people a figure counts (``figures.PERSON``),
like passengers and occupants. Look-alike: riders who escaped are no casualties.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_two_riders_killed() -> None:
    text = "Drone strike in Idlib\n\nA drone fired a missile at a motorcycle near Sarmada on Monday, killing its two riders."
    assert sum(killed(text).values()) == 2


def test_both_riders_wounded() -> None:
    text = "Drone strike in Idlib\n\nA drone fired a missile at a motorcycle near Sarmada on Monday, wounding its three riders."
    assert sum(injured(text).values()) == 3


def test_riders_who_escaped_are_no_casualties() -> None:
    text = ("Drone strike in Idlib\n\nA drone fired a missile at a motorcycle near Sarmada on Monday, without causing "
            "casualties, as the two riders managed to jump off before the strike.")
    assert killed(text) == {} and injured(text) == {}
