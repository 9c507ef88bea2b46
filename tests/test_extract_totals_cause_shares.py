"""Shares of a total told by how the dead died or what they were doing, not by who killed them ("..., 45 of whom died
in landmine blasts", "; 45 of them were killed while collecting truffles", ", among them ... and 12 shepherds killed
by ISIS") are inside the total (its ``of_which``), not totals of their own; shares told by a killer, and shares of
another side, stay totals (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs


def row(text: str) -> dict[str, Any]:
    return titled(text, "2022-09-14")


def test_pronoun_share_by_mines_of_a_total_of_people_folds() -> None:
    found = row("The monitor said the blast raises to 120 the number of people killed while herding sheep since the "
                "beginning of 2022, 45 of whom died in explosions of landmines.")
    assert total_pairs(found) == [("civilians", 120)]
    assert found["totals"][0]["of_which"].get("mines_erw") == 45


def test_share_told_by_what_the_dead_were_doing_is_no_total() -> None:
    text = ("Since early 2022, SOHR has documented the deaths of 300 people, as follows: 120 civilians, including 10 women; "
            "45 of them were killed while collecting truffles. 90 regime soldiers.")
    assert total_pairs(row(text)) == [("civilians", 120), ("regime", 90)]


def test_shares_after_among_them_fold_into_the_total() -> None:
    text = ("Since early 2022, SOHR has documented the deaths of 120 civilians in the desert, among them 45 people killed "
            "by landmines and 12 shepherds killed by ISIS.")
    assert total_pairs(row(text)) == [("civilians", 120)]


def test_share_by_a_killer_while_doing_stays_a_total_or_part() -> None:
    text = ("SOHR has documented the deaths of 120 civilians since early 2022, 45 of whom were killed by regime forces "
            "while fleeing the fighting.")
    assert ("civilians", 120) in total_pairs(row(text))


def test_shares_of_other_sides_after_among_them_stay_totals() -> None:
    text = ("Since the start of the year, the fighting has killed 95 people, among them 60 SDF fighters and 35 "
            "tribal gunmen, the monitor said.")
    found = total_pairs(row(text))
    assert ("sdf", 60) in found
