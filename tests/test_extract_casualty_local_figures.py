"""Local figures killed: a tribal elder, notable or dignitary is a civilian (the civilians' victim words in
``actors.csv``), a mukhtar is one person of no side unless tied to one ("a mukhtar close to the regime's security
services": ``casualty_sentence_sides._ALIGNED``), and each counts one person (``figures.PERSON``). Look-alike: "close to"
a place ties no one; "the house of a teacher" names the owner of the place hit, no one killed
(``figures._OWNED_BEFORE``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_tribal_elder_shot_dead_is_a_civilian() -> None:
    text = ("Killing in Gharanij\n\nGunmen shot dead a tribal elder in Gharanij on Wednesday evening.")
    assert killed(text) == {"civilians": 1}


def test_village_mukhtar_killed_counts_one() -> None:
    text = ("Killing near Daraa\n\nA village mukhtar was killed on Sunday when gunmen opened fire on his car near Saida.")
    assert killed(text) == {"unknown": 1}


def test_mukhtar_close_to_the_regime() -> None:
    text = ("Killing near Daraa\n\nGunmen assassinated a mukhtar close to the regime's security services in Nahta on "
            "Monday.")
    assert killed(text) == {"regime": 1}


def test_close_to_a_place_ties_no_one() -> None:
    text = ("Killing near Daraa\n\nGunmen shot dead a man close to his house in Nahta on Monday.")
    assert killed(text) == {"unknown": 1}


def test_the_owner_of_the_house_hit_is_no_casualty() -> None:
    text = ("Attack in Hajin\n\nSOHR has learned that a man injured in the attack by gunmen on the house of a teacher in "
            "Hajin town on Thursday night has died of his wounds.")
    assert killed(text) == {"unknown": 1}
