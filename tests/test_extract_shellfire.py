""""Shellfire" is shelling ("five people were killed by rebel shellfire", "heavy shellfire hit the district"): told
in a paragraph of its own after another kind of event, it is an incident of its own (paragraphs written for these
tests, judged by ../shared/data/sohr/SCHEMA.md: `shelling` = artillery, rockets, mortars fired from the ground)."""

from __future__ import annotations

from contract_rows import killed_per_incident, kinds, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    hit = event_type(text)
    return hit[0] if hit else None


def test_shellfire_is_shelling() -> None:
    assert _kind("Five people were killed by rebel shellfire on Saturday, state television said.") == "shelling"
    assert _kind("Heavy shellfire hit the Salaheddine district overnight.") == "shelling"
    assert _kind("Army shellfire targeted the outskirts of the town.") == "shelling"


def test_shellfire_after_a_bombing_is_its_own_incident() -> None:
    text = ("The offensive began a week ago with a suicide car bomb at the 1070 apartments project on the edge of the city.\n"
            "Elsewhere in the city, five people were killed by rebel shellfire on Saturday, state television said.\n")
    row = titled(text, "2016-08-07")
    assert sorted(kinds(row)) == ["shelling", "suicide_bombing"]
    assert {"unknown": 5} in killed_per_incident(row)
