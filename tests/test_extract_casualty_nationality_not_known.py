"""A part of a breakdown by nationality that the text says is of no known nationality (``casualty_unstated_nationality``):
"two others whose nationality is not known", "three of unknown nationality" are of the whole's side (SCHEMA: Iranian-backed
militiamen whose nationality is unstated stay pro_iran_foreign), not of the ``unknown`` side the word names.
Look-alike: a part of people of no side stays unknown.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_others_whose_nationality_is_not_known() -> None:
    text = ("Strikes near Mayadin\n\nAircraft struck depots of Iranian-backed militias near Mayadin on Monday. The strikes "
            "killed nine militiamen: five of Afghan nationality, two Syrians working for the militias, and two others whose "
            "nationality is not known.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 2}


def test_of_unidentified_nationality() -> None:
    text = ("Strikes near Albukamal\n\nUnidentified warplanes bombed a convoy of the Iraqi Nujaba militia near Albukamal on "
            "Monday, killing 12 militiamen, eight Iraqis and four of unidentified nationality.")
    assert killed(text) == {"pro_iran_foreign": 12}


def test_nationality_remains_unknown_with_syrians() -> None:
    text = ("Strikes near Albukamal\n\nIsraeli strikes on Hezbollah posts near Albukamal on Monday killed ten fighters: six "
            "Lebanese, a Syrian and three whose nationality remains unknown.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 1}


def test_people_of_no_side_stay_unknown() -> None:
    text = ("Blast in Jarablus\n\nA car bomb exploded in Jarablus on Monday, killing six people, four of them women, and "
            "two men whose nationality is unknown.")
    assert "pro_iran_foreign" not in killed(text)
