"""The joint toll of events a period sentence has just counted is a total, not the toll of the day's incident
(totals_blocks.events_toll, counted_toll): "These raids have struck 40 sites, among them ..., and killed N" and "the
monitor recorded N attacks, which killed M" after a sentence that names the period.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2022, 9, 14)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def test_these_strikes_with_a_long_object_before_the_toll_are_a_total() -> None:
    row = run("Jets believed to be Israeli bombed an arms store near Masyaf at dawn today, killing four soldiers. "
              "Notably, it was the 17th time that jets have hit targets in Syria since the beginning of the year. "
              "These raids have struck 40 sites, among them depots, radar posts and convoys, and killed 37 soldiers.")
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 4}]
    assert any(t["side"] == "regime" and t["killed"] == 37 for t in row["totals"])


def test_counted_attacks_with_a_relative_toll_after_a_period_are_a_total() -> None:
    row = run("Gunmen carried out more than 150 attacks across the south in 2021, the monitor said in its annual tally.\n"
              "In the Quneitra countryside alone, the Observatory recorded 64 attacks, which killed 29 members of the "
              "regime forces.")
    assert all(29 not in i["killed"].values() for i in row["incidents"])
    assert any(t["side"] == "regime" and t["killed"] == 29 for t in row["totals"])
