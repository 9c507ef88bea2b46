"""A person who "lost a leg" is hurt, not dead (``casualty_lost_limb``): "a farmer was killed and his brother lost a
leg" counts one dead and one hurt.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_kin_who_lost_a_leg_is_hurt() -> None:
    text = ("Mine blast near Maadan\n\nA farmer was killed and his son lost a leg on Sunday when their tractor ran over a "
            "landmine near Maadan.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_one_killed_who_had_lost_a_leg_before_is_dead_not_hurt() -> None:
    # "who had lost a leg in a previous strike" tells of her past, not of a wound in this strike
    text = ("Strikes on Ariha\n\nRussian airstrikes killed three children and a woman who had lost a leg in a previous "
            "strike on Ariha.")
    assert killed(text) == {"civilians": 4}
    assert injured(text) == {}
