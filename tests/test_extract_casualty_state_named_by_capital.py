"""A state named by its capital ("Ankara said nine of its soldiers were killed"): its own forces.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_ankara_own_soldiers() -> None:
    text = ("Escalation in the north\n\nTurkish drones struck several villages near Kobani on Monday, after Ankara said five of "
            "its soldiers had been killed in a rocket attack on a base near Azaz.")
    assert killed(text) == {"turkey_factions": 5}


def test_turkey_own_soldiers_unchanged() -> None:
    # look-alike: the country named, as before
    text = ("Escalation in the north\n\nTurkish drones struck several villages near Kobani on Monday, after Turkey said five of "
            "its soldiers had been killed in a rocket attack on a base near Azaz.")
    assert killed(text) == {"turkey_factions": 5}
