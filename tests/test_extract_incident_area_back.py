"""A strike or shelling told with no place but "the area" or "the site" it hit ("warplanes carried out raids on the
area", "artillery shelled the site"), after an incident that has places: where that incident happened. Sentences
written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates, kinds


def test_airstrikes_on_the_area_take_the_place_before() -> None:
    row = contract("Desert ambush\n\nISIS cells ambushed a regime convoy near Al-Shula in the southern countryside of "
                   "Deir ez-Zor on Monday, killing four soldiers.\n\nRussian warplanes then carried out a dozen "
                   "airstrikes on the area, with no word on casualties.")
    assert kinds(row) == ["ambush", "airstrike"]
    assert governorates(row) == ["Deir-ez-Zor", "Deir-ez-Zor"]


def test_look_alike_flights_over_the_area_are_no_incident() -> None:
    row = contract("Desert ambush\n\nISIS cells ambushed a regime convoy near Al-Shula in the southern countryside of "
                   "Deir ez-Zor on Monday, killing four soldiers.\n\nRegime helicopters later flew over the area, "
                   "while reinforcements were sent to the positions.")
    assert kinds(row) == ["ambush"]
