"""The event inside a province's share of a day's country-wide toll: the province's figure is a regional total, the
event is an incident with its own part of that figure ("among them 9 people who died when ...", "8 of whom were
killed when ...", "five of them in the shelling of ..."), or with no toll where only "most of them" died in it.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report

DAY = ("Monitor: 120 people killed across Syria on Monday\n"
       "The monitor documented the death of 120 people across Syria on Monday: 50 civilians, 40 rebel fighters and 30 "
       "soldiers of the regular forces.\n")


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=DAY + text, published=date(2013, 3, 5))))


def killed(row: dict) -> list[dict]:
    return [i["killed"] for i in row["incidents"]]


def regions(row: dict) -> list[tuple[str, int]]:
    return [(t["side"], t["killed"]) for t in row["totals"] if t.get("region")]


def test_among_them_people_who_died_when() -> None:
    row = run("In Hama province, 17 civilians were killed, among them 9 people who died when warplanes bombarded the "
              "village of Kafr Zita at noon.\n")
    assert killed(row) == [{"civilians": 9}]
    assert regions(row) == [("civilians", 17)]


def test_of_whom_were_killed_when() -> None:
    row = run("Damascus countryside: 14 civilians, 8 of whom were executed by the army once its units raided the "
              "town of Harasta.\n")
    assert killed(row) == [{"civilians": 8}]


def test_of_them_in_the_shelling() -> None:
    row = run("Homs: seven civilians were killed, five of them in the shelling of al-Waer neighbourhood by regime "
              "artillery.\n")
    assert killed(row) == [{"civilians": 5}]
    assert regions(row) == [("civilians", 7)]


def test_most_of_them_when() -> None:
    row = run("In the province of Idlib, 12 civilians died, most of them when regime troops shelled the town of "
              "Saraqeb and villages around it.\n")
    assert killed(row) == [{}]
    assert regions(row) == [("civilians", 12)]
