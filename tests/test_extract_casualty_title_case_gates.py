"""The cheap literal tests that let a casualty rule skip a sentence look at it in any case (``gates.folded``): a
title-case or all-capitals headline, or a sentence that opens with the rule's word, is read like the same words in
lower case (``casualty_them``, ``casualty_hurt_split``, ``casualty_hurt_whole``, ``casualty_rest``, ``casualty_claims``).
Look-alikes: the lower-case wordings keep their figures.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides


def test_killing_them_in_title_case() -> None:
    text = ("Attack near Tal Tamr\n\nGunmen Fire On Two Members Of The Asayish Near Tal Tamr, Killing Them.")
    assert killed(text) == {"sdf": 2}


def test_killed_and_wounded_then_split_in_title_case() -> None:
    text = ("Blast near Maan\n\nOld Mine Killed And Wounded Three Shepherds Near Maan: One Of Them Died On The Spot.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}


def test_whole_killed_and_wounded_in_title_case() -> None:
    text = ("Blast near Al-Karamah\n\nFive Members Of The Asayish Were Killed And Wounded In A Landmine Blast Near "
            "Al-Karamah On Monday. Two of them were killed, while the other three were injured.")
    assert sentence_sides(text, "Two of them") == [("killed", 2, "sdf"), ("injured", 3, "sdf")]


def test_other_syrians_at_the_sentence_start() -> None:
    text = ("Attack near Palmyra\n\nSeven militiamen of the Iranian-backed militias, including two Iraqis and one Afghan, "
            "were killed in an ISIS attack near Palmyra on Monday. Other four are Syrians.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 4}


def test_party_statement_in_capitals() -> None:
    text = ("ISIS attack near Al-Busayrah\n\nISIS cells attacked SDF positions near Al-Busayrah on Sunday night, killing "
            "four SDF fighters, SOHR said. THE SDF SAID IN A STATEMENT THAT ITS FORCES KILLED 20 TERRORISTS.")
    assert killed(text) == {"sdf": 4}


def test_lower_case_them_keeps_its_figure() -> None:
    text = ("Attack near Tal Tamr\n\nGunmen opened fire on two members of the Asayish near Tal Tamr on Sunday, killing them.")
    assert killed(text) == {"sdf": 2}


def test_killing_them_in_capitals() -> None:
    text = ("Attack near Tal Tamr\n\nGUNMEN FIRE ON TWO MEMBERS OF THE ASAYISH NEAR TAL TAMR, KILLING THEM.")
    assert killed(text) == {"sdf": 2}


def test_killed_and_injured_then_split_in_capitals() -> None:
    text = ("Blast near Maan\n\nOLD MINE KILLED AND INJURED THREE SHEPHERDS NEAR MAAN: ONE OF THEM DIED ON THE SPOT.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}
