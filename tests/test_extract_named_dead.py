""""The dead are Ahmad X, his cousin Khalid and a man from Y": dead told one by one with no figure, each one person
(``casualty_named_dead``). Look-alikes: a list restating a toll counted before in the paragraph, a list of
nationalities, a list with figures of its own.

Every sentence here was written for these tests; places are real Syrian names, the events and people invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_names_alone_are_counted_one_each() -> None:
    text = ("Shooting near Dael\n\nGunmen on a motorbike fired at a pickup truck on the road outside Dael in Daraa countryside "
            "on Sunday night. The dead are Bilal al-Masalmeh, his nephew Yousef and a farmer from Ibta.")
    assert killed(text) == {"unknown": 2, "civilians": 1}


def test_ranked_names_take_the_side_of_the_attacked() -> None:
    text = ("Attack on a checkpoint\n\nISIS cells attacked a checkpoint of regime forces near Arak in the Palmyra desert on Thursday. "
            "Those killed were Captain Wael Nasser and Sergeant Fadi Younes.")
    assert killed(text) == {"regime": 2}


def test_family_after_a_colon_are_civilians() -> None:
    text = ("Shelling on Taftanaz\n\nRegime rockets fell on a house in Taftanaz east of Idlib on Friday, killing a family: "
            "Mahmoud Qasem, 52, his daughter Rima, 19, and his son Anas, 6.")
    assert killed(text) == {"civilians": 3}


def test_list_restating_a_counted_toll_adds_no_one() -> None:
    text = ("Shelling on Taftanaz\n\nFour civilians were killed when regime rockets fell on Taftanaz east of Idlib on Friday. "
            "The victims are Mahmoud Qasem, his daughter Rima, his son Anas and a neighbour named Jihad.")
    assert killed(text) == {"civilians": 4}


def test_nationalities_are_not_persons() -> None:
    text = ("Strike near al-Mayadin\n\nUnidentified aircraft hit a depot of Iranian-backed militias near al-Mayadin on Monday, "
            "killing several militiamen. The dead are Iraqis, Afghans and Syrians.")
    assert sum(killed(text).values()) == 0


def test_figures_in_the_list_are_read_by_the_figures() -> None:
    text = ("Shelling on Tal Tamr\n\nTurkish artillery shelled villages near Tal Tamr on Sunday. "
            "The dead are three SDF fighters and a shepherd.")
    assert killed(text) == {"sdf": 3, "civilians": 1}


def test_victims_of_a_shell_that_wounded_them_are_not_dead() -> None:
    text = ("Shell on Maarat Misrin\n\nA regime shell fell on a house in Maarat Misrin on Saturday, wounding a man and his wife. "
            "The victims are Hussein Bakour and his wife Amina.")
    assert sum(killed(text).values()) == 0


def test_victims_of_an_abduction_are_not_dead() -> None:
    text = ("Abduction near Tafas\n\nGunmen seized two young men on the road between Tafas and Daraa on Wednesday evening. "
            "The victims are Omar Zoubi and his cousin Hamza.")
    assert sum(killed(text).values()) == 0


def test_list_opening_a_paragraph_restates_the_toll_before_it() -> None:
    text = ("Strike on Ariha\n\nRussian warplanes struck a house in Ariha on Sunday, killing four civilians, among them two "
            "children.\n\nThe victims are Mahmoud Qasem, his wife Huda, his daughter Rima and his son Anas.")
    assert killed(text) == {"civilians": 4}


def test_list_inside_a_later_paragraph_is_its_own_toll() -> None:
    text = ("Two incidents in Daraa\n\nTwo days ago, three shepherds were killed by a landmine near Nawa.\n\nOn Sunday, gunmen "
            "fired on a car near Jasim, and the men inside died. The dead are Ammar Hariri and his brother Saeed.")
    assert killed(text) == {"civilians": 3, "unknown": 2}
