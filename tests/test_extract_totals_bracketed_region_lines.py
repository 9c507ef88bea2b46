"""Lines of areas set as "Homs desert (94)" (the figure in brackets, a line of its own) under a header of areas give
regional totals like "Homs desert: 94" (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_BLOCK = ("The monitor documented the deaths of 260 people in the Badia in 2021, they are:\n"
          "- 180 regime soldiers and loyalist gunmen.\n- 50 ISIS members.\n- 30 civilians, most of them shepherds.\n")


def regions(text: str) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in titled(text, "2022-01-02")["totals"] if t.get("region"))


def test_bracketed_area_lines_under_a_side_header() -> None:
    got = regions(_BLOCK + "Regime losses by province:\nDeir Ezzor desert (88)\nHoms desert (61)\nRaqqa desert (31)\n")
    assert got == [("regime", 31, "Raqqa desert"), ("regime", 61, "Homs desert"), ("regime", 88, "Deir Ezzor desert")]


def test_bracketed_line_outside_a_block_is_no_total() -> None:
    row = titled("Regime forces shelled the village of Kansafra in Jabal al-Zawiya (Idlib) this morning, killing a "
                 "woman.\nHoms desert (94)\n", "2022-01-02")
    assert row["totals"] == []
