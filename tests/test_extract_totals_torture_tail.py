"""How many of a civilian total died under torture, told after a semicolon in the total's own sentence or line ("- 1,889
civilians, including 268 children and 197 women; 43 of the civilians died under torture in regime prisons"), is the
total's ``of_which`` ``torture``, not a total of its own (totals_torture_share.torture_tail). Paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from typing import Any

from contract_rows import titled


def civilian_totals(text: str) -> list[dict[str, Any]]:
    return [t for t in titled(text, "2024-01-02")["totals"] if t["side"] == "civilians"]


def test_a_line_with_the_torture_share_after_a_semicolon() -> None:
    text = ("SOHR has documented the deaths of 3,100 people across Syria during 2023. The fatalities are distributed as follows:\n"
            "- 1,204 civilians, including 190 children and 101 women; 37 of the civilians died under torture in regime prisons.\n"
            "- 880 regime soldiers and loyal militiamen.")
    found = civilian_totals(text)
    assert [(t["killed"], t["of_which"].get("torture")) for t in found] == [(1204, 37)]


def test_a_sentence_with_of_the_victims_died_due_to_torture() -> None:
    text = ("The network documented the killing of 64 civilians in Syria in May 2023, including 12 children and four women; "
            "three of the victims died due to torture.")
    found = civilian_totals(text)
    assert [(t["killed"], t["of_which"].get("torture")) for t in found] == [(64, 3)]


def test_of_them_died_under_torture_in_detention_centres() -> None:
    text = ("SNHR recorded the deaths of 58 civilians in Syria in June 2023, among them nine children; seven of them died "
            "under torture in detention centres.")
    found = civilian_totals(text)
    assert [(t["killed"], t["of_which"].get("torture")) for t in found] == [(58, 7)]


def test_a_clause_after_a_semicolon_that_names_another_side_stays_a_total() -> None:
    text = ("The monitor documented the deaths of 40 civilians in Syria in May 2023, including six children; 12 regime "
            "soldiers died in ISIS attacks during the month.")
    found = {(t["side"], t["killed"]) for t in titled(text, "2023-06-02")["totals"]}
    assert {("civilians", 40), ("regime", 12)} <= found
