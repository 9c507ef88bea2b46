"""A line of a list that opens with a count of people and then counts events ("- 39 ISIS members, most of them in Russian
airstrikes, which exceeded 1,100 strikes in the same period") gives the dead of the list, not only a count of events
(totals_blocks.events_counted). Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled

OPENING = ("According to SOHR's statistics, since early 2023 and until June 30, the Badia has witnessed the death of:\n"
           "- 140 members of regime forces and loyal militias.\n")


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2023-07-01")["totals"]}


def test_isis_members_then_a_count_of_strikes_in_the_same_period() -> None:
    found = totals(OPENING + "- 52 ISIS members, most of them in Russian airstrikes, which exceeded 900 strikes in the same period.\n"
                   "- 20 civilians, among them six shepherds.")
    assert {("regime", 140), ("isis", 52), ("civilians", 20)} <= found


def test_fighters_in_a_count_of_raids_during_the_same_period() -> None:
    found = totals(OPENING + "- 31 ISIS fighters, in some 400 Russian raids during the same period.")
    assert ("isis", 31) in found


def test_a_count_of_attempts_alone_is_no_total() -> None:
    found = totals(OPENING + "SOHR also documented 22 assassination attempts in the Badia during the same period.")
    assert not any(k == 22 for _, k in found)
