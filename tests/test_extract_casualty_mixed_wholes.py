"""A toll of people broken down into children or women and armed men: split by the parts (``casualty_mixed_wholes``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def _killed(text: str) -> dict[str, int]:
    return dict(killed_sums(text))


def test_children_then_fighters_split_the_people() -> None:
    text = ("A car bomb went off near a bakery in Azaz on Monday, killing ten people, among them three children and two "
            "members of the Sultan Murad faction.")
    assert _killed(text) == {"civilians": 3, "turkey_factions": 2, "unknown": 5}


def test_fighters_then_children_split_the_people() -> None:
    text = ("An explosive device blew up at a checkpoint in Jarablus on Friday, killing eight persons, including a fighter "
            "of the Hamza Division and four children.")
    assert _killed(text) == {"civilians": 4, "turkey_factions": 1, "unknown": 3}


def test_women_and_soldiers_split_the_people() -> None:
    text = ("Mortar shells fell on a square in Sanamayn on Tuesday, killing nine people, of whom two women and three "
            "regime soldiers.")
    assert _killed(text) == {"civilians": 2, "regime": 3, "unknown": 4}


def test_children_alone_leave_the_people_whole() -> None:
    text = "A car bomb went off near a bakery in Azaz on Monday, killing ten people, including three children."
    assert _killed(text) == {"unknown": 10}


def test_civilians_whole_with_boys_then_fighters_apart() -> None:
    text = ("Shelling hit Azaz on Monday, killing nine civilians, among them three boys, and 30 fighters of the Sultan "
            "Murad faction.")
    assert _killed(text) == {"civilians": 9, "turkey_factions": 30}
