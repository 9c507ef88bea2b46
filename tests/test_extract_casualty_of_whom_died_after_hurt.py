""""injuring five civilians, two of whom later died in hospital": the ones who died are of the hurt figure's side, not
of the doer named earlier in the sentence (``casualty_wholes.part_of_them``). Look-alike: "one of them" inside a
breakdown keeps reading its whole.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_of_whom_died_after_civilians_hurt() -> None:
    text = ("Attack in Al-Shuhail\n\nA group of ISIS gunmen riding motorcycles stormed a wedding in Al-Shuhail on Friday, "
            "injuring five civilians, two of whom died later in a hospital in Al-Hasakah.")
    assert ("killed", 2, "civilians") in sentence_sides(text, "A group")
    assert all(side != "isis" for _, _, side in sentence_sides(text, "A group"))


def test_one_of_them_in_a_breakdown() -> None:
    text = ("Ambush near Palmyra\n\nISIS cells ambushed an army bus near Palmyra on Friday, killing four soldiers, one of "
            "them an officer.")
    assert sentence_sides(text, "ISIS cells") == [("killed", 4, "regime"), ("killed", 1, "regime")]
