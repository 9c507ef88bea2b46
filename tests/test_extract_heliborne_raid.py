"""A helicopter-borne raid is a raid on the ground: "the raid" told after it is that raid (an attack), not one of the
air strikes the word "helicopter" would otherwise point to (incident_bounds._GROUND_RAID, read by bare_strike_kind);
a raid pointed back at after air strikes with no ground raid between stays an air strike."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _types(text: str) -> list[str]:
    return [incident["type"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_the_raid_after_a_helicopter_borne_raid_is_an_attack() -> None:
    text = ("Coalition commandos mounted a helicopter-borne raid before dawn on a farm outside al-Busayrah, the monitor said.\n"
            "The raid hit a two-storey building where a cell leader was staying, and five people died, among them two women.")
    assert _types(text) == ["attack"]


def test_the_raid_after_helicopter_gunships_struck_is_an_airstrike() -> None:
    text = ("Regime helicopters struck farmland outside Kafr Nabl on Sunday, the monitor said.\n"
            "The raid hit a two-storey building at the edge of the fields, and five people died, among them two women.")
    assert _types(text) == ["airstrike"]
