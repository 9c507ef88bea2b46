"""A toll of no side told first ("killing seven people"), then the sides of some or all of its dead in a later sentence:
the dead of named sides are parts of the whole, and only the rest of it stays of no side (none when they add up to it).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from contract_rows import killed_sums as killed


@pytest.mark.parametrize(("text", "dead"), [
    ("A car bomb tore through a market in Azaz on Sunday, killing seven people. Four civilians and three fighters of the "
     "Sultan Murad division were among the dead, the monitor said.", {"civilians": 4, "turkey_factions": 3}),
    ("An explosion hit a fuel depot near Sarmada on Friday, killing five people. Two HTS members were among the dead, "
     "according to the Observatory.", {"hts_rebels": 2, "unknown": 3}),
    ("Fighting broke out in Shuhayl on Monday and left eight people dead. The monitor said two SDF fighters and a woman "
     "passing by were among those killed.", {"sdf": 2, "civilians": 1, "unknown": 5}),
    ("Unidentified gunmen attacked a checkpoint near Tafas on Wednesday, leaving six people dead. According to the "
     "monitor, four soldiers of the regime forces were among those killed.", {"regime": 4, "unknown": 2}),
    ("Nine people, including civilians, were killed when a motorbike bomb went off in Jarablus on Thursday. No group "
     "claimed the blast. The dead are four civilians and two members of the Hamza Division, the monitor said.",
     {"civilians": 4, "turkey_factions": 2, "unknown": 3}),
])
def test_sides_told_after_a_whole_are_parts_of_it(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


def test_dead_also_killed_after_a_whole_are_more_dead() -> None:
    text = ("A rocket hit a bakery in Kafr Nubl on Tuesday, killing four people. An HTS fighter guarding the bakery was "
            "also killed in the strike, the monitor said.")
    assert sum(killed(text).values()) == 5
