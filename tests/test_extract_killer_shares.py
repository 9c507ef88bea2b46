"""A side's toll of the day told share by share, each by its killer and place: each located share with one killer
(or one event) is an incident of that side's dead; shares of two killers or several provinces, and breakdowns that
tell the rest apart, are no incidents.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report

DAY = ("The monitor documented the death of 40 people across Syria on Monday 3 April 2017, as follows:\n\n")


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=DAY + text, published=date(2017, 4, 4))))


def incidents(row: dict) -> list[tuple[str, str]]:
    return sorted((str(i.get("perpetrator")), str(i["killed"])) for i in row["incidents"])


def totals(row: dict) -> list[tuple[str, int]]:
    return [(t["side"], t["killed"]) for t in row["totals"]]


def test_each_located_share_with_one_killer_is_an_incident() -> None:
    row = run("20 civilians, among them five children: 12 of them were killed in airstrikes by Russian warplanes on "
              "the town of Saraqib, five in regime shelling on villages in the southern countryside of Idlib, and "
              "three were shot dead by ISIS cells near al-Mayadin city.\n")
    assert incidents(row) == sorted([("russia", "{'civilians': 12}"), ("regime", "{'civilians': 5}"),
                                     ("isis", "{'civilians': 3}")])
    assert ("civilians", 20) in totals(row)
    assert ("civilians", 12) not in totals(row) and ("civilians", 5) not in totals(row)


def test_share_of_two_killers_over_two_provinces_is_no_incident() -> None:
    row = run("16 civilians were killed, among them two women. Ten of them were killed in raids by Russian and "
              "regime jets on the countryside of Hama and the countryside of Idlib, four were killed by regime rocket "
              "fire on Kafr Nabl, and two were killed by the blast of a landmine in Raqqa countryside.\n")
    assert incidents(row) == sorted([("regime", "{'civilians': 4}"), ("None", "{'civilians': 2}")])
    assert ("civilians", 16) in totals(row)


def test_breakdown_telling_the_rest_apart_is_left_alone() -> None:
    row = run("30 civilians, among them six children: 14 of them died by artillery fire of the regime on the town of Ariha, "
              "nine in Russian airstrikes on Jisr al-Shughur, while the rest died in other circumstances.\n")
    assert not [k for _, k in incidents(row) if k in ("{'civilians': 14}", "{'civilians': 9}")]
