"""People told hurt by being hospitalised or admitted to hospital after an attack: "four others were hospitalised",
"12 people were admitted to hospital" (``casualty_rises.TREATED``).
Look-alikes: one "who was hospitalised" before and died now (his death is the news), and bodies taken to hospital:
read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_hospitalised_after_dead() -> None:
    text = ("Attack near Ithriya\n\nISIS cells stormed an NDF post near Ithriya on Friday night. Three militiamen were "
            "killed, and five others were hospitalised.")
    assert killed(text) == {"regime": 3}
    assert injured(text) == {"regime": 5}


def test_people_hospitalized_alone() -> None:
    text = ("Blast in Jarablus\n\nA motorbike rigged with explosives blew up near a bakery in Jarablus, and nine "
            "civilians were hospitalized with burns.")
    assert injured(text) == {"civilians": 9}


def test_admitted_to_hospital() -> None:
    text = ("Shelling on Sarmada\n\nRockets fell on a camp outside Sarmada at dawn; two displaced children were killed "
            "and six civilians were admitted to a field hospital.")
    assert injured(text) == {"civilians": 6}


def test_who_was_hospitalised_then_died() -> None:
    text = ("Death in Palmyra\n\nA soldier who was hospitalised after an ISIS ambush near Palmyra last week died "
            "of his wounds on Monday.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {}


def test_bodies_taken_to_hospital() -> None:
    text = ("Mine near Maadan\n\nAn old mine killed three shepherds near Maadan, and their bodies were taken to "
            "the hospital in Raqqa.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {}
