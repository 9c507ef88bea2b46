"""A figure whose bodies its own sentence takes to a hospital is no figure of the hurt: "the two victims were brothers
..., and their bodies were transported to the hospital", "the three victims, whose bodies were taken to a hospital",
"their remains were moved to the hospital" (``casualty_body_words``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_victims_whose_bodies_were_transported() -> None:
    text = ("Gunmen kill two shepherds\n\nTwo shepherds were slain yesterday by gunmen in the desert of Al-Sabkha in the "
            "eastern countryside of Raqqa, while a third shepherd escaped with minor injuries.\nSOHR sources said that the "
            "two victims were brothers from a local clan, and that their bodies were transported to the national hospital "
            "in Al-Sabkha.")
    assert killed_sums(text) == {"civilians": 2}
    assert injured_sums(text) == {"civilians": 1}


def test_whose_bodies_were_taken() -> None:
    text = ("Gunmen kill three\n\nThree civilians were shot dead by gunmen in Tafas on Monday. The three victims, whose "
            "bodies were taken to a hospital in Daraa, were from the same family.")
    assert killed_sums(text) == {"civilians": 3}
    assert injured_sums(text) == {}


def test_their_remains_were_moved() -> None:
    text = ("Gunmen kill three\n\nThree civilians were shot dead by gunmen in Tafas on Monday. The three dead were from the "
            "same family and their remains were moved to the hospital in Daraa.")
    assert injured_sums(text) == {}


def test_wounded_taken_to_hospital_stay_hurt() -> None:
    text = ("Shelling on Tafas\n\nRegime shelling on Tafas on Monday killed two civilians. Four others were wounded and "
            "their relatives were taken to the hospital in Daraa.")
    assert injured_sums(text) == {"civilians": 4}
