"""A sentence that tells a wave of events in a province, with no toll or town of its own, before the report tells
them one by one, is no incident of its own (incident_wave_lead). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled

_BELOW = ("In the town of Jasim, gunmen on a motorcycle shot dead a member of the Military Security branch.\n"
          "In the city of Nawa, a roadside bomb went off near a car of the 8th Brigade, wounding two of its members.")


def test_a_wave_a_province_witnessed_then_told_event_by_event_is_no_incident() -> None:
    for lead in ("The governorate of Daraa witnessed a new wave of assassinations on Tuesday, targeting an officer "
                 "and members of the 8th Brigade.",
                 "Daraa province was hit by a fresh series of attacks on Tuesday.",
                 "A new spate of killings swept Daraa province on Tuesday, SOHR said."):
        row = titled(lead + "\n" + _BELOW)
        assert kinds(row) == ["assassination", "ied_landmine"], lead


def test_a_wave_with_a_toll_or_a_town_of_its_own_stays_an_incident() -> None:
    row = titled("A series of air strikes hit the town of Kansafra on Tuesday, killing four civilians.\n" + _BELOW)
    assert len(kinds(row)) == 3
