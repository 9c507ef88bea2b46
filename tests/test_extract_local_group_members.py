"""Members of a local group ("six gunmen of the local group", "a member of a local armed group") in Daraa are the local
factions, as "local gunmen" are (``mention_sides.local_gunmen``; SCHEMA: hts_rebels). Look-alikes: a local group tied to
a force after its name ("a local group working for the Military Security") is left to the rules that read the tie;
in Sweida, where gold gives the local groups no one side, the members are left as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_gunmen_of_the_local_group_in_daraa() -> None:
    text = ("Raid on Nawa\n\nArmy units backed by tanks pushed into the eastern quarter of Nawa, west of Daraa city, on "
            "Sunday, and the fighting left six gunmen of the local group dead.")
    assert killed(text) == {"hts_rebels": 6}


def test_a_member_of_a_local_armed_group_hurt() -> None:
    text = ("Gunfight near Tafas\n\nA member of a local armed group was hurt on Monday evening in an exchange of fire "
            "with a smuggling gang outside Tafas in the western countryside of Daraa.")
    assert injured(text) == {"hts_rebels": 1}


def test_members_of_the_local_group_beside_soldiers() -> None:
    text = ("Fighting in Inkhil\n\nThe army shelled Inkhil in the northern countryside of Daraa on Tuesday, and the "
            "clashes that followed killed two soldiers and four fighters of the local group.")
    assert killed(text) == {"regime": 2, "hts_rebels": 4}


def test_local_group_working_for_a_force_keeps_the_tie() -> None:
    text = ("Killing near Jasim\n\nMasked men killed a member of a local group working for the Military Security near "
            "Jasim, north of Daraa city, on Friday.")
    assert killed(text) == {"regime": 1}


def test_members_of_a_local_group_in_sweida_are_left() -> None:
    text = ("Clash in Shahba\n\nTwo members of a local group were killed on Friday in a gunfight with a kidnapping gang "
            "outside Shahba in the northern countryside of Sweida.")
    assert killed(text) == {"unknown": 2}
