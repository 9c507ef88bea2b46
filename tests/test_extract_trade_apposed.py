"""One victim restated by his civilian trade in an apposition is a civilian; a trade that goes on a list is not."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sides(text: str, role: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[role].items():
            out[side] = out.get(side, 0) + n
    return out


def test_driver_restated_as_a_farmer_is_a_civilian() -> None:
    text = (
        "A regime drone struck a pick-up truck near Sarmin on Tuesday, killing its driver, a farmer in his fifties, "
        "as he drove to his olive grove."
    )
    assert _sides(text, "killed") == {"civilians": 1}


def test_driver_restated_as_a_retired_employee_is_a_civilian() -> None:
    text = "An explosive device planted in a car went off in the Midan district of Damascus, injuring the driver, a retired employee."
    assert _sides(text, "injured") == {"civilians": 1}
