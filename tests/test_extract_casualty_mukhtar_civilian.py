""""Gunmen shot dead the mukhtar of the village": a village's headman singled out and killed is a civilian local
figure (SCHEMA: victims described as civilians; like a tribal dignitary), unless the text ties him to a force or tells
why he was targeted, in his sentence or the next (``casualty_local_office``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_mukhtar_shot_dead_is_a_civilian() -> None:
    text = ("Killing in Daraa\n\nMasked gunmen shot dead the mukhtar of Kafr Shams outside the bakery on Tuesday "
            "morning, then fled on a motorcycle.")
    assert killed(text) == {"civilians": 1}


def test_mukhtar_assassinated_with_his_standing_told_after() -> None:
    text = ("Killing in Hasakah\n\nGunmen assassinated the mukhtar of a hamlet south of Tal Hamis on Friday night. "
            "He had settled land disputes between families for twenty years.")
    assert killed(text) == {"civilians": 1}


def test_mukhtar_called_a_civilian_despite_ties() -> None:
    text = ("Killing in Deir Ezzor\n\nUnknown gunmen shot dead the mukhtar of Muhassan, a civilian known for his "
            "links with the regime's Air Force Intelligence, near the mosque on Saturday.")
    assert killed(text) == {"civilians": 1}


def test_mukhtar_accused_in_his_sentence_keeps_no_side() -> None:
    # look-alike: the reason he was killed ties him to a force
    text = ("Killing in Daraa\n\nGunmen shot dead the mukhtar of Sheikh Miskin on Sunday, after accusing him of "
            "cooperating with the regime's security branches.")
    assert killed(text) == {"unknown": 1}


def test_mukhtar_with_ties_told_next_keeps_no_side() -> None:
    # look-alike: the next sentence ties him to a security branch
    text = ("Killing in Daraa\n\nGunmen shot dead the mukhtar of Ibta on Sunday evening. The mukhtar had close ties "
            "to the Military Security branch in the town.")
    assert killed(text) == {"unknown": 1}


def test_mayor_keeps_no_side() -> None:
    # look-alike: a mayor is not read as a mukhtar
    text = "Killing in Idlib\n\nGunmen on a motorcycle assassinated the mayor of Binnish in the market on Monday."
    assert killed(text) == {"unknown": 1}
