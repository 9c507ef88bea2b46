""""killing two of the occupation's mercenaries", "the Turkish occupation army": the Kurdish press's names for Turkish forces
and the factions they back (``data/actors.csv``, turkey_factions). Look-alike: "the Turkish occupation army" (read as
Turkish before, through "Turkish") stays so.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_the_occupations_mercenaries_are_turkish_backed() -> None:
    text = ("Shelling on Tal Tamr\n\nThe SDF said its forces returned fire near Tal Tamr on Sunday, killing three of the "
            "occupation's mercenaries.")
    assert sentence_sides(text, "The SDF said") == [("killed", 3, "turkey_factions")]


def test_turkish_occupation_army_soldiers() -> None:
    text = ("Clashes near Ain Issa\n\nTwo soldiers of the Turkish occupation army were killed near Ain Issa on Sunday.")
    assert sentence_sides(text, "Two soldiers") == [("killed", 2, "turkey_factions")]
