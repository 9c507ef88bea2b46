"""A list of the dead that goes on after a breakdown told as "K children among them" ("killed five civilians, two
children among them, and a fighter of the factions": the fighter is one more of the dead, ``casualty_listed``).
Look-alike: the same list with "including two children" keeps working.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_item_after_among_them_is_dead() -> None:
    text = ("Car bomb in Jarablus\n\nA car bomb exploded near the market of Jarablus on Monday, killing four civilians, "
            "a woman among them, and a member of the Turkish-backed factions, and injuring nine others.")
    assert killed(text) == {"civilians": 4, "turkey_factions": 1}


def test_item_after_including_is_dead() -> None:
    text = ("Car bomb in Jarablus\n\nA car bomb exploded near the market of Jarablus on Monday, killing four civilians, "
            "including a woman, and a member of the Turkish-backed factions, and injuring nine others.")
    assert killed(text) == {"civilians": 4, "turkey_factions": 1}
