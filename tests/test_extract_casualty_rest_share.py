"""A toll told as a whole with one part named and "the rest" of another kind in the same sentence
(``casualty_rest_share``): "killed 40 people, 15 of them civilians and the rest soldiers", "put the toll at 31, including
9 civilians, the rest being officers and cadets", "seven militiamen loyal to Iran, three of them Iraqis and the rest
Syrians". The named part keeps its side and the rest (the whole less the parts) goes to the side its words give.
Look-alikes: a rest told by cause ("the rest in clashes"), a number for the rest the parts do not leave, and military
personnel where the text names no regime force keep the toll as it was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_the_rest_soldiers_after_civilians_of_them() -> None:
    text = ("Shelling on Kafr Nabl\n\nRockets fell on a crowded market square in Kafr Nabl on Monday evening, and the "
            "shelling killed 40 people, 15 of them civilians and the rest soldiers.")
    assert killed(text) == {"civilians": 15, "regime": 25}


def test_the_rest_being_officers_and_cadets() -> None:
    text = ("Blast in Jableh\n\nA car bomb went off beside an army barracks in Jableh on Friday. The monitor put the toll "
            "of the bombing at 31, including 9 civilians, the rest being officers and cadets.")
    assert killed(text) == {"civilians": 9, "regime": 22}


def test_the_rest_syrians_among_iran_backed_militiamen() -> None:
    text = ("Strike near Al-Mayadin\n\nUnidentified jets bombed a depot near Al-Mayadin at dawn on Tuesday, killing seven "
            "militiamen loyal to Iran, three of them Iraqis and the rest Syrians enlisted from local clans.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 4}


def test_military_personnel_of_the_regime_named_before() -> None:
    text = ("Drone attack in Hama\n\nA drone hit a checkpoint of regime forces on the edge of Hama city on Sunday, and the "
            "attack killed 20 people, 6 of them civilians, and the rest were military personnel.")
    assert killed(text) == {"civilians": 6, "regime": 14}


def test_a_rest_told_by_cause_keeps_the_toll() -> None:
    text = ("Desert clashes\n\nFighting went on in the Badia near Al-Sukhnah on Wednesday, where 30 ISIS members were "
            "killed, 12 of them in Russian air raids, the rest during battles with the army.")
    assert killed(text) == {"isis": 30}


def test_a_rest_number_the_parts_do_not_leave_changes_nothing() -> None:
    text = ("Blast in Jableh\n\nA car bomb went off beside an army barracks in Jableh on Friday. The monitor put the toll "
            "of the bombing at 31, including 9 civilians, while the other 20 were officers.")
    assert "regime" not in killed(text)


def test_military_personnel_with_no_regime_force_named_stay_unsided() -> None:
    text = ("Drone attack in Idlib\n\nA drone hit a wedding hall on the edge of Idlib city on Sunday, and the attack killed "
            "20 people, 6 of them civilians, and the rest were military personnel.")
    assert "regime" not in killed(text)
