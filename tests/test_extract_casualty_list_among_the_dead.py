"""A list of parts said to be "among the dead" of a toll told before ("killing 13 people ... nine civilians and four
members of the factions were among the dead"): every item of the list is a part, not only the last, so no rest is left
to the toll's side (``casualty_referents.among_the_dead``).
Look-alike: one part among the dead still leaves the rest with the toll's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_two_items_among_the_dead() -> None:
    text = ("Car bomb in Tal Abyad\n\nA car bomb exploded in Tal Abyad on Sunday, killing at least 11 people, the monitor "
            "said. Eight civilians and three fighters of the Turkish-backed factions were among the dead.")
    assert killed(text) == {"civilians": 8, "turkey_factions": 3}


def test_one_item_among_the_dead() -> None:
    text = ("Car bomb in Tal Abyad\n\nA car bomb exploded in Tal Abyad on Sunday, killing at least 11 people, the monitor "
            "said. Three fighters of the Turkish-backed factions were among the dead.")
    assert killed(text) == {"unknown": 8, "turkey_factions": 3}
