"""Attackers told as bare "jihadists" are of the jihadist group named before them (``actor_jihadists``).

* "Islamic State group jihadists attacked ..." then "four attackers were killed": ISIS;
* "the jihadists attacked ..." after a paragraph about ISIS: ISIS;
* HTS named before "the jihadists attacked": HTS's side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_attackers_of_islamic_state_jihadists() -> None:
    text = (
        "Attack near Maadan\n\nIslamic State group jihadists attacked an army post near Maadan on Sunday, killing five "
        "soldiers, a monitor said. Four attackers were also killed."
    )
    assert killed(text) == {"regime": 5, "isis": 4}


def test_attackers_of_the_jihadists_after_isis_named() -> None:
    text = (
        "ISIS kills nine soldiers near Kabajeb\n\nISIS cells killed nine soldiers near Kabajeb on Monday, a monitor said.\n\n"
        "The monitor said the jihadists attacked the post at dawn with heavy weapons. Three attackers were also killed."
    )
    assert killed(text) == {"regime": 9, "isis": 3}


def test_attackers_of_jihadists_after_hts_named() -> None:
    text = (
        "Attack near Kabani\n\nHayat Tahrir al-Sham jihadists attacked regime positions near Kabani on Sunday, killing "
        "three soldiers. Two attackers were also killed."
    )
    assert killed(text) == {"regime": 3, "hts_rebels": 2}
