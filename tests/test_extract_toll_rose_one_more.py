"""One more victim who died later, told with the incident's risen toll ("A fourth member of the family died in
hospital on Tuesday, bringing the death toll to four"), is the same incident, whatever day his death names."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _tolls(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    out = to_contract("t", extract_report(Report(text=text)))
    return [(incident["killed"], incident["injured"]) for incident in out["incidents"]]


def test_one_more_died_on_another_day_raises_the_same_toll() -> None:
    text = (
        "Gunmen opened fire on a family gathered outside their house in the town of Jinderes on Friday night, killing "
        "two brothers, local sources said.\n"
        "A third brother died of his wounds in hospital on Saturday, bringing the death toll to three."
    )
    assert _tolls(text) == [({"civilians": 3}, {})]


def test_a_new_deed_before_the_rise_is_its_own_incident() -> None:
    text = (
        "Gunmen opened fire on a family gathered outside their house in the town of Jinderes on Friday night, killing "
        "two brothers, local sources said.\n"
        "On Saturday, a landmine exploded near the village of Basouta, killing a shepherd and bringing the death toll "
        "of such blasts this month to five."
    )
    assert len(_tolls(text)) == 2
