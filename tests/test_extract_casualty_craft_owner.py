"""The group that owns the craft that struck is not the group its victims belonged to (``casualty_same.craft_owner``).

* "a drone of the coalition killed two members of the same group": the group named before as the victims' (a leader of
  Hurras al-Din), not the coalition;
* "a drone, believed to belong to the coalition, ..., killing a commander of X and another member": X's member.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_members_of_the_same_group_after_a_drone_of_the_coalition() -> None:
    text = (
        "Drone strike near Sarmada\n\nA drone struck a car near Sarmada on Sunday, killing a leader of the Hurras al-Din "
        "group. On 2 May, a drone of the International Coalition killed two members of the same group near Atmeh."
    )
    assert killed(text) == {"hts_rebels": 3}


def test_another_member_after_a_drone_believed_to_belong_to_the_coalition() -> None:
    text = (
        "Drone strike near Binnish\n\nA drone, believed to belong to the US-led international coalition, fired missiles "
        'at a car near Binnish on Monday, killing a commander of the "Hurras al-Din" organisation of Jordanian '
        "nationality and another member who was with him."
    )
    assert killed(text) == {"hts_rebels": 2}
