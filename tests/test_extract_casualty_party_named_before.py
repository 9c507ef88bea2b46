""""eight fighters from both groups perished - five from HTS and three from the operations room": a part of a toll told
by the body it came from, named again by its common noun ("the operations room", "the division"), is a person of the
side of the body named before with that noun (``casualty_party_named_before``; the part itself:
``casualty_lists.FROM_PARTY``); "Fa Ithbatu" / "Fa-Uthbutu" is the Hurras al-Din-led jihadist operations room
(hts_rebels, SCHEMA).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_three_from_the_operations_room() -> None:
    text = ("Clashes west of Idlib\n\nHeavy fighting broke out on Tuesday between Hayat Tahrir al-Sham and the "
            "\"Fa-Uthbutu\" operations room in the village of Arab Saeed west of Idlib. The monitor said seven fighters "
            "from both groups perished in the clashes, four from HTS and three from the operations room.")
    assert killed(text) == {"hts_rebels": 7}


def test_two_from_the_division() -> None:
    text = ("Infighting near Afrin\n\nClashes broke out on Monday between the Levant Front and the Hamza Division in the "
            "town of Jandairis in Afrin countryside. SOHR said six fighters were killed, four from the Levant Front and two "
            "from the division.")
    assert killed(text) == {"turkey_factions": 6}


def test_fa_ithbatu_named_in_full() -> None:
    text = ("Clashes west of Idlib\n\nFighting broke out on Friday near Arab Saeed west of Idlib, and SOHR said three "
            "fighters of the Fa Ithbatu operations room were killed.")
    assert killed(text) == {"hts_rebels": 3}
