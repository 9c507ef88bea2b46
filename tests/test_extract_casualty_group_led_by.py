"""Members of a group named by its leader (``casualty_of_the_named``): "a group led by Wael Hamdan, which is affiliated
with the Military Security" gives "members of the group" and "members of Hamdan's group" the side of what the group
is tied to after its leader; a toll that rose, then broken down by side in the next sentence, gives way to its parts
(``casualty_absorbed.split_wholes``) even where a part's side is read after the breakdown, and a risen toll of no side
gives way to its parts when people of no side are among them (``casualty_absorbed.split_sideless``).

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_members_of_the_leaders_group() -> None:
    text = ("Clashes in Atil\n\nClashes broke out on Monday between local gunmen and a band led by Wael Hamdan, which is "
            "affiliated with the Air Force Intelligence, in Atil, leaving three members of Hamdan's band dead.")
    assert killed(text) == {"regime": 3}


def test_risen_toll_broken_down_with_the_leaders_group() -> None:
    text = ("Death toll in Atil rises to 12\n\nThe death toll of the clashes between local gunmen and members of a group "
            "led by Wael Hamdan, which is affiliated with the Military Security Branch, in Atil has risen to 12. They are "
            "five local gunmen, six members of Hamdan's group and a civilian hit by a stray bullet.")
    assert killed(text) == {"civilians": 1, "hts_rebels": 5, "regime": 6}


def test_risen_toll_broken_down_with_the_group() -> None:
    text = ("Death toll near Qanawat rises to 9\n\nThe death toll of the ISIS attack on a group commanded by Fadi Nasr, "
            "which is linked to the Military Intelligence, near Qanawat has risen to 9. They are seven members of the "
            "group and two ISIS members.")
    assert killed(text) == {"isis": 2, "regime": 7}


def test_a_leader_with_no_tie_gives_no_side() -> None:
    text = ("Clashes near Shahba\n\nA quarrel between two families near Shahba on Monday ended in a gunfight with a group "
            "led by Wael Hamdan, leaving two members of the group dead.")
    assert "regime" not in killed(text)


def test_risen_toll_of_no_side_broken_down_with_unknown_people() -> None:
    text = ("Death toll in Shahba rises to 10\n\nSOHR has learned that the death toll of the clashes which broke out at dawn today "
            "between local gunmen and members of a group led by Wael Hamdan, which is tied to the Air Force Intelligence, "
            "in Shahba in northern As-Suwayda has risen to 10. They are four local gunmen, five members of Hamdan's group "
            "and a civilian who was hit by a stray bullet.")
    assert killed(text) == {"civilians": 1, "regime": 5, "unknown": 4}


def test_risen_toll_of_no_side_told_again_with_people_of_no_side() -> None:
    text = ("Death toll in Daraa rises to 9\n\nSOHR has learned that the death toll of the clashes which broke out today in "
            "the vicinity of Tafas in western Daraa has risen to 9. They are four people of unknown affiliation, three "
            "members of the Military Security and two civilians.")
    assert killed(text) == {"civilians": 2, "regime": 3, "unknown": 4}
