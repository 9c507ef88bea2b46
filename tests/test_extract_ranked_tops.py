"""The first place of a ranking by province told without "with": "<place> saw the highest toll, accounting for 14
civilians, followed by Y with 9", "<place> accounted for 40 of them, followed by Y with 22", "<place> came first with
30 civilians, followed by Y with 12": every place is a regional total.

Look-alike: a share in percent ("accounting for 40 percent of the victims, followed by Y with 9") is no figure of the
dead.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_OPENING = ("Monthly report: 52 civilians killed in Syria in May 2022\n\n"
            "The rights group said in its monthly report that it had recorded the deaths of 52 civilians in Syria in "
            "May 2022, among them nine children.\n")


def _regions(row: dict[str, object]) -> dict[str, object]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return {t["region"]: t["killed"] for t in totals if t.get("region")}


def test_accounting_for_the_top_figure() -> None:
    row = contract(_OPENING + "The group noted that Hama governorate saw the highest toll of the month, accounting for 14 "
                   "civilians, followed by Homs with 9.")
    assert _regions(row) == {"Hama": 14, "Homs": 9}


def test_accounted_for_of_them() -> None:
    row = contract(_OPENING + "By province, Latakia accounted for 20 of them, followed by Tartous with 11.")
    assert _regions(row) == {"Latakia": 20, "Tartous": 11}


def test_came_first_with() -> None:
    row = contract(_OPENING + "By province, Quneitra came first with 30 civilians, followed by Hama with 12.")
    assert _regions(row) == {"Quneitra": 30, "Hama": 12}


def test_percent_share_is_no_figure() -> None:
    row = contract(_OPENING + "The group noted that Hama governorate saw the highest toll of the month, accounting for 40 "
                   "percent of the victims, followed by Homs with 9.")
    assert 40 not in _regions(row).values()
