"""A total's dead split by region with each figure in brackets, right after it: "They fell in: the Raqqa desert (30),
the Homs desert (22) and the Aleppo desert (4)", "The civilians were killed in X (N), Y (M)": regional totals of the
group the opening names, else of the total before.

Look-alike: the same sentence after an unrelated remark, no longer right after the total, is no split of it.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_OPENING = (
    "Steppe attacks since January 2024 | 56 soldiers dead\n\n"
    "The monitor has counted the following losses in the Syrian steppe since January 2024:\n"
    "- 56 regime troops and allied gunmen, killed in ambushes and mine blasts by ISIS cells. "
)


def _regions(row: dict[str, object]) -> dict[str, tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return {t["region"]: (t["side"], t["killed"]) for t in totals if t.get("region")}


def test_they_fell_in_bracketed_places() -> None:
    row = contract(
        _OPENING + "They fell in: the Raqqa desert (30), the Homs desert (22) and the Aleppo desert (4).\n"
        "- 12 ISIS members, most of them in Russian raids."
    )
    regions = _regions(row)
    assert regions.get("Raqqa desert") == ("regime", 30)
    assert regions.get("Homs desert") == ("regime", 22)
    assert regions.get("Aleppo desert") == ("regime", 4)


def test_named_group_takes_its_own_side() -> None:
    row = contract(
        _OPENING + "\n- 21 civilians, among them nine shepherds. The civilians were killed in the Hama desert "
        "(15) and the Deir Ezzor desert (6)."
    )
    regions = _regions(row)
    assert regions.get("Hama desert") == ("civilians", 15)
    assert regions.get("Deir Ezzor desert") == ("civilians", 6)


def test_pairs_after_a_remark_are_no_split() -> None:
    row = contract(
        _OPENING + "\nRussian jets also struck the hideouts of the cells many times over the period.\n"
        "They fell in: the Raqqa desert (30), the Homs desert (22) and the Aleppo desert (4)."
    )
    assert _regions(row) == {}


def test_distributed_pairs_after_the() -> None:
    row = contract(
        _OPENING + "\n- 31 civilians, among them five shepherds.\n\n"
        "By area, civilian deaths were distributed as follows: the Hama desert (17), the Homs desert (9) "
        "and the desert of Raqqa (5)."
    )
    regions = _regions(row)
    assert regions.get("Hama desert") == ("civilians", 17)
    assert regions.get("Homs desert") == ("civilians", 9)
    assert regions.get("desert of Raqqa") == ("civilians", 5)


def test_distributed_pairs_last_one_after_the() -> None:
    row = contract(
        _OPENING + "\n\nBy region, the regime losses were distributed as follows: Homs desert (30), "
        "Hama desert (20) and the Aleppo desert (6)."
    )
    regions = _regions(row)
    assert regions.get("Homs desert") == ("regime", 30)
    assert regions.get("Aleppo desert") == ("regime", 6)


def test_trade_named_group_is_civilian() -> None:
    row = contract(
        _OPENING + "\n- 40 civilians, among them 25 truffle hunters.\n- 6 ISIS members.\n"
        "The truffle hunters were killed in: Hama desert (15), Homs desert (7) and Deir Ezzor desert (3)."
    )
    regions = _regions(row)
    assert regions.get("Hama desert") == ("civilians", 15)
    assert regions.get("Deir Ezzor desert") == ("civilians", 3)


def test_named_side_pairs_after_lines_of_no_period() -> None:
    text = (
        "ISIS cells carried out 15 attacks in the Syrian desert in May 2024, killing 20 regime soldiers, the monitor said.\n"
        "The attacks also killed four civilians, while three ISIS members were killed in clashes.\n"
        "The deadliest attack took place on May 9, when the cells ambushed a bus near Kabakib.\n"
        "The regime losses were distributed as follows: the Homs desert (12), the Hama desert (5) and the Raqqa desert (3)."
    )
    regions = _regions(contract(text))
    assert regions.get("Homs desert") == ("regime", 12)
    assert regions.get("Raqqa desert") == ("regime", 3)
