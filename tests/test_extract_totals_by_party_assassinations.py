"""A share of a civilian total told "in assassinations / in shootings by <party>" inside a list by perpetrator ("Of the
civilian victims, 58 were killed by regime shelling, 22 by Russian air strikes, and 15 in assassinations by unknown
gunmen") is a line of that list (totals_lines.by_party), as "in strikes / in attacks by" already were. Paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled

OPENING = ("In 2023, SOHR documented the deaths of 260 people in north-west Syria. The dead are:\n"
           "• 104 civilians, including 30 children.\n"
           "• 96 members of regime forces.\n")


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(OPENING + text, "2024-01-02")["totals"]}


def test_in_assassinations_by_unknown_gunmen() -> None:
    found = totals("Of the civilian victims, 47 were killed by regime shelling and drones, 19 by Russian air strikes, "
                   "and 11 in assassinations by unknown gunmen.")
    assert {("civilians", 47), ("civilians", 19), ("civilians", 11)} <= found


def test_in_shootings_by_unidentified_gunmen() -> None:
    found = totals("Of the civilian victims, 47 were killed by regime shelling, and 8 in shootings by unidentified gunmen.")
    assert {("civilians", 47), ("civilians", 8)} <= found


def test_in_targeted_assassinations_carried_out_by_gunmen() -> None:
    found = totals("Of the civilian victims, 52 were killed by regime drones, 13 in targeted assassinations carried out by "
                   "gunmen, and 6 by Russian air strikes.")
    assert {("civilians", 52), ("civilians", 13), ("civilians", 6)} <= found


def test_a_figure_in_a_place_is_no_line_by_perpetrator() -> None:
    found = totals("Of the civilian victims, 47 were killed by regime shelling, and 12 in the countryside of Idlib.")
    assert ("civilians", 12) not in found
