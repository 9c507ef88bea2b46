"""Shares of a total told by how they died in its own sentence ("..., among them 30 killed by landmines and 17 by ISIS
gunmen") that add up to it are kinds of deaths inside the total, not totals of their own (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-05-02")["totals"])


def test_cause_shares_adding_up_fold_into_the_total() -> None:
    row = titled("Since early March 2022, 47 civilians have been killed while gathering truffles in the Badia, among "
                 "them 30 killed by landmines and 17 killed by ISIS gunmen.", "2022-05-02")
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("civilians", 47)]
    assert ("mines_erw", 30) in row["totals"][0]["of_which"].items()


def test_shares_by_killer_only_stay_totals() -> None:
    assert totals("Since early March 2022, 47 civilians have been killed in the Badia, among them 30 killed by regime "
                  "shelling and 17 killed by ISIS gunmen.") == [("civilians", 17), ("civilians", 30), ("civilians", 47)]


def test_cause_shares_short_of_the_total_fold_too() -> None:
    # round 23: shares told by cause after ", among them" are inside the total even where they fall short of it (the
    # rest died otherwise); the written sets' gold folds them (landmine and shepherd shares of a desert civilian total)
    got = totals("Since early March 2022, 47 civilians have been killed while gathering truffles in the Badia, among "
                 "them 30 killed by landmines and 11 killed by ISIS gunmen.")
    assert got == [("civilians", 47)]
