"""A sentence right after a running toll that lists its dead ("the monitor said the dead include 80 ISIS members, 33
SDF fighters and 7 civilians") gives every listed figure as dead, the last one too, though no killed word stands next
to it; the toll they add up to is then no total of its own (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_HEAD = ("Raqqa grain silos battle: death toll climbs to 120, says monitor\nAgency | 2024-05-06\n\n"
         "BEIRUT (Agency) - The death toll of the battles between the SDF and ISIS cells around the grain silos of Raqqa "
         "has climbed to 120, the Syrian Observatory for Human Rights reported on Monday.\n\n")


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in contract(_HEAD + text, date(2024, 5, 6))["totals"])


def test_dead_include_last_item_without_verb() -> None:
    got = totals("The monitor said the dead include 80 IS militants, 33 SDF fighters, Asayish members and camp guards, "
                 "and seven civilians, since the assault started on Friday evening.")
    assert got == [("civilians", 7), ("isis", 80), ("sdf", 33)]


def test_list_with_injured_is_unchanged() -> None:
    got = totals("The monitor said the dead include 80 ISIS members and 33 SDF fighters, while seven civilians were injured, "
                 "since the assault started on Friday evening.")
    assert ("civilians", 7) not in got
