"""A list cut by semicolons whose figures stand in brackets after their labels ("distributed as follows: civilians
(64), including (5) children; regime soldiers and security men (88); former rebels (40)") gives a total per item,
as a list of "N label" items would (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled
from observatory.extract.totals_bracket_lists import figures_first


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-07-01")["totals"])


def test_bracketed_items_after_a_cue_are_totals() -> None:
    got = totals("Thus, the number of people killed in Quneitra and Daraa since early 2022 has risen to (197), "
                 "distributed as follows: civilians (64), including (5) children; regime soldiers and security men "
                 "(88); former rebels who joined no formation after the settlement (40); and persons of unknown "
                 "identity (5).")
    assert got == [("civilians", 64), ("hts_rebels", 40), ("regime", 88), ("unknown", 5)]


def test_bracketed_places_by_province_are_not_rewritten() -> None:
    line = "Since early 2022, the monitor has documented the deaths of 50 civilians, distributed by province as follows: Idlib (30); Aleppo (20)."
    assert figures_first(line) == line


def test_one_bracketed_item_is_no_list() -> None:
    line = "The toll has reached (40), distributed as follows: civilians (40); the others are unknown."
    assert figures_first(line) == line


def test_rewrite_keeps_the_length() -> None:
    line = "It is distributed as follows: civilians (97), including (8) children; regime soldiers (121); and others (8)."
    out = figures_first(line)
    assert len(out) == len(line) and "97 civilians" in out and "121 regime soldiers" in out and "(" not in out
