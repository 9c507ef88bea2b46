"""A pronoun victim ("killing him on the spot") followed by a clause of the other role only ("while a second member
with him was wounded"): no figure of the sentence is of the pronoun's role, so he is counted; "killing him and his
two guards" (one verb for all) is left to ``casualty_unnumbered``.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_pronoun_killed_then_companion_hurt() -> None:
    text = ("Attack near Markada\n\nGunmen fired on a member of the SDF near Markada on Tuesday night, killing him on the "
            "spot, while another SDF member who was with him was wounded.")
    assert killed_sums(text) == {"sdf": 1}
    assert injured_sums(text) == {"sdf": 1}


def test_pronoun_killed_then_several_hurt() -> None:
    text = ("Blast in Jasim\n\nA bomb planted in the car of a soldier of the regime forces went off in Jasim on Sunday, "
            "killing him instantly, whereas three passers-by were injured.")
    assert sum(killed_sums(text).values()) == 1
    assert sum(injured_sums(text).values()) == 3


def test_pronoun_hurt_then_other_killed() -> None:
    text = ("Shooting in Tafas\n\nUnknown gunmen opened fire on a member of the Military Security in Tafas, wounding him "
            "seriously, while a second member riding with him was killed.")
    assert sum(injured_sums(text).values()) == 1
    assert sum(killed_sums(text).values()) == 1


def test_one_verb_for_him_and_others_not_doubled() -> None:
    # look-alike: "him and his son" are two dead, not three
    text = ("Ambush in Inkhil\n\nGunmen opened fire on the car of a commander of the Military Intelligence near Inkhil, "
            "killing him and his son, while two passers-by were wounded.")
    assert sum(killed_sums(text).values()) == 2
