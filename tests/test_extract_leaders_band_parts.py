"""Members of a band named by its leader (``casualty_of_the_named``): "nine members of Nasr's group" as a part of a
breakdown ("the clashes left 15 people dead: six members of the local factions and nine members of Nasr's group") takes
the side the text gave the group where it named its leader ("a group led by Fadi Nasr and backed by the Air Force
Intelligence"), and a group named by its leader and then by another name ("Nasr's group, known as the "Shield Brigade",
is affiliated with the Military Security") keeps the side that description gives it.

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_breakdown_part_of_the_leaders_group() -> None:
    text = ("Fighting in Qanawat\n\nFighting broke out on Monday between local factions and the so-called 'Shield Brigade', "
            "a group led by Fadi Nasr and backed by the Air Force Intelligence, in the town of Qanawat. According to SOHR, "
            "the fighting left 15 people dead: six members of the local factions and nine members of Nasr's group.")
    assert killed(text) == {"hts_rebels": 6, "regime": 9}


def test_breakdown_part_after_a_group_backed_by() -> None:
    text = ("Raid in Shahba\n\nLocal gunmen on Sunday raided the base of the 'Homeland Guards' led by Wael Hamdan, a group "
            "backed by the regime's Military Security, in the town of Shahba. SOHR said that 11 people were killed in the "
            "raid: seven members of Hamdan's group, three local gunmen and a shepherd hit by stray bullets.")
    assert killed(text)["regime"] == 7


def test_group_known_by_another_name_then_tied() -> None:
    text = ("Qanawat: bodies found\n\nLocal fighters seized the base of a militia led by Fadi Nasr in Qanawat on Friday. "
            "Nasr's group, known as the \"Shield Brigade\", is affiliated with the regime's Military Security and is blamed "
            "for kidnappings. On Saturday, the bodies of two members of Nasr's group were found near the base.")
    assert killed(text) == {"regime": 2}


def test_a_leaders_group_with_no_tie_stays_of_no_side() -> None:
    text = ("Feud in Shahba\n\nA feud between two families in Shahba turned into a gunfight with a group led by Wael Hamdan "
            "on Monday, leaving five people dead: two members of one family and three members of Hamdan's group.")
    assert "regime" not in killed(text)


def test_a_group_known_by_another_name_with_no_tie_stays_of_no_side() -> None:
    text = ("Shahba\n\nHamdan's group, known as the \"Homeland Guards\", is accused by residents of extortion. On Sunday, "
            "the bodies of two members of Hamdan's group were found near Shahba.")
    assert "regime" not in killed(text)
