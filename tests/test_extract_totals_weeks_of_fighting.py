"""A toll over weeks or a month of fighting ("Two weeks of fighting ... have killed 58 people", "A month of clashes ...
has left 22 people dead") is a total over that stretch of time, as "four days of fighting" was; its breakdown by side
in the next sentence gives the totals ("The dead include 14 civilians, 25 SDF members and 19 gunmen").

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (tolls that cover several days of fighting
are totals). Look-alikes: "after weeks of fighting" with an event's own toll and "a week after the clashes" stay
events.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_weeks_of_fighting_toll_broken_down_by_side() -> None:
    row_ = row("Two weeks of fighting between the SDF and tribal gunmen in the eastern countryside of Deir Ezzor have "
               "killed 58 people, the monitor said. The dead include 14 civilians, 25 SDF members and 19 gunmen of the "
               "tribes.")
    assert sorted((t["side"], t["killed"]) for t in row_["totals"]) == [("civilians", 14), ("sdf", 25), ("unknown", 19)]
    assert all(sum(i["killed"].values()) != 58 for i in row_["incidents"])


def test_month_of_clashes_toll_is_a_total() -> None:
    assert _pairs("A month of clashes between rival factions in Afrin has left 22 people dead, the monitor said on "
                  "Monday.") == [("unknown", 22)]


def test_after_weeks_of_fighting_one_event_stays_an_incident() -> None:
    assert _pairs("After weeks of fighting, regime forces captured the town of Kafr Nabl on Monday, and an airstrike on "
                  "its outskirts killed four civilians.") == []


def test_a_week_after_the_clashes_stays_an_incident() -> None:
    assert _pairs("A week after the clashes ended, a landmine exploded near Tafas on Sunday, killing two children.") == []
