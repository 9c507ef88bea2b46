""""Iranian-backed militiamen" broken down by nationality in forms the readers missed: the next part with its "of the
dead" left out ("Five of the dead were Iraqis and three were Syrians", ``casualty_rest.dead_split``) and a list in
brackets after the whole ("killing five militiamen (three Afghans and two Syrians)", ``casualty_nations.nationality_parts``).
Syrians among them are the regime's, the others pro_iran_foreign (SCHEMA); the parts are no more dead.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_next_part_without_of_the_dead() -> None:
    text = ("Strikes near Mayadin\n\nAir strikes on sites of Iran-backed groups near Mayadin killed eight pro-Iran fighters "
            "on Monday. Five of the dead were Iraqis and three were Syrians, the monitor said.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 3}


def test_next_part_after_while() -> None:
    text = ("Strikes near Albu Kamal\n\nAir strikes on a depot of Iran-backed groups near Albu Kamal killed seven "
            "militiamen overnight. Four of the dead were Afghans, while three were Syrians.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 3}


def test_nationalities_in_brackets() -> None:
    text = ("Drone strike near Mayadin\n\nUnidentified drones struck two cars of Iranian-backed militias near Mayadin on "
            "Sunday night, killing five militiamen (three Afghans of the Fatemiyoun and two Syrians).")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 2}


def test_bracketed_nationalities_then_a_clause() -> None:
    text = ("Drone strike near Quriyah\n\nA drone hit a truck of Iranian-backed militias near Quriyah on Friday, killing six "
            "militiamen (four Iraqis and two Syrians), two of whom died in hospital.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 2}
