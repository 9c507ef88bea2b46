"""The dead of several towns across the border ("killed in Turkish border towns, including A and B") counted by that
country's authorities are no incident of the report."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incident_killed(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident["killed"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_turkish_border_towns_toll_is_no_incident() -> None:
    text = ("Turkish jets bombed an SDF post near Tal Tamr on Tuesday, killing five SDF fighters. "
            "Ankara's governors, for their part, said that 14 civilians had died in Turkish border towns, such as "
            "Kilis and Suruc, from rockets launched by the SDF.")
    assert _incident_killed(text) == {"sdf": 5}


def test_shells_on_border_towns_toll_is_no_incident() -> None:
    text = ("Turkish jets bombed an SDF post near Tal Tamr on Tuesday, killing five SDF fighters. "
            "Officials in Ankara stated that 14 civilians had been killed on Turkish soil by SDF rockets that fell on "
            "border towns, among them Kilis and Suruc.")
    assert _incident_killed(text) == {"sdf": 5}


def test_one_shell_in_a_syrian_town_stays_an_incident() -> None:
    text = "SDF rockets hit a market in the town of Jarablus on Tuesday, killing three civilians."
    assert _incident_killed(text) == {"civilians": 3}
