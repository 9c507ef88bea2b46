""""<dead> were killed and N others were wounded" (``casualty_dead_and_others``): the hurt others joined to the dead
of their clause share the dead's side, also when only a later pass gave the dead that side (the title's figure names
them: "six oil workers", "14 regime soldiers"; a breakdown in commas between). Look-alikes: dead of two sides in the clause, others in a clause of their own
after mixed dead, dead of no known side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_others_after_dead_the_title_names_as_workers() -> None:
    text = ("Gunmen kill six oil workers near Deir Ezzor\n\nSix employees of the Al-Furat Petroleum Company were killed "
            "and four others were wounded late on Monday when gunmen opened fire on their minibus near Al-Tayyana, "
            "local sources said.")
    assert injured(text) == {"civilians": 4}


def test_others_after_people_the_title_names_as_soldiers() -> None:
    text = ("Ambush kills 14 regime soldiers near Sukhnah\n\nAt least 14 people were killed and nine others injured on "
            "Tuesday when gunmen attacked a bus on the road near Al-Sukhnah, the state agency said.")
    assert injured(text) == {"regime": 9}


def test_others_after_a_breakdown_in_commas() -> None:
    text = ("Four Fourth Division soldiers killed by landmine near Palmyra\n\nAn old landmine blew up under a truck "
            "at dawn on the road east of Palmyra. According to local sources, four members of the "
            "division, including a sergeant, were killed and three others were injured.")
    assert injured(text) == {"regime": 3}


def test_others_after_dead_of_two_sides_stay_of_no_one_side() -> None:
    text = ("Blast in Azaz market\n\nA motorcycle bomb went off in the market of Azaz on Friday. Two fighters of the "
            "Hamza Division and a civilian were killed and nine others were wounded.")
    assert injured(text) == {"unknown": 9}


def test_others_after_people_of_no_known_side_stay_so() -> None:
    text = ("Clan feud in Al-Busayrah\n\nA dispute between two families in Al-Busayrah on Tuesday ended in gunfire: three young "
            "people lost their lives and five others were hurt.")
    assert injured(text) == {"unknown": 5}
