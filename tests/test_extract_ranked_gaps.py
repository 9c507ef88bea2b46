"""Two misses of a monthly list's totals.

* A ranking by province whose first place is told with a long remark before "followed by" ("Hama province had the
  highest toll, with 40 civilians, many of them farmers hit by shelling near their fields, followed by Homs with 12
  and Tartous with 3"): every place of the ranking is a regional total, not only the first.
* "Turkish forces: none." in a list by perpetrator: a total of zero killed by that side, and the lines after it stay
  lines of the list.

Look-alikes: a ranking of places without figures adds nothing; "none" in a sentence that is no list line adds no
total.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def _pairs(row: dict[str, object]) -> list[tuple[object, object]]:
    totals = row["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"]) for t in totals)


_OPENING = ("Monthly report: 63 civilians killed in Syria in October 2022\n\n"
            "The rights group said in its monthly report that it had recorded the deaths of 63 civilians in Syria in "
            "October 2022, among them 15 children.\n")


def test_ranking_with_long_remark_before_followed_by() -> None:
    row = contract(_OPENING + "Hama province had the highest toll, with 40 civilians, many of them farmers hit by shelling "
                   "near their fields in the northern plain, followed by Homs with 12 and Tartous with 3.")
    pairs = _pairs(row)
    assert ("civilians", 40) in pairs
    assert ("civilians", 12) in pairs
    assert ("civilians", 3) in pairs


def test_ranking_without_figures_adds_nothing() -> None:
    row = contract(_OPENING + "Hama province had the highest toll, many of them farmers hit by shelling near their "
                   "fields in the northern plain, followed by Homs and then Tartous.")
    assert _pairs(row) == [("civilians", 63)]


def test_none_line_in_list_by_perpetrator() -> None:
    row = contract(_OPENING + "The group split the deaths by the party responsible as follows:\n"
                   "Government forces: 20, including four children.\n"
                   "Turkish forces: none.\n"
                   "ISIS: 5.\n"
                   "Syrian Democratic Forces: 8, including one child.\n")
    totals = row["totals"]
    assert isinstance(totals, list)
    by = {t.get("perpetrator"): t["killed"] for t in totals if t["side"] == "civilians" and t.get("perpetrator")}
    assert by.get("turkey_factions") == 0
    assert by.get("isis") == 5
    assert by.get("sdf") == 8


def test_none_in_prose_adds_no_total() -> None:
    row = contract("Shelling on the outskirts of Daraa\n\n"
                   "Regime artillery shelled the outskirts of Daraa city on Monday; none of the shells caused casualties.")
    assert row["totals"] == []
