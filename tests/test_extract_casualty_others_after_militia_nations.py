""""others" hurt after dead that are one body of Iranian-backed militiamen told apart only by nationality ("five Iraqis,
three Afghans and two Syrian militiamen, while 12 others were injured"): the hurt are militiamen of those militias whose
nationality is not told, so of ``pro_iran_foreign`` (SCHEMA), not of no one side
(``casualty_victim_words.militia_of_nations``). With regime soldiers among the dead, the others stay of no one side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_after_iraqis_afghans_and_syrian_militiamen() -> None:
    text = ("Strikes near Mayadin\n\nWarplanes struck depots of Iranian-backed militias near Mayadin at dawn. The dead are "
            "five Iraqi members of Kataib Hezbollah, three Afghans of the Fatemiyoun and two Syrian militiamen working "
            "with the IRGC, while more than 12 others were injured.")
    assert killed(text) == {"pro_iran_foreign": 8, "regime": 2}
    assert injured(text) == {"pro_iran_foreign": 12}


def test_others_in_the_next_sentence() -> None:
    text = ("Strikes near Albu Kamal\n\nUnidentified aircraft hit a base of Iranian-backed militias near Albu Kamal on "
            "Sunday, killing six Afghan militiamen of the Fatemiyoun and three Syrian members of the militias. Nine "
            "others were wounded, two of them critically.")
    assert injured(text) == {"pro_iran_foreign": 9}


def test_others_after_militiamen_and_soldiers_stay_unknown() -> None:
    text = ("Strikes near Mayadin\n\nWarplanes struck depots of Iranian-backed militias near Mayadin at dawn. The dead are "
            "five Iraqi members of Kataib Hezbollah and three soldiers of the regime's air defence, while more than 12 "
            "others were injured.")
    assert injured(text) == {"unknown": 12}


def test_others_after_militiamen_and_civilians_stay_unknown() -> None:
    text = ("Strike near Mayadin\n\nA drone struck a car of Iranian-backed militias in Mayadin market on Friday, killing "
            "two Iraqi militiamen and three civilians, while six others were injured.")
    assert injured(text) == {"unknown": 6}
