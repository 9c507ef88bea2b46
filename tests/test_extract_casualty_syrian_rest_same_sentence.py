"""A toll of Iranian-backed militiamen broken down by foreign nationality, with the rest said to be Syrians
(``casualty_syrian_rest``): "killing eight militiamen, including three Afghans and a Pakistani, while the rest are
Syrians", "... The rest of them were Syrians", "... and the remaining four were Syrians". The foreigners stay
pro_iran_foreign; the Syrian rest is the regime's (SCHEMA). Look-alikes: a number for the rest that the parts do not
leave changes nothing; a breakdown with no Syrian rest keeps the whole.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_while_the_rest_are_syrians() -> None:
    text = ("Attack near Al-Mayadin\n\nISIS cells attacked a post of the Iranian-backed militias near Al-Mayadin on Sunday, "
            "killing eight militiamen, including three Afghans and a Pakistani, while the rest are Syrians recruited locally.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 4}


def test_the_rest_of_them_in_the_next_sentence() -> None:
    text = ("Strike near Albukamal\n\nA drone struck a truck of the Iranian-backed militias near Albukamal on Sunday, killing "
            "six militiamen, including two Iraqis. The rest of them were Syrians.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 4}


def test_the_remaining_n_were_syrians() -> None:
    text = ("Attack near Al-Mayadin\n\nISIS cells attacked a post of the Iranian-backed militias near Al-Mayadin on Sunday, "
            "killing seven militiamen, including three Iraqis, and the remaining four were Syrians.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 4}


def test_a_rest_number_the_parts_do_not_leave_changes_nothing() -> None:
    text = ("Attack near Al-Mayadin\n\nISIS cells attacked a post of the Iranian-backed militias near Al-Mayadin on Sunday, "
            "killing seven militiamen, including three Iraqis, and the remaining two were Syrians.")
    assert killed(text) == {"pro_iran_foreign": 7}


def test_foreign_parts_without_a_syrian_rest_keep_the_whole() -> None:
    text = ("Attack near Al-Mayadin\n\nISIS cells attacked a post of the Iranian-backed militias near Al-Mayadin on Sunday, "
            "killing seven militiamen, including three Iraqis and two Afghans.")
    assert killed(text) == {"pro_iran_foreign": 7}
