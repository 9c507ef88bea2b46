""""The bullet-riddled body of a shepherd was found", "the charred bodies of two women": a body told with the state it
was found in is a death, as "the body of" is (``casualties._BODY_STATE``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bullet_riddled_body_of_a_shepherd() -> None:
    # "the <state> body of": a body told with the state it was found in is a death, as "the body of" is
    text = ("Shepherd found dead near Sukhnah\n\nThe bullet-riddled body of a shepherd was found on Tuesday in the desert "
            "north of Sukhnah, two days after he went missing with his flock.")
    assert killed(text) == {"civilians": 1}


def test_charred_bodies_of_two_women() -> None:
    text = ("Bodies found near Sukhnah\n\nResidents found the charred bodies of two women inside a burned car on the road "
            "north of Sukhnah on Tuesday.")
    assert killed(text) == {"civilians": 2}
