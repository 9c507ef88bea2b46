"""A line of a statistics block that counts a region's operations and tells their dead ("Raqqa: one operation, in which a
civilian was shot dead.") is a line of the block, its dead a regional total, even when a killing verb follows its
figure in words (totals.TotalsBuilder._stats_line with totals_marks.EVENT_COUNT). Paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> set[tuple[str, int, str]]:
    return {(t["side"], t["killed"], t["region"]) for t in titled(text, "2024-04-01")["totals"] if t.get("region")}


OPENING = ("SOHR has monitored 17 operations carried out by ISIS cells in SDF-held areas in March 2024. These operations "
           "left nine people dead: seven members of SDF and two civilians.\n"
           "The operations were distributed as follows:\n")


def test_one_operation_in_which_a_civilian_was_shot_dead() -> None:
    text = OPENING + ("Deir Ezzor: 14 operations, in which six SDF members and a civilian were killed.\n"
                      "Al-Hasakah: two operations, which claimed the lives of one SDF member.\n"
                      "Raqqa: one operation, in which a civilian was shot dead.")
    assert ("civilians", 1, "Raqqa") in regional(text)


def test_two_attacks_in_which_two_members_were_killed() -> None:
    text = OPENING + ("Deir Ezzor: 14 attacks, in which five SDF members and two civilians were killed.\n"
                      "Al-Hasakah: two attacks, in which two SDF members were shot dead.")
    assert ("sdf", 2, "Al-Hasakah") in regional(text)
