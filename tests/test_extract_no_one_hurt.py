"""A clause of "no one was hurt" gives its verb to no figure before it (``casualties._NO_ONE``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_a_terrorist_attack_and_no_one_hurt() -> None:
    text = (
        "Blast on a water main near Kisweh\n\nA blast damaged a water main near Kisweh on Friday. The governor said "
        "a terrorist attack was behind it and that no one was hurt."
    )
    assert injured(text) == {}
    assert killed(text) == {}


def test_nobody_injured_after_a_named_group() -> None:
    text = (
        "Rocket on Mhardeh\n\nA rocket fired by an armed group fell on a field near Mhardeh on Sunday, and nobody "
        "was injured, a local source said."
    )
    assert injured(text) == {}


def test_look_alike_figure_then_hurt_kept() -> None:
    # look-alike: the figure's own verb comes before any "no one": kept as before
    text = (
        "Mine near Jarablus\n\nA landmine went off near Jarablus on Tuesday, wounding two shepherds, while no one "
        "else was in the field."
    )
    assert injured(text) == {"civilians": 2}
