"""The causes of many deaths counted elsewhere, told with no day and no figure ("most of the deaths resulted from
landmines and gunfire by unidentified gunmen, particularly in Daraa"): no incident.

Look-alike: a landmine that killed a child on a day in a town stays an incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_causes_of_most_deaths_are_no_incident() -> None:
    row = contract("Monthly toll\n\n"
                   "The rights group documented the killing of 64 civilians in May 2024.\n"
                   "It said that most of the victims were killed by landmines and shelling by regime forces, mainly in "
                   "Idlib governorate.")
    assert kinds(row) == []


def test_majority_of_deaths_due_to_gunfire_is_no_incident() -> None:
    row = contract("Monthly toll\n\n"
                   "The group documented 40 deaths in April 2024.\n"
                   "The majority of the dead were due to gunfire by unidentified gunmen in Daraa governorate.")
    assert kinds(row) == []


def test_look_alike_one_landmine_is_an_incident() -> None:
    row = contract("Landmine in Hama\n\n"
                   "A child was killed on Friday by a landmine explosion near the town of Kafr Zita in the northern "
                   "countryside of Hama.")
    assert kinds(row) == ["ied_landmine"]
