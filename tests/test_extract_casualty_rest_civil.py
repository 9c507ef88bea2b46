"""The rest of a toll of people called civilians in the sentence that names its part of a named side ("... was among
the dead, while the other two were civilians"; ``casualty_rest_civil``; sentences written for these tests)."""

from __future__ import annotations

from contract_rows import killed_sums

T = "Blast in town\n"


def test_the_remaining_three_were_civilians() -> None:
    text = T + ("A car bomb exploded on Monday near the market of Jarablus, killing four people. A member of the Hamza "
                "Division was among the dead, while the remaining three were civilians.")
    assert killed_sums(text) == {"turkey_factions": 1, "civilians": 3}


def test_the_rest_of_the_dead_were_civilians() -> None:
    text = T + ("An explosive device went off in a shop in al-Bab on Tuesday, killing five people and wounding others. "
                "Two fighters of the Sultan Murad Division were among those killed, and the rest of the dead were civilians.")
    assert killed_sums(text) == {"turkey_factions": 2, "civilians": 3}


def test_the_others_were_civilians_after_a_soldier() -> None:
    text = T + ("A landmine blew up under a minibus near Palmyra on Sunday, killing three people. A regime soldier was "
                "among the dead; the others were civilians.")
    assert killed_sums(text) == {"regime": 1, "civilians": 2}


def test_rest_not_called_civilians_stays_of_no_side() -> None:
    text = T + ("An explosive device went off in a shop in al-Bab on Tuesday, killing five people and wounding others. "
                "Two fighters of the Sultan Murad Division were among those killed.")
    assert killed_sums(text) == {"turkey_factions": 2, "unknown": 3}
