"""Incidents: a place named after who holds it ("the SDF-held Kallasa district", "regime-controlled Nubl") is read
as that place, so a later event of another kind in another named place of the paragraph is its own incident.

Look-alike: "Turkish-backed factions" names no place.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names


def test_held_district_is_a_place() -> None:
    row = contract("Monitor update\n\nISIS fighters shelled the SDF-held Rumaila district with mortars on Tuesday, "
                   "killing an SDF member.")
    assert place_names(row) == [["Rumaila"]]


def test_event_elsewhere_after_held_district_is_another_incident() -> None:
    row = contract("Monitor update\n\nMeanwhile, ISIS fighters shelled the SDF-held Rumaila district with mortars, "
                   "killing an SDF member. Activists said two civilians were shot dead by snipers near the Clock Tower "
                   "on Monday.")
    assert kinds(row) == ["shelling", "attack"]


def test_look_alike_backed_factions_name_no_place() -> None:
    row = contract("Monitor update\n\nTurkish-backed factions shelled the village of Tal Rifaat on Tuesday, wounding "
                   "a woman.")
    assert place_names(row) == [["Tal Rifaat"]]
