""""killed four civilians in X, while a helicopter dropped barrel bombs on Y, killing three": the bare dead of the
later clause are civilians like the dead told before them in the sentence; "Among them, a man and his father were
killed" after a toll of civilians: civilians too (``casualty_bare_same``).
Look-alike: a bare figure after dead of no named side ("people") is not made civilian.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bare_dead_after_civilians_in_while_clause() -> None:
    text = ("Strikes on southern Idlib\n\nRussian jets killed four civilians in the village of Kafr Nabl on Tuesday, "
            "while regime helicopters dropped barrel bombs on Hish, killing three, the monitor reported.")
    assert killed(text) == {"civilians": 7}


def test_bare_dead_after_civilians_in_and_clause() -> None:
    text = ("Bombing near Saraqib\n\nFive civilians died in regime air raids on Saraqib on Friday, and three were "
            "killed by artillery fire on Tal Mardikh.")
    assert killed(text) == {"civilians": 8}


def test_among_them_after_civilian_toll() -> None:
    text = ("Raids around Maarat Misrin\n\nOn Thursday, four civilians lost their lives as regime artillery pounded "
            "farms east of Maarat Misrin. Among them, a young man and his father were killed when a shell fell on "
            "their home.")
    assert killed(text) == {"civilians": 4}


def test_bare_dead_after_people_stays_unknown() -> None:
    text = ("Blasts in Azaz\n\nA car bomb killed four people in the market of Azaz on Sunday, while a second device "
            "went off near Sajjo, killing two.")
    assert "civilians" not in killed(text)
