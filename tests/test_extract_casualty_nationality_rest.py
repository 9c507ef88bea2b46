"""A toll of Iranian-backed fighters broken down by nationality in the next sentence (``casualty_rest``):
"Six of the dead were Iraqis, while the three others were Syrians", a toll of "fighters" of no named side in a sentence
that names Iranian-backed groups ("Two of the dead were Syrians and the remaining five foreigners"), "The other four are
Syrians" after a breakdown of foreigners. The Syrians are the regime's (SCHEMA), the rest stay pro_iran_foreign.
Look-alike: a breakdown with no Syrians keeps the whole on its side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_the_n_others_were_syrians() -> None:
    text = ("Strikes on Albukamal\n\nAirstrikes on positions of Iranian-backed militias near Albukamal killed eight "
            "militiamen on Monday. Five of the dead were Afghans, while the three others were Syrians.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 3}


def test_fighters_of_no_side_in_a_sentence_naming_iran_backed_groups() -> None:
    text = ("Strikes on Mayadin\n\nAirstrikes on depots held by Iran-backed groups near Mayadin killed at least seven "
            "fighters on Tuesday. Two of the dead were Syrians, while the remaining five were foreign fighters.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 2}


def test_the_other_n_are_syrians_after_foreign_parts() -> None:
    text = ("Attack near Palmyra\n\nSeven militiamen of the Iranian-backed militias, including two Iraqis and one Afghan, "
            "were killed in an ISIS attack near Palmyra on Monday. The other four are Syrians.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 4}


def test_foreign_parts_only_keep_the_whole() -> None:
    text = ("Strikes on Albukamal\n\nAirstrikes on positions of Iranian-backed militias near Albukamal killed eight "
            "militiamen on Monday. Five of the dead were Afghans, while the three others were Iraqis.")
    assert killed(text) == {"pro_iran_foreign": 8}
