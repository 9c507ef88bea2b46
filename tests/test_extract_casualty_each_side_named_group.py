""""N fighters dead on each side" of fighting between two factions of one label named as "two rival SNA factions, the
Hamza Division and the Sultan Murad Division": "factions" right after "SNA" is the head noun of the group, not a second
party of another side, so the dead are twice N of the one label (``casualty_roles.each_side``).
Look-alike: fighting between two parties of different sides keeps N for each.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_each_side_of_two_factions_of_one_named_army() -> None:
    text = ("Infighting in Afrin\n\nFighting between two rival SNA factions, the Levant Front and the Sultan Suleiman Shah "
            "Division, in the town of Jindires on Sunday left two gunmen dead on each side.")
    assert killed(text) == {"turkey_factions": 4}


def test_each_side_of_two_armed_sides_keeps_one_figure_each() -> None:
    text = ("Clashes near Tal Tamr\n\nClashes between SDF fighters and Turkish-backed factions near Tal Tamr on Sunday left "
            "two fighters dead on each side.")
    assert killed(text) == {"sdf": 2, "turkey_factions": 2}
