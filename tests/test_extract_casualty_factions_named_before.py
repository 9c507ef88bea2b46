""""... killing a fighter of the Turkish-backed factions. (new paragraph) On Sunday, a bomb went off in Ras al-Ain,
injuring three fighters of the factions": "the factions" are Turkey's, as the paragraph before named them, where their
own paragraph names no group (``casualty_referents.factions_of_ankara``). Look-alike: where the text named rebel
groups before, the factions stay the rebels'.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_factions_named_in_the_paragraph_before() -> None:
    text = ("Bombs in Peace Spring areas\n\nA car bomb went off near a bakery in Tal Abyad on Friday, killing two civilians and "
            "a fighter of the Turkish-backed factions.\n\nOn Sunday, a motorcycle bomb went off at a checkpoint near Ras "
            "al-Ain, injuring four fighters of the factions.")
    assert sentence_sides(text, "On Sunday") == [("injured", 4, "turkey_factions")]


def test_rebel_groups_named_before_keep_the_factions_rebels() -> None:
    text = ("Shelling in Idlib\n\nRegime shelling hit positions of Hayat Tahrir al-Sham near Kansafra on Friday, killing "
            "two of its fighters.\n\nOn Sunday, a drone hit a post near Al-Bara, injuring four fighters of the factions.")
    assert sentence_sides(text, "On Sunday") == [("injured", 4, "hts_rebels")]
