"""A toll counted "since the start of the campaign on Friday" or "since the attack started" is a period total: its
figures are not booked into an incident told in the same report."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> tuple[dict[str, int], dict[str, int]]:
    out = to_contract("t", extract_report(Report(text=text)))
    incidents: dict[str, int] = {}
    for incident in out["incidents"]:
        for side, n in incident["killed"].items():
            incidents[side] = incidents.get(side, 0) + n
    totals = {t["side"]: t["killed"] for t in out["totals"]}
    return incidents, totals


def test_weekday_start_of_a_campaign_gives_totals() -> None:
    text = ("Regime gunners shelled the village of Kansafra on Tuesday, killing two farmers. "
            "The monitor has counted, since the start of the regime push on Kansafra on Saturday, the deaths of "
            "12 soldiers, seven rebel fighters and three women.")
    incidents, totals = _killed(text)
    assert incidents == {"civilians": 2}
    assert totals.get("regime") == 12


def test_weekday_launch_of_an_offensive_gives_totals() -> None:
    text = ("Turkish drones hit a car near Amuda on Monday, killing two Asayish members. "
            "As the monitor reported, since Ankara and its allied factions launched the ground offensive, named "
            "\"Dawn Shield\", on Thursday, 44 civilians have been killed in the area, along with 70 SDF fighters.")
    incidents, totals = _killed(text)
    assert incidents == {"sdf": 2}
    assert totals.get("civilians") == 44


def test_since_the_attack_started_gives_totals() -> None:
    text = ("Coalition jets struck the besieged quarter yesterday, killing several militants. "
            "The monitor has counted the deaths of 61 people since the attack started, they are: 19 Asayish members; "
            "four civilians; and 38 ISIS members.")
    incidents, totals = _killed(text)
    assert sum(incidents.values()) == 0
    assert totals.get("isis") == 38


def test_one_strike_on_a_weekday_stays_an_incident() -> None:
    text = "Turkish drones struck a car near Amuda on Thursday, killing three SDF fighters."
    incidents, totals = _killed(text)
    assert incidents == {"sdf": 3}
    assert totals == {}
