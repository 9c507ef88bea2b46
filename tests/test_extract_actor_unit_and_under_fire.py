"""Two actor constructions (src/observatory/extract/casualty_lists.py ``UNIT_THEN_AND``, events.py ``_UNDER_FROM``):

* a figure whose unit is named after "in" ("two commanders in the YPG and a civilian"): the item after "and" is
  one more of the same toll, not dropped;
* the doer after an attack suffered ("came under fire from ISIS cells", "under heavy shelling from the SDF") is the
  perpetrator, as after "by".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_unit_named_after_in_then_another_item() -> None:
    text = ("Drone hits a car\n\nA Turkish drone hit a car on the outskirts of Amuda, killing two commanders in the "
            "YPG and a civilian who was driving past.")
    assert killed(text) == {"sdf": 2, "civilians": 1}


def test_unit_in_the_ranks_of_then_another_item() -> None:
    text = ("Mine in the desert\n\nA mine blew up near Ithriyah, killing three soldiers in the ranks of the Fourth "
            "Division and a shepherd.")
    assert killed(text) == {"regime": 3, "civilians": 1}


def test_next_item_with_its_own_hurt_verb_stays_hurt() -> None:
    text = ("Mine in the desert\n\nA mine blew up near Ithriyah, killing three soldiers in the Fourth Division and "
            "wounding a shepherd.")
    assert killed(text) == {"regime": 3}
    assert injured(text) == {"civilians": 1}


def test_came_under_fire_from_names_the_doer() -> None:
    text = ("Patrol hit in Shaddadi\n\nA patrol of Asayish members came under fire from unidentified gunmen in "
            "Shaddadi on Friday, and two of them were killed.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["unknown"]


def test_under_heavy_shelling_from_names_the_doer() -> None:
    text = ("Village shelled\n\nThe village of Tal Rifaat was under heavy shelling from Turkish forces on Sunday, "
            "which killed a woman.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["turkey_factions"]
