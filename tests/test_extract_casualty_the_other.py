""""One of them was killed ... and the other was wounded": the other of the pair is one more person, hurt, of the side
of the one told dead (``figure_the_other``). Look-alikes: "the other" told killed as well (the pair counted again),
"the other" with no one told dead before it, and "the other" of a thing, add no one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from contract_rows import injured_sums as injured


def test_the_other_of_two_is_hurt() -> None:
    text = ("Checkpoint attack near Nawa\n\nGunmen opened fire on two policemen of the regime at a checkpoint near Nawa in "
            "Daraa countryside on Monday. One of them was killed instantly and the other was seriously wounded and moved "
            "to a hospital in the city.")
    assert injured(text) == {"regime": 1}
    assert killed_per_incident(contract(text)) == [{"regime": 1}]


def test_the_other_while_wounded() -> None:
    text = ("Sniper fire in Tal Rifaat\n\nA sniper fired at two SDF fighters near Tal Rifaat on Sunday; one was killed by "
            "a bullet to the head, while the other was lightly injured in his leg.")
    assert injured(text) == {"sdf": 1}


def test_the_other_killed_too_is_no_one_more() -> None:
    text = ("Shelling of Kafr Nabl\n\nRegime shelling killed two civilians in Kafr Nabl on Monday. One of them was killed "
            "in his field and the other was killed near his home.")
    assert killed_per_incident(contract(text)) == [{"civilians": 2}]
    assert injured(text) == {}


def test_the_other_without_one_dead_before() -> None:
    text = ("Shelling of Kafr Nabl\n\nRegime shelling hit two houses in Kafr Nabl on Monday, killing a woman. One house "
            "was destroyed and the other was damaged.")
    assert injured(text) == {}


def test_the_other_sustained_injuries_after_one_died() -> None:
    text = ("Gunfire near Sheikh Maskin\n\nUnknown gunmen fired at two regime soldiers near Sheikh Maskin on Friday; one "
            "of them died on his way to hospital, while the other sustained moderate injuries.")
    assert injured(text) == {"regime": 1}


def test_the_other_of_a_pair_told_hurt_is_no_one_more() -> None:
    # Review r36 (revf): the two are counted hurt first; the one who died and the other are two of them, no third.
    text = ("Landmine near al-Sukhnah\n\nA landmine exploded near al-Sukhnah in the eastern countryside of Homs, injuring "
            "two shepherds; one of them died later, while the other sustained serious injuries.")
    assert injured(text) == {"civilians": 2}


def test_the_other_of_a_pair_told_hurt_the_sentence_before() -> None:
    text = ("Shell on Ariha\n\nA regime shell struck a house in Ariha on Sunday, injuring two children. One of them died "
            "in hospital hours later, while the other was seriously injured and remains in intensive care.")
    assert sum(injured(text).values()) == 2


def test_the_other_of_a_pair_told_dead_is_no_one_more() -> None:
    # Review r36 (revf): the two are counted dead first; "the other ... died later" is the second of them.
    text = ("Gunmen in Nawa\n\nUnknown gunmen killed two young men in Nawa in Daraa countryside; one was shot dead in his "
            "car, while the other was badly wounded and died later in hospital.")
    assert sum(sum(k.values()) for k in killed_per_incident(contract(text))) == 2
