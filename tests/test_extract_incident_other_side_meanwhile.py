"""Incidents: after a transition ("Meanwhile,"), the other side's own event in a town the incident did not name is
another incident, even where both name the same region and the same toll ("killing a civilian", then "killing an
officer").

Look-alike: the other side's reaction with no town of its own stays as it was.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds

_LEAD = ("Syrian Observatory for Human Rights\nDrone war\n\n"
         "Regime forces targeted a group of farmers near the village of Kafr Nabudah in al-Ghab Plain in the north-western "
         "countryside of Hama with a suicide drone on Saturday, killing a civilian and wounding two others.\n")


def test_other_sides_strike_on_another_town_after_meanwhile_is_another_incident() -> None:
    row = contract(_LEAD + "Meanwhile, HTS fighters targeted a regime position near Qalaat al-Madiq in al-Ghab Plain "
                           "with a suicide drone, killing an officer.")
    assert kinds(row) == ["drone_strike", "drone_strike"]
    assert killed_per_incident(row) == [{"civilians": 1}, {"regime": 1}]


def test_look_alike_other_sides_reaction_without_a_town_is_unchanged() -> None:
    row = contract(_LEAD + "Meanwhile, HTS fighters shot down the drone over al-Ghab Plain.")
    assert kinds(row) == ["drone_strike", "other"]
