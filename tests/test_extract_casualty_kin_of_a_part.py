"""Relatives told after a part of a toll (``casualty_households.kin_of_a_part``): "nine civilians were
killed, among them a man, his wife and their three children": the wife and the children are among the nine, not more dead.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_family_among_the_dead_is_inside_the_toll() -> None:
    text = ("Strike on a market in Saraqib\n\nNine civilians were killed, among them a man, his wife and their three children, "
            "when warplanes struck the market of Saraqib on Friday.")
    assert killed(text) == {"civilians": 9}


def test_family_killed_on_its_own_is_counted() -> None:
    text = ("Shell hits a house in Ariha\n\nA regime shell hit a house in Ariha on Friday, killing a man, his wife and "
            "their three children.")
    assert killed(text) == {"civilians": 5}
