""""eight members of Zaidan's group", "five of Zaidan's gunmen": men named by their leader's group are of the side the
text tied that group to where it named its leader ("a militia led by X and backed by the Air Force Intelligence", "a
gang backed by ... the gang led by X") (``casualty_leader_group``). Look-alikes: a group whose leader is named but not
its backer, and a leader's group never said to be led by him, are read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_men_of_the_leader_whose_group_is_backed_in_the_same_sentence() -> None:
    text = ("Clashes in Shahba\n\nClashes broke out on Monday between local armed groups and gunmen of the so-called "
            "\"Quwat al-Nasr\", led by Ahmad Zaidan and backed by the regime's Air Force Intelligence, in Shahba in "
            "As-Sweida, killing eight members of Zaidan's group.")
    assert killed(text) == {"regime": 8}


def test_the_gang_tied_before_and_led_after() -> None:
    text = ("Fighting in Sweida\n\nFighting broke out on Monday between local armed groups and a gang backed by the "
            "government's Air Force Intelligence in Sweida. Gunmen stormed the headquarters of the gang led by Ahmad "
            "Zaidan in Shahba. The monitor said eight members of Zaidan's group were killed.")
    assert killed(text) == {"regime": 8}


def test_a_militia_affiliated_with_a_force() -> None:
    text = ("Clashes in Shahba\n\nA militia led by Ahmad Zaidan and affiliated with the Military Security clashed with "
            "villagers in Shahba in As-Sweida on Tuesday, and five of Zaidan's gunmen were killed.")
    assert killed(text) == {"regime": 5}


def test_a_leader_without_a_backer_keeps_the_reading() -> None:
    text = ("Clashes in Shahba\n\nClashes broke out on Monday in Shahba in As-Sweida between local factions and the "
            "so-called Victory Force, a group led by Ahmad Zaidan, killing eight of Zaidan's gunmen.")
    assert "regime" not in killed(text)


def test_a_tie_of_the_other_group_in_the_sentence_keeps_the_reading() -> None:
    # look-alike: the force backs the attackers, not the leader's group
    text = ("Clashes in Shahba\n\nGunmen backed by the Military Security attacked the headquarters of a local faction led "
            "by Ahmad Zaidan in Shahba in As-Sweida on Monday, killing eight members of Zaidan's group.")
    assert "regime" not in killed(text)


def test_a_tie_of_the_group_he_fights_keeps_the_reading() -> None:
    # look-alike: "a gang loyal to" is the other party of the clashes; "a group led by" is no anaphora of "a gang"
    text = ("Clashes in Shahba\n\nClashes erupted in Shahba in As-Sweida on Monday between a local faction led by Ahmad "
            "Zaidan and a gang loyal to the Military Security. Eight members of Zaidan's group were killed.")
    assert "regime" not in killed(text)
    text = ("Clashes in Shahba\n\nA local faction, which opposes the gangs backed by the Military Security, and a group led "
            "by Ahmad Zaidan clashed in Shahba in As-Sweida on Monday, killing eight members of Zaidan's group.")
    assert "regime" not in killed(text)
