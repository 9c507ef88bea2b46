"""A figure told "According to SOHR statistics, ..." is a total of its own: the statistics are its source, not a header
whose overall figure gives way to lines after it (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2022-05-02")["totals"])


def test_people_figure_after_according_to_statistics() -> None:
    assert totals("According to the monitor's statistics, 47 people have been killed in explosions of war remnants in "
                  "Daraa since early 2022.") == [("unknown", 47)]


def test_kinds_after_the_figure_stay_its_parts() -> None:
    assert totals("According to SOHR's latest statistics, 61 people have been killed in the Syrian desert since early "
                  "February 2022. The dead include 14 children and five women.") == [("unknown", 61)]


def test_statistics_header_still_gives_its_lines() -> None:
    got = totals("SOHR statistics for April 2022 show the deaths of 90 people, as follows:\n- 40 civilians.\n"
                 "- 30 regime soldiers.\n- 20 ISIS members.")
    assert got == [("civilians", 40), ("isis", 20), ("regime", 30)]
