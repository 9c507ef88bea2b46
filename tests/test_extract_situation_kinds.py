"""Types: a siege or blockade is the setting of what is done under it, never a type of the labelling schema.

* a siege told first and a sentence after it telling how people were killed under it (shelled, struck): that kind;
* words that only retell the siege's setting with no one killed ("during the siege the quarter was shelled") leave
  it a siege, which is no incident without a toll;
* a siege with a toll and no weapon told (people who died of hunger under it): `other`, the schema's type for deaths
  of another kind.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from incident_cases import DAY, run
from observatory.extract.incident_situation import gives_way, schema_kind, situation_yields


def test_a_siege_then_the_shelling_that_killed_is_shelling() -> None:
    row = run(
        "Government troops laid siege to the village of Umm Batna on Thursday, activists said.\n"
        "The troops cut the roads into the village and pounded its fields with mortar shells, killing a farmer "
        "and wounding two of his sons."
    )
    assert kinds(row) == ["shelling"]


def test_a_siege_retold_without_dead_stays_out_of_the_row() -> None:
    text = (
        "Siege of the old quarter\n\nLoyalist militias tightened their blockade on the old quarter of the town on "
        "Friday. During the blockade, the quarter was shelled with mortars from the nearby hills."
    )
    assert contract(text, DAY)["incidents"] == []


def test_a_siege_with_a_toll_and_no_weapon_is_other() -> None:
    row = run(
        "Regime forces besieged the village of Deir Maker on Tuesday, and three elderly residents died of "
        "hunger inside it."
    )
    assert kinds(row) == ["other"]


def test_the_kinds_that_give_way() -> None:
    assert gives_way("attack", tolled=False) and gives_way("siege", tolled=True)
    assert not gives_way("siege", tolled=False) and not gives_way("shelling", tolled=True)
    assert situation_yields("siege", "shelling", tolled=True)
    assert not situation_yields("siege", "shelling", tolled=False) and not situation_yields("attack", "shelling", True)
    assert schema_kind("siege") == "other" and schema_kind("airstrike") == "airstrike"
