"""A bomber "killing himself and two of the guards": the bomber is one dead of his own side and "the guards" are men of
the party he turned on (``casualty_reflexive_party``).
Look-alikes: "killing him and two of his companions" (not reflexive), "killed himself and two of the children" (no bomb),
a bomber already counted by his own figure before the reflexive.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_guards_of_the_post_hit() -> None:
    text = ("Blast at Shuhail\n\nOn Friday a militant of the Islamic State detonated his explosive belt at the gate of an SDF "
            "position in al-Shuhail, killing himself and three of the guards.")
    figures = sentence_sides(text, "On Friday")
    assert ("killed", 3, "sdf") in figures
    assert ("killed", 1, "isis") in figures


def test_of_the_noun_named_before_as_local() -> None:
    text = ("Raid in Tafas\n\nLocal fighters closed in on a farm outside Tafas at dawn on Monday, and an ISIS operative hiding "
            "there triggered his vest, killing himself and three of the fighters.")
    figures = sentence_sides(text, "Local fighters")
    assert ("killed", 3, "hts_rebels") in figures
    assert ("killed", 3, "isis") not in figures


def test_bomber_counted_with_regime_dead() -> None:
    text = ("Attack near Khanasir\n\nAn HTS suicide bomber blew up a truck packed with explosives at a regime outpost near "
            "Khanasir on Wednesday, killing himself and five soldiers.")
    figures = sentence_sides(text, "An HTS suicide")
    assert ("killed", 5, "regime") in figures
    assert ("killed", 1, "hts_rebels") in figures


def test_look_alike_not_reflexive() -> None:
    text = ("Shooting near Inkhil\n\nA guard at the gate shot an ISIS member before he could detonate his belt near Inkhil "
            "on Tuesday, killing him and two of his companions.")
    # "him and two of his companions" is three of the shot man's side (casualty_pronoun_and); no bomber is added
    assert sentence_sides(text, "A guard") == [("killed", 3, "isis")]


def test_look_alike_no_bomb() -> None:
    text = ("Tragedy in Salamiyah\n\nA man from Salamiyah killed himself and two of the children after a family quarrel on "
            "Monday, police said.")
    assert ("killed", 1, "unknown") in sentence_sides(text, "A man from")


def test_bomber_counted_once() -> None:
    text = ("Blast at Tal Tamr\n\nAn ISIS member, who was killed in the blast, set off his belt at an SDF checkpoint near Tal "
            "Tamr, killing himself and three of the guards.")
    figures = sentence_sides(text, "An ISIS member")
    assert [f for f in figures if f[2] == "isis"] == [("killed", 1, "isis")]
    assert ("killed", 3, "sdf") in figures
