"""A one-person toll, then a paragraph telling dead of a side the incident has none of in a town it does not name
("... shot dead a man in A", then "a raid on B killed an ISIS emir and his wife"): the wife of the second
paragraph is not the first victim told again (``incident_sameness.restates``), so the raid is an incident of its own.
The same victim told again with his killers' dead in the same place still restates him.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_raid_elsewhere_with_an_armed_dead_is_its_own_incident() -> None:
    text = ("Violence in eastern Deir ez-Zor\n\nGunmen on a motorcycle killed a man near Diban on Tuesday "
            "night.\n\nThe SDF, supported by coalition helicopters, raided a farmhouse in the village of al-Kishma on Friday, "
            "killing an ISIS emir and his wife.")
    assert killed_per_incident(contract(text)) == [{"unknown": 1}, {"civilians": 1, "isis": 1}]


def test_same_place_retold_with_the_attackers_dead_stays_one() -> None:
    text = ("Attack near Diban\n\nISIS cells shot dead a shepherd near the village of Diban on Tuesday evening.\n\n"
            "The shooting near Diban left the shepherd dead, and one of the attackers was killed by his brother.")
    assert len(killed_per_incident(contract(text))) == 1
