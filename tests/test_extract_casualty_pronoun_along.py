""""killing him along with three of his guards", "shot her dead along with her brother and four other civilians",
"killing him, his wife and their three sons": the one named only by a pronoun is a victim beside the figures after him
(``casualty_pronoun_along``): of his entourage's side, of the side of the "other" ones, or of no side the text gives.
Look-alikes: "killing him, his brother told local media" (no kin killed), a figure of the same role before the pronoun
(he may be one of it), and "arrested him, along with his two sons" (no killing) keep their readings.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides


def test_pronoun_with_his_guards() -> None:
    text = ("Ambush near Kabani\n\nRegime snipers targeted a vehicle carrying an HTS field commander near Kabani on "
            "Tuesday, killing him along with three of his guards.")
    assert killed(text) == {"hts_rebels": 4}


def test_pronoun_wounded_with_his_escorts() -> None:
    text = ("Attack in Sanamayn\n\nGunmen fired on an officer of the Air Force Intelligence in Sanamayn, wounding him "
            "along with two of his escorts.")
    assert injured(text) == {"regime": 3}


def test_pronoun_with_kin_and_other_civilians() -> None:
    text = ("Killing near Jinderes\n\nGunmen stopped a pharmacist on the road outside Jinderes on Thursday and shot her "
            "dead along with her brother and four other civilians who were travelling with her.")
    assert killed(text) == {"civilians": 6}


def test_pronoun_then_kin_after_a_comma() -> None:
    text = ("Strike on Tell Shihab\n\nA drone strike hit the farm of a wanted arms dealer in Tell Shihab on Friday "
            "night, killing him, his wife and their three sons.")
    assert killed(text) == {"civilians": 4, "unknown": 1}


def test_look_alike_kin_who_speaks() -> None:
    text = ("Gunfire in Tafas\n\nUnknown gunmen opened fire on a former rebel in Tafas, killing him, his brother told "
            "local media on Sunday.")
    assert killed(text) == {"hts_rebels": 1}


def test_look_alike_figure_before_the_pronoun() -> None:
    text = ("Clash in Tafas\n\nGunmen killed three people in Tafas on Monday, killing him along with two of his "
            "cousins who had come to visit.")
    assert sentence_sides(text, "Gunmen killed") == [("killed", 3, "unknown"), ("killed", 2, "unknown")]


def test_look_alike_arrest() -> None:
    text = ("Raid in Dael\n\nA patrol stormed the house of a man in Dael and arrested him, along with his two sons, "
            "before taking them to an unknown place.")
    assert killed(text) == {}


def test_pronoun_with_members_of_another_group_is_not_his_entourage() -> None:
    # review r35: "two members of HTS" are not "two of his men"; he keeps the side told of him
    text = ("Strike near al-Bab\n\nA drone hit a car carrying a commander of the National Army factions near al-Bab on "
            "Sunday, killing him along with two members of HTS.")
    assert killed(text) == {"turkey_factions": 1, "hts_rebels": 2}
