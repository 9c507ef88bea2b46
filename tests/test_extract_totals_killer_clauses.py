"""Killers told one after another with their figures ("ISIS killed 17, international coalition forces killed 38, and
Turkish forces killed 89 civilians"): a bare figure is of the civilians the list counts, killed by the subject of its
own clause, never of the group that opens the next clause (casualty_sentence_sides._side_from_line, totals_lines
._ACTIVE_CLAUSE). Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int, str | None]]:
    return {(t["side"], t["killed"], t.get("perpetrator")) for t in titled(text, "2018-04-01")["totals"]}


_HEAD = "SNHR documented the killing of 900 civilians in Syria in March 2018, including 200 children. "


def test_a_bare_figure_before_an_international_killer() -> None:
    text = _HEAD + ("According to the report, Russian forces killed 290 civilians, ISIS killed 17, international coalition "
                    "forces killed 38, and Turkish forces killed 89 civilians, including 23 children.")
    found = totals(text)
    assert ("civilians", 38, "coalition") in found and ("turkey_factions", 38, None) not in found
    assert ("civilians", 17, "isis") in found


def test_a_bare_figure_before_a_killer_named_with_the() -> None:
    text = _HEAD + ("The report said regime forces killed 400 civilians, the SDF killed 12, and the Turkish army killed "
                    "45 civilians.")
    found = totals(text)
    assert ("civilians", 12, "sdf") in found and ("turkey_factions", 12, None) not in found
