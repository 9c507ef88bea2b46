"""The dead told as some of the people a group abducted (``casualty_captives``): "abducted 30 shepherds ... and
killed four of them" and "the bodies of two of the abducted shepherds were found" are of the captives' side, not of
their captors'. Look-alikes: "of them" with no captives taken in its sentence, and captives of no named group, are
left as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_abducted_then_killed_n_of_them() -> None:
    text = (
        "Abduction in the Raqqa desert\n\nISIS cells abducted about 25 shepherds near Maadan in the Raqqa desert on "
        "Tuesday and executed five of them, local sources said."
    )
    assert killed(text) == {"civilians": 5}


def test_bodies_of_n_of_the_abducted() -> None:
    text = (
        "Abduction near Al-Sukhnah\n\nOn Friday, ISIS cells abducted nine truffle hunters near Al-Sukhnah in the Homs "
        "desert. On Sunday, the bodies of two of the abducted hunters were found near the same spot."
    )
    assert killed(text) == {"civilians": 2}


def test_captives_of_no_named_group_are_left() -> None:
    text = (
        "Abduction near Maadan\n\nGunmen kidnapped a group of young men near Maadan on Tuesday and killed two of them, "
        "local sources said."
    )
    assert "civilians" not in killed(text)
