""""the blast damaged a Russian armoured vehicle and left several soldiers injured": a nationality used as an adjective
before a thing ("a Russian armoured vehicle", "an Iranian military vehicle") counts no person, so the vehicle is no
casualty (``casualties._NATION_ADJ``); "a Syrian from the town" still is one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_russian_armoured_vehicle_is_no_one_hurt() -> None:
    text = ("Blast hits Russian patrol near Ariha\n\nAn explosive device went off this morning targeting a Russian patrol "
            "on the M4 highway near Ariha. SOHR sources reported that the blast damaged a Russian armoured vehicle and left "
            "several soldiers injured. The Russian Ministry of Defence later said that three Russian servicemen sustained "
            "minor injuries.")
    assert injured(text) == {"russia": 3}


def test_iranian_military_vehicle_is_no_one_hurt() -> None:
    text = ("Drone strike near Albu Kamal\n\nA drone struck near Albu Kamal on Monday. The strike destroyed an Iranian "
            "military vehicle and left two Fatemiyoun militiamen wounded.")
    assert injured(text) == {"pro_iran_foreign": 2}


def test_a_syrian_from_the_town_is_still_a_person() -> None:
    text = ("Drone kills two militiamen near Albu Kamal\n\nA drone of unknown origin targeted a motorcycle carrying members "
            "of an Iranian-backed militia near the village of al-Hiri, east of Albu Kamal, on Thursday, killing the two men "
            "on board. Local media said both of the dead belonged to the Iraqi Kataib Hezbollah, while SOHR said one of "
            "them was a Syrian from the town of al-Soussa who had joined the militia two years ago.")
    # the Syrian is one person, the regime's (SCHEMA); the other of the two dead is of no side the monitor names, and
    # stays counted (round 66: the rest a part leaves of a toll is not dropped)
    assert killed(text) == {"regime": 1, "unknown": 1}
