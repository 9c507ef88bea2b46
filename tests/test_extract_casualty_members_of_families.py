""""killing 11 members of three families": relatives of several families are civilians, as relatives of one family
are (``mention_sides._FAMILY``, read by ``family_or_work``).
Look-alike: "members of the factions" keep the factions' side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_members_of_several_families_are_civilians() -> None:
    text = ("Strike on Tabqa\n\nA strike hit a shelter in Tabqa on Tuesday night, killing 11 members of three families, "
            "SOHR said.")
    assert killed(text) == {"civilians": 11}


def test_members_of_two_displaced_families() -> None:
    text = ("Shelling on Sarmin\n\nArtillery shells hit a house in Sarmin on Friday, killing seven members of two "
            "displaced families.")
    assert killed(text) == {"civilians": 7}


def test_members_of_the_factions_unchanged() -> None:
    text = ("Shelling near Sarmin\n\nRegime shelling hit a position near Sarmin on Friday, killing three members of the "
            "Turkish-backed factions.")
    assert killed(text) == {"turkey_factions": 3}
