"""Militiamen whose nationality is not known, listed beside foreign militiamen, are of the foreign militias (SCHEMA:
Iranian-backed militiamen of unstated nationality -> pro_iran_foreign), ``casualty_unknown_nationality``. Look-alike:
people of unknown nationality in a list of no foreign militiamen stay as read.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_militiamen_whose_nationality_remains_unknown() -> None:
    text = (
        "Strikes near Kiswah\n\nIsraeli strikes hit positions near Al-Kiswah on Tuesday night. The strikes killed six: "
        "two Lebanese members of Hezbollah, a soldier of the regime air defences and three militiamen whose nationality "
        "remains unknown."
    )
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 1}


def test_one_of_unknown_nationality_among_iraqis() -> None:
    text = (
        "Strikes on Al-Mayadin\n\nUS warplanes struck militia posts in Al-Mayadin on Monday, killing eight militiamen: "
        "four Iraqis, two Syrians and two of unknown nationality."
    )
    assert killed(text) == {"pro_iran_foreign": 6, "regime": 2}


def test_people_of_unknown_nationality_beside_civilians_stay_unknown() -> None:
    text = (
        "Shelling of a market\n\nShelling hit a market in Al-Bab on Monday, killing five people: three civilians and "
        "two men of unknown nationality."
    )
    assert killed(text).get("pro_iran_foreign", 0) == 0
