"""More dead told of "the strikes" just told, after their toll ("N ... were also killed in the strikes"), are more of
that event's dead, not a total (incident_strikes_toll.toll_of_one_told)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_militiamen_also_killed_in_the_strikes_add_to_the_toll() -> None:
    text = (
        "Israeli missiles struck positions of regime forces near the town of Masyaf at dawn today, killing three "
        "soldiers. Five non-Syrian militiamen were also killed in the strikes, the monitor said."
    )
    assert _killed(text) == [{"regime": 3, "pro_iran_foreign": 5}]


def test_a_toll_of_the_strikes_with_no_event_before_stays_apart() -> None:
    text = (
        "SOHR has documented the deaths of 40 people in Israeli strikes since the start of the year. "
        "Five non-Syrian militiamen were also killed in the strikes on the airport."
    )
    assert {"regime": 3, "pro_iran_foreign": 5} not in _killed(text)
