"""Bracketed areas of one side's deaths ("Most of the civilian deaths were recorded in Homs (25), Hama (18) and Daraa
(11)") after a toll split into lines of several sides are regional totals of that side, checked against that side's
line, not the last line (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = ("The monitor documented the death of 120 people across Syria on Thursday 22 November 2012: 70 civilians, "
         "including 10 children; 30 rebel fighters; and 20 soldiers of the regular army.\n")


def regions(text: str) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in titled(text, "2012-11-23")["totals"] if t.get("region"))


def test_bracketed_areas_of_the_civilian_line() -> None:
    got = regions(_HEAD + "Most of the civilian deaths were recorded in Homs (25), Hama (18) and Daraa (11), where "
                          "regular forces shelled several towns.")
    assert got == [("civilians", 11, "Daraa"), ("civilians", 18, "Hama"), ("civilians", 25, "Homs")]


def test_bracketed_areas_past_the_civilian_line_are_none() -> None:
    assert regions(_HEAD + "Most of the civilian deaths were recorded in Homs (45), Hama (18) and Daraa (11).") == []
