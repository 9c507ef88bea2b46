"""A running total whose period begins on a named day ("since the launch of the army's push on the 3rd of May") is a
total: the day anchors the period (totals_sentences._SINCE_DAY), it dates no event of the sentence.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2018, 5, 20)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def test_toll_since_the_start_of_an_offensive_on_a_day_is_a_total() -> None:
    row = run("The monitor has counted the deaths of 64 civilians, among them 12 children, in shelling and air raids by "
              "government troops, since the start of the army's push on the rebel pocket of Rastan on the 3rd of May.")
    assert all(64 not in i["killed"].values() for i in row["incidents"])
    assert any(t["side"] == "civilians" and t["killed"] == 64 for t in row["totals"])


def test_one_dated_attack_with_its_toll_stays_an_incident() -> None:
    row = run("Government troops shelled the town of Rastan on the 3rd of May, killing six civilians.")
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 6}]
