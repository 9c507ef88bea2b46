"""The rest of a toll told in an earlier sentence, given a kind after the parts a restating sentence names
(``casualty_rest_kind``): "killing 30 people ... The dead included four children and five faction members, while the rest
were civilians"; "those killed included 20 civilians, while the rest were soldiers"; "40 of the dead were residents ...,
while the rest were rebels". What the parts leave of the whole goes to the side the rest's words give, not to people of
no side. Look-alikes: a rest told by cause ("the rest were killed in air raids"), a rest of no named side, and "the rest"
in the next sentence keep the toll as it was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_dead_included_parts_then_the_rest_civilians() -> None:
    text = ("Blast in Azaz\n\nA booby-trapped van went off on Monday beside a bakery in Azaz, close to the Turkish border, "
            "killing 30 people, the monitor said. It said the dead included four children and five "
            "Syrian National Army fighters, while the rest were civilians.")
    assert killed(text) == {"civilians": 25, "turkey_factions": 5}


def test_those_killed_included_then_the_rest_soldiers() -> None:
    text = ("Bombing in Talbiseh\n\nA car bomb struck an army checkpoint of regime forces on the edge of Talbiseh on "
            "Wednesday, killing 30 people, the monitor said. Those killed included 20 civilians waiting at the barrier, "
            "while the rest were soldiers on duty.")
    assert killed(text) == {"civilians": 20, "regime": 10}


def test_of_the_dead_then_the_rest_soldiers() -> None:
    text = ("Bombing in Talbiseh\n\nA car bomb struck an army checkpoint of regime forces on the edge of Talbiseh on "
            "Wednesday, killing 30 people, the monitor said. It said 20 of the dead were civilians waiting at the "
            "barrier, while the rest were soldiers on duty.")
    assert killed(text) == {"civilians": 20, "regime": 10}


def test_a_toll_of_no_side_with_a_sub_part_then_the_rest_rebels() -> None:
    text = ("Bus bombing near Ariha\n\nA bomb tore through a bus carrying displaced families near the town of Ariha in "
            "Idlib province on Saturday, and the death toll rose to 52 on Sunday, a monitor said. The Observatory said "
            "40 of the dead were residents of the village, including 15 children, while the rest were rebels escorting "
            "the bus.")
    assert killed(text) == {"civilians": 40, "hts_rebels": 12}


def test_a_rest_told_by_cause_keeps_the_toll() -> None:
    text = ("Bombing in Talbiseh\n\nA car bomb struck an army checkpoint of regime forces on the edge of Talbiseh on "
            "Wednesday, killing 30 people, the monitor said. It said 20 of the dead were civilians waiting at the "
            "barrier, while the rest were killed in the fire that followed.")
    assert killed(text) == {"civilians": 20, "unknown": 10}


def test_a_rest_in_the_next_sentence_keeps_the_toll() -> None:
    text = ("Blast in Azaz\n\nA booby-trapped van went off on Monday beside a bakery in Azaz, close to the Turkish border, "
            "killing 30 people, the monitor said. It said the dead included four children and five "
            "Syrian National Army fighters. The rest were still being identified on Tuesday.")
    assert killed(text) == {"civilians": 4, "turkey_factions": 5, "unknown": 21}
