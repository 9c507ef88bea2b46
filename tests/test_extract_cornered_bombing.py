"""A cornered man who blows himself up, told as an event of its own, is a suicide bombing; told inside the raid that
cornered him, the raid stays an attack (tests/test_extract_blind_incidents.py). A fight only feared ("fearing the
fighting would spread") is no event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=text)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def test_a_bomber_cornered_by_gunmen_opens_a_suicide_bombing() -> None:
    row = run("On Friday evening, an ISIS fugitive blew himself up after being surrounded by local fighters in a farmhouse "
              "near the village of Tell Shihab, killing one of them.")
    assert kinds(row) == ["suicide_bombing"]


def test_two_men_besieged_in_a_flat_who_detonated_their_belts() -> None:
    row = run("Two wanted men detonated their explosive belts on Monday after being besieged in a flat in the town of "
              "Nawa, killing themselves and a member of the security committee.")
    assert kinds(row) == ["suicide_bombing"]


def test_a_cornered_bomber_after_an_ambush_is_an_incident_of_its_own_kind() -> None:
    row = run("ISIS cells ambushed a patrol of the army near the village of Arak on Thursday, killing three soldiers.\n"
              "Separately, one of the cell's fighters detonated his vest on Friday morning once troops had surrounded "
              "him near the town of al-Kawm, killing a soldier.")
    assert kinds(row) == ["ambush", "suicide_bombing"]


def test_a_fight_feared_to_spread_adds_no_incident() -> None:
    row = run("On Saturday, an ISIS member blew himself up in a barn after the fighters surrounded it, killing himself "
              "and three of them.\n"
              "Many households left the quarter for the farms around Mzeireb, fearing the fighting would spread.")
    assert kinds(row) == ["suicide_bombing"]
