""""Five members of the Asayish were killed and wounded when ... Two of them were killed, while the other three were
injured", "killing and wounding six members of the group: two were killed and four others were hurt": the figures of
no side that split the whole are of its side (``casualty_hurt_whole``). Look-alike: a whole of people of no side
leaves the split of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_split_in_the_next_sentence() -> None:
    text = ("Blast near Al-Karamah\n\nFive members of the Asayish were killed and wounded when a landmine went off under "
            "their vehicle near Al-Karamah on Monday. Two of them were killed, while the other three were injured.")
    assert sentence_sides(text, "Two of them") == [("killed", 2, "sdf"), ("injured", 3, "sdf")]


def test_split_after_a_colon_of_a_group_named_before() -> None:
    text = ("Blast near Darat Izza\n\nA fire broke out in an ammunition store of the Ahrar al-Sham movement near Darat Izza "
            "on Monday, killing and wounding six members of the movement: two were killed and four others were hurt.")
    assert sentence_sides(text, "A fire") == [("killed", 2, "hts_rebels"), ("injured", 4, "hts_rebels")]


def test_split_of_people_stays_of_no_side() -> None:
    text = ("Blast near Al-Karamah\n\nFive people were killed and wounded when a landmine went off under their car near "
            "Al-Karamah on Monday. Two of them were killed, while the other three were injured.")
    assert all(side in (None, "unknown") for _, _, side in sentence_sides(text, "Two of them"))


def test_split_after_a_whole_left_killed_and_wounded() -> None:
    text = ("Attack near Diban\n\nISIS cells attacked a post of the Asayish near Diban on Friday night, leaving six Asayish "
            "members killed and wounded: two were killed and four others were injured.")
    assert sentence_sides(text, "ISIS cells") == [("killed", 2, "sdf"), ("injured", 4, "sdf")]


def test_others_of_the_split_after_a_title_toll() -> None:
    text = ("ISIS cells kill two Asayish members near Diban\n\nISIS cells attacked a post of the Asayish near Diban on Friday "
            "night, leaving six Asayish members killed and wounded: two were killed and four others were injured.")
    assert sentence_sides(text, "ISIS cells attacked") == [("killed", 2, "sdf"), ("injured", 4, "sdf")]
