"""A sentence whose only event and only town lie inside a phrase of setting ("..., which it launched in response to
the bombing in X a week earlier"): the cause of what was told, not an incident of its own. Sentences written for
these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_bombing_named_as_the_cause_is_no_incident() -> None:
    row = contract("Turkish strikes\n\nTurkish warplanes struck villages near Amuda in the countryside of Al-Hasakah "
                   "overnight, killing two SDF fighters.\n\nThe Turkish ministry said the strikes were carried out in "
                   "response to the bombing in the Taksim district of Istanbul last week.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_event_told_beside_its_setting_is_an_incident() -> None:
    row = contract("Idlib\n\nRussian jets struck the outskirts of Kafr Nabl on Monday, killing a civilian.\n\n"
                   "Regime forces shelled the village of Al-Bara amid clashes in the town of Kansafra.")
    assert len(kinds(row)) == 2
