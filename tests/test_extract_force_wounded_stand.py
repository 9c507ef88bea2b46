"""Another source's count of a force's own dead and wounded beside the monitor's count of the dead only: its dead
yield to the monitor's, its wounded of that force stand; its wounded civilians yield with its dead."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _tolls(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    out = to_contract("t", extract_report(Report(text=text)))
    return [(incident["killed"], incident["injured"]) for incident in out["incidents"]]


def test_a_ministrys_wounded_soldiers_stand_beside_the_monitors_dead() -> None:
    text = (
        "Six Turkish soldiers and a civilian employee were killed and eleven other soldiers wounded on Tuesday when "
        "regime forces shelled Turkish posts near Sarmin, the Turkish Ministry of Defence said.\n"
        "Ankara said its guns then struck 30 targets in retaliation. The Syrian Observatory for Human Rights put the "
        "regime's losses from the Turkish response at eight soldiers killed."
    )
    hurt = [injured for _, injured in _tolls(text)]
    assert {"turkey_factions": 11} in hurt
