""""The monitor put the toll at five civilians, including a child, and said 12 others were wounded": the speaker's
next words ("and said ...") are no part of the toll's parenthesis, so the wounded's verb is not the toll's and the
dead are not counted again among the hurt (``casualties._SPEECH_ON``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_toll_with_children_then_said_wounded() -> None:
    text = ("Shelling on Ariha\n\nRegime forces shelled the market of Ariha on Monday. The monitor put the toll at five "
            "civilians, including a child, and said 12 others were wounded.")
    assert killed(text) == {"civilians": 5}
    assert injured(text) == {"civilians": 12}


def test_death_toll_with_parts_then_added_wounded() -> None:
    text = ("Blast in Azaz\n\nA car bomb went off in a market in Azaz on Friday. The monitor put the death toll at 20, "
            "including four children and three Turkish-backed fighters, and added that 30 people were wounded.")
    assert injured(text) == {"unknown": 30}
    assert "turkey_factions" in killed(text)


def test_toll_of_both_sides_with_new_dead_also_killed() -> None:
    text = ("Attack in Tafas\n\nSeven soldiers were killed on Monday in an attack on a checkpoint near Tafas, according "
            "to the ministry.\nThe monitor put the toll at nine dead, saying two civilians were also killed in the attack.")
    assert killed(text) == {"regime": 7, "civilians": 2}

