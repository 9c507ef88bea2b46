"""After a part of a part told with a clause of its own (", of whom 98 are of non-Syrian nationalities"), the next item
after ", and" is a part of the whole again ("1,351 regime soldiers ..., among them 164 members of Iranian-backed
militias, of whom 98 are of non-Syrian nationalities, and four Russian soldiers": the four are of the 1,351, its
``of_which``, casualty_breakdowns.parent_of). Sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int, dict[str, int]]]:
    return [(t["side"], t["killed"], t["of_which"]) for t in titled(text, "2024-01-02")["totals"]]


def test_russians_after_an_of_whom_clause_are_of_the_whole() -> None:
    found = totals("Since the start of 2023, SOHR has documented the deaths of 640 regime soldiers and loyal militiamen, among "
                   "them 120 members of Iranian-backed militias, of whom 70 are of non-Syrian nationalities, and three Russian "
                   "soldiers.")
    assert [(s, k) for s, k, _ in found] == [("regime", 640)]
    assert found[0][2].get("russia") == 3


def test_as_well_as_after_an_of_whom_clause_is_of_the_whole() -> None:
    found = totals("During 2023, the monitor documented the deaths of 410 regime soldiers and militiamen, including 85 "
                   "Iranian-backed fighters, of whom 40 were of non-Syrian nationality, as well as two Russian officers.")
    assert ("russia", 2) not in [(s, k) for s, k, _ in found]
    assert [(s, k) for s, k, _ in found] == [("regime", 410)]
    assert 2 in found[0][2].values()  # (the two Russian officers are of the 410)
